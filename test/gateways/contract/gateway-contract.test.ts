/**
 * One contract, two gateways: the Office.js gateway (over a recording fake of
 * Excel) and the .xlsx gateway (over real file bytes) must read the same
 * snapshot from the same workbook and leave the same workbook after the same
 * plan. Each result is read back through that gateway's own reader.
 */
import type { WritePlan } from '../../../src/engine/model/plan';
import { REGISTRY_SHEET } from '../../../src/engine/model/plan';
import type { WorkbookSnapshot } from '../../../src/engine/model/snapshot';
import { cellAt, formatAt } from '../../../src/engine/model/snapshot';
import { fixtureWorkbook } from '../../fixtures/build-fixtures';
import type { WorkbookSpec } from '../../fixtures/spec';
import { type Opened, SUBJECTS } from './subjects';

const FIXTURES = ['bromley-table-a', 'oxfordshire-nis', 'unseen-layouts'];
const REPORT = 'NI Report';

/** Text Excel would turn into something else if typed: each must come back as the same text. */
const TRICKY_TEXT = ['=SUM(A1:A3)', '0.5', '50%', 'TRUE', '31/03/2011', "'quoted", '-', 'NI 117', 'Red'];

/** A plan using every op kind, against the fixture's first sheet. */
function everyOpPlan(spec: WorkbookSpec): WritePlan {
  const first = spec.sheets[0].name;
  return {
    summary: 'every op',
    ops: [
      { op: 'addSheet', sheet: 'Scratch' },
      { op: 'addSheet', sheet: REPORT, tabColor: '#1F4E79' },
      { op: 'values', sheet: REPORT, range: 'A1:D1', values: [['Code', 'Indicator', 'Target', 'RAG']] },
      {
        op: 'style',
        sheet: REPORT,
        range: 'A1:D1',
        style: { fill: '#1F4E79', fontColor: '#FFFFFF', bold: true },
      },
      {
        op: 'values',
        sheet: REPORT,
        range: 'A2:D3',
        values: [
          ['NI 55', 'Obesity in Reception Year', 0.084, 'Amber'],
          ['NI 56', null, 15, true],
        ],
      },
      { op: 'style', sheet: REPORT, range: 'C2', style: { numberFormat: '0.0%', border: 'thin' } },
      {
        op: 'style',
        sheet: REPORT,
        range: 'D2:D3',
        style: { fill: '#FFC000', hAlign: 'center', wrap: true },
      },
      { op: 'values', sheet: REPORT, range: 'A4:I4', values: [TRICKY_TEXT] },
      { op: 'values', sheet: REPORT, range: 'A5', values: [['Band across four columns']] },
      { op: 'merge', sheet: REPORT, range: 'A5:D5' },
      { op: 'columnWidths', sheet: REPORT, widths: [{ col: 1, width: 40 }] },
      { op: 'rowHeights', sheet: REPORT, heights: [{ row: 0, height: 30 }] },
      { op: 'freeze', sheet: REPORT, rows: 1, cols: 1 },
      {
        op: 'pageSetup',
        sheet: REPORT,
        setup: {
          orientation: 'landscape',
          paper: 'A4',
          fitToWidth: true,
          printTitleRows: '1:1',
          footer: 'Page &P of &N',
        },
      },
      { op: 'link', sheet: REPORT, cell: 'A7', text: `Back to ${first}`, toSheet: first, toCell: 'B3' },
      { op: 'clear', sheet: first, range: 'A1:B2' },
      { op: 'values', sheet: first, range: 'A1', values: [['Checked by NI Targets']] },
      { op: 'deleteSheet', sheet: 'Scratch' },
      { op: 'addSheet', sheet: REGISTRY_SHEET },
      { op: 'values', sheet: REGISTRY_SHEET, range: 'A1:B1', values: [['version', 1]] },
      { op: 'visibility', sheet: REGISTRY_SHEET, visibility: 'veryHidden' },
    ],
  };
}

