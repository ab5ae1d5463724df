/**
 * The summary with in-cell bars on the workbook's Table A sheet, written by the
 * report plan through both gateways (the .xlsx file and Office.js over the
 * recording fake) and read back from each: the same cells in both, holding the
 * counts of the Table A above them with bars as long as their share.
 */
import {
  summaryCounts,
  RAG_ORDER,
  shownDirections,
  DIRECTION_ARROW,
} from '../../src/engine/report/summary-counts';
import { countWithBar, textBar } from '../../src/engine/render/summary-block';
import type { WorkbookSnapshot } from '../../src/engine/model/snapshot';
import { analyse } from '../../src/pipeline/analyse';
import { reportPlan } from '../../src/pipeline/report-plan';
import { fixtureWorkbook } from '../fixtures/build-fixtures';
import { SUBJECTS } from '../gateways/contract/subjects';

/** The named sheet as rows of text, blanks as ''. */
function sheetRows(snap: WorkbookSnapshot, name: string): string[][] {
  const sheet = snap.sheets.find((s) => s.name === name)!;
  return sheet.values.map((r) => r.map((v) => (v === null ? '' : String(v))));
}

describe('text bars', () => {
  it('are as long as their share of the largest count, in eighths of a block', () => {
    expect(textBar(12, 12)).toBe('██████');
    expect(textBar(6, 12)).toBe('███');
    expect(textBar(1, 12)).toBe('▌'); // 4 eighths
    expect(textBar(1, 100)).toBe('▏'); // never nothing for a count above nought
    expect(textBar(0, 12)).toBe('');
    expect(countWithBar(9, 12)).toBe('9 ████▌');
    expect(countWithBar(0, 12)).toBe('0');
  });
});

describe.each(['bromley-table-a', 'oxfordshire-nis'])('Table A sheet summary on %s', (fixture) => {
  const spec = fixtureWorkbook(fixture);
  let sheets: { name: string; rows: string[][] }[];
  let counts: ReturnType<typeof summaryCounts>;

  beforeAll(async () => {
    sheets = [];
    for (const subject of SUBJECTS) {
      const opened = await subject.open(spec);
      const report = reportPlan(
        analyse(await opened.gateway.readSnapshot(), { settings: { asOf: '2010-04-12' } }),
      );
      counts = summaryCounts(report.tableA!);
      // "Table A (2)" where the workbook has a "Table A" of its own (Bromley's)
      const added = report.content.find((op) => op.op === 'addSheet')!.sheet;
      await opened.gateway.apply(report.plan);
      sheets.push({
        name: subject.name,
        rows: sheetRows(await (await opened.reopen()).readSnapshot(), added),
      });
    }
  }, 60_000);

  it('is written alike by both gateways', () => {
    expect(sheets).toHaveLength(2);
    expect(sheets[1].rows).toEqual(sheets[0].rows);
  });

  it("holds each outcome group's RAG counts with their bars, under headers naming each colour", () => {
    const rows = sheets[0].rows;
    const head = rows.findIndex((r) => r[0] === 'RAG by outcome');
    expect(head).toBeGreaterThan(0);
    expect(rows[head].slice(2, 7)).toEqual([...RAG_ORDER, 'Total']);
    const max = Math.max(...counts.groups.flatMap((g) => RAG_ORDER.map((k) => g.rag[k])));
    counts.groups.forEach((g, i) => {
      const r = rows[head + 1 + i];
      expect(r[0]).toBe(g.title);
      expect(r.slice(2, 7)).toEqual([
        ...RAG_ORDER.map((k) => countWithBar(g.rag[k], max)),
        String(g.rag.total),
      ]);
    });
    const all = rows[head + 1 + counts.groups.length];
    expect(all.slice(0, 7)).toEqual([
      'All indicators',
      '',
      ...RAG_ORDER.map((k) => String(counts.all[k])),
      String(counts.all.total),
    ]);
    // the group with the largest count has the full bar
    expect(rows.slice(head + 1).some((r) => r.some((c) => c.endsWith(' ██████')))).toBe(true);
  });

  it('holds the direction-of-travel counts with their bars, and the notes still come last', () => {
    const rows = sheets[0].rows;
    const head = rows.findIndex((r) => r[0] === 'Direction of travel');
    const shown = shownDirections(counts);
    const max = Math.max(...shown.map((d) => d.count));
    shown.forEach((d, i) =>
      expect(rows[head + 1 + i].slice(0, 3)).toEqual([
        `${DIRECTION_ARROW[d.key]} ${d.key}`,
        '',
        countWithBar(d.count, max),
      ]),
    );
    expect(rows.findIndex((r) => r[0] === 'Notes')).toBeGreaterThan(head + shown.length);
    // the summary adds up to the indicators listed above it
    expect(shown.reduce((n, d) => n + d.count, 0)).toBe(counts.all.total);
  });
});