async function openAll(spec: WorkbookSpec): Promise<Opened[]> {
  return Promise.all(SUBJECTS.map((s) => s.open(spec)));
}

function sheetOf(snap: WorkbookSnapshot, name: string) {
  const s = snap.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name} in ${snap.sheets.map((x) => x.name).join(', ')}`);
  return s;
}

describe.each(FIXTURES)('gateway contract on %s', (fixture) => {
  const spec = fixtureWorkbook(fixture);

  it('both gateways read the same snapshot', async () => {
    const [xlsx, office] = await openAll(spec);
    const a = await xlsx.gateway.readSnapshot();
    const b = await office.gateway.readSnapshot();
    expect(b).toEqual(a);
    // the snapshot is the fixture's workbook, not two equally empty readings
    expect(a.sheets.map((s) => s.name)).toEqual(spec.sheets.map((s) => s.name));
    expect(a.sheets.every((s) => s.values.length > 0)).toBe(true);
    const merges = spec.sheets.reduce((n, s) => n + (s.merges?.length ?? 0), 0);
    expect(a.sheets.reduce((n, s) => n + s.merges.length, 0)).toBe(merges);
    const tables = spec.sheets.reduce((n, s) => n + (s.listObjects?.length ?? 0), 0);
    expect(a.sheets.reduce((n, s) => n + s.tables.length, 0)).toBe(tables);
  });

  it('the Office gateway reads it in three syncs, each request under 5 MB', async () => {
    const [, office] = await openAll(spec);
    await office.gateway.readSnapshot();
    expect(office.host!.syncs).toBe(3);
    expect(office.office!.last.syncs).toBe(3);
    for (const s of office.host!.syncLog) expect(s.requestBytes + s.responseBytes).toBeLessThan(5_000_000);
  });

  it('both gateways leave the same workbook after a plan with every op', async () => {
    const plan = everyOpPlan(spec);
    const results = await Promise.all(
      (await openAll(spec)).map(async (o) => {
        await o.gateway.apply(plan);
        const after = await (await o.reopen()).readSnapshot();
        const looks = await Promise.all(
          [
            [REPORT, 'A1'],
            [REPORT, 'D2'],
            [REPORT, 'A2'],
            [REPORT, 'A7'],
          ].map(([s, c]) => o.look(s, c)),
        );
        return { after, looks };
      }),
    );
    const [xlsx, office] = results;
    expect(office.after).toEqual(xlsx.after);
    expect(office.looks).toEqual(xlsx.looks);

    // and that shared result is what the plan asked for
    const report = sheetOf(xlsx.after, REPORT);
    expect(report.values[3]).toEqual(TRICKY_TEXT);
    expect(cellAt(report, 1, 2)).toBe(0.084);
    expect(formatAt(report, 1, 2)).toBe('0.0%');
    expect(cellAt(report, 2, 3)).toBe(true);
    expect(report.merges).toEqual([{ r0: 4, c0: 0, r1: 4, c1: 3 }]);
    expect(sheetOf(xlsx.after, REGISTRY_SHEET).visibility).toBe('veryHidden');
    expect(xlsx.after.sheets.some((s) => s.name === 'Scratch')).toBe(false);
    expect(cellAt(sheetOf(xlsx.after, spec.sheets[0].name), 0, 0)).toBe('Checked by NI Targets');
    expect(cellAt(sheetOf(xlsx.after, spec.sheets[0].name), 1, 1)).toBeNull();
    expect(xlsx.looks).toEqual([
      { fill: '#1F4E79', bold: true, link: null },
      { fill: '#FFC000', bold: false, link: null },
      { fill: null, bold: false, link: null },
      { fill: null, bold: false, link: `'${spec.sheets[0].name}'!B3` },
    ]);
  });

  it('the Office gateway applies the plan in two syncs', async () => {
    const [, office] = await openAll(spec);
    office.host!.resetRecord();
    await office.gateway.apply(everyOpPlan(spec));
    expect(office.host!.syncs).toBe(2);
    expect(office.office!.last).toMatchObject({ syncs: 2, notices: [] });
  });

  it('both gateways refuse a plan naming a missing sheet and leave the workbook as it was', async () => {
    const plan: WritePlan = {
      summary: 'bad',
      ops: [
        { op: 'values', sheet: spec.sheets[0].name, range: 'A1', values: [['changed']] },
        { op: 'values', sheet: 'No such sheet', range: 'A1', values: [['x']] },
      ],
    };
    for (const o of await openAll(spec)) {
      const before = await o.gateway.readSnapshot();
      await expect(o.gateway.apply(plan)).rejects.toThrow(/op 2 .*no sheet named "No such sheet"/);
      expect(await o.gateway.readSnapshot()).toEqual(before);
    }
  });
});

/** A plain workbook of `sheets` sheets, each `rows` rows of code, figure and percentage. */
function bulkWorkbook(sheets: number, rows: number): WorkbookSpec {
  return {
    name: `bulk-${sheets}x${rows}`,
    sheets: Array.from({ length: sheets }, (_, s) => ({
      name: `Sheet ${s + 1}`,
      rows: Array.from({ length: rows }, (_, i) => [
        `NI ${(i % 199) + 1}`,
        i * 1.5,
        { v: (i % 100) / 100, fmt: '0.0%' },
      ]),
      merges: s === 0 ? ['E1:F1'] : undefined,
    })),
  };
}

describe('sync counts do not grow with the workbook', () => {
  const officeReads = async (spec: WorkbookSpec): Promise<{ syncs: number; snapshot: WorkbookSnapshot }> => {
    const office = await SUBJECTS[1].open(spec);
    const snapshot = await office.gateway.readSnapshot();
    return { syncs: office.host!.syncs, snapshot };
  };

  it('reads 1 sheet or 50 sheets in the same three syncs, matching the .xlsx gateway', async () => {
    const one = await officeReads(bulkWorkbook(1, 100));
    const fifty = await officeReads(bulkWorkbook(50, 100));
    expect(one.syncs).toBe(3);
    expect(fifty.syncs).toBe(3);
    expect(fifty.snapshot.sheets).toHaveLength(50);
    const xlsx = await (await SUBJECTS[0].open(bulkWorkbook(50, 100))).gateway.readSnapshot();
    expect(fifty.snapshot).toEqual(xlsx);
  });

  it('reads 100 rows or 20,000 rows in the same three syncs, matching the .xlsx gateway', async () => {
    const small = await officeReads(bulkWorkbook(1, 100));
    const big = await officeReads(bulkWorkbook(1, 20_000));
    expect(small.syncs).toBe(3);
    expect(big.syncs).toBe(3);
    expect(big.snapshot.sheets[0].values).toHaveLength(20_000);
    const xlsx = await (await SUBJECTS[0].open(bulkWorkbook(1, 20_000))).gateway.readSnapshot();
    expect(big.snapshot).toEqual(xlsx);
    // 20,000 rows through exceljs and the fake take seconds on a busy machine: a ceiling, not a target
  }, 30_000);

  it('applies a plan touching 1 sheet or 50 sheets in the same two syncs', async () => {
    const counts: number[] = [];
    for (const sheets of [1, 50]) {
      const office = await SUBJECTS[1].open(bulkWorkbook(sheets, 10));
      office.host!.resetRecord();
      await office.gateway.apply({
        summary: 'RAG on every sheet',
        ops: Array.from({ length: sheets }, (_, s) => [
          { op: 'values' as const, sheet: `Sheet ${s + 1}`, range: 'D1:D2', values: [['Green'], ['Red']] },
          { op: 'style' as const, sheet: `Sheet ${s + 1}`, range: 'D1', style: { fill: '#00B050' } },
        ]).flat(),
      });
      counts.push(office.host!.syncs);
    }
    expect(counts).toEqual([2, 2]);
  });
});
