/**
 * The sample's rows the board would query (issue 14): NI 100 was rated Red for
 * 2008/09 against 81%, a target its Table A row never showed; NI 73 was "Not rated:
 * target New" beside 82%. Read back from the Word and HTML exports, each row now
 * carries the rated year's actual and target beside its RAG.
 */
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import type { TableAModel } from '../../src/engine/report/types';
import { toDocx } from '../../src/export/docx';
import { toHtml } from '../../src/export/html';
import { readWorkbookFile } from '../../src/gateways/xlsx/read';
import { analyse } from '../../src/pipeline/analyse';
import { reportPlan } from '../../src/pipeline/report-plan';
import { docxPart, first, kids, textOf } from './docx-xml';

let a: TableAModel;
const exported: Record<string, string[][]> = {};

// two papers of the whole sample: slow on a busy machine, so built once
beforeAll(async () => {
  const { snapshot } = await readWorkbookFile(resolve(__dirname, '../../samples/sample-plan.xlsx'));
  a = reportPlan(analyse(snapshot, { settings: { asOf: '2010-04-12' } })).tableA!;
  exported.html = htmlRows(toHtml(a, null));
  exported.word = await wordRows();
}, 60_000);

/** Each Table A body row's cell texts, as the reader sees them. */
function htmlRows(html: string): string[][] {
  const doc = new JSDOM(html).window.document;
  const table = doc.querySelectorAll('table')[0];
  return Array.from(table.querySelectorAll('tbody tr')).map((tr) =>
    Array.from(tr.querySelectorAll('td, th')).map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim()),
  );
}

async function wordRows(): Promise<string[][]> {
  const doc = await docxPart(await toDocx(a, null, { title: 'Sample' }), 'word/document.xml');
  const table = kids(first(doc, 'w:body')!, 'w:tbl')[0];
  return kids(table, 'w:tr').map((tr) =>
    kids(tr, 'w:tc').map((tc) => textOf(tc).replace(/\s+/g, ' ').trim()),
  );
}

/** The CYPP plan's row for a code (the sample's older plan, rated 2008/09). */
const cyppRow = (rows: string[][], code: string, description: RegExp) =>
  rows.find((r) => r[0] === code && description.test(r[1] ?? ''));

const EXPECTED: [string, RegExp, string[]][] = [
  ['NI 100', /Looked after children reaching level 4/, ['2008/09: 50%', '2008/09: 81%', 'Red (2008/09)']],
  ['NI 73', /Achievement at level 4/, ['2008/09: 76% (71%)', '2008/09: New', 'Not rated: target New']],
  // typed 8 beside actuals in %: read, rated and printed as 8%
  ['NI 55', /Reception Year/, ['2008/09: 7.3% (9.6%)', '2008/09: 8%', 'Green (2008/09)']],
];

it.each(['html', 'word'])(
  '%s: NI 100, NI 73 and NI 55 show the figures their RAG was judged on',
  async (kind) => {
    const rows = exported[kind];
    for (const [code, description, cells] of EXPECTED) {
      const row = cyppRow(rows, code, description);
      expect(row).toBeDefined();
      // the rated actual, the rated target and the RAG sit side by side, in that order
      const at = row!.indexOf(cells[0]);
      expect(at).toBeGreaterThan(1);
      expect(row!.slice(at, at + 3)).toEqual(cells);
    }
  },
);

it('every rated row of the sample shows its rated actual and target in both exports', async () => {
  const rated = a.groups.flatMap((g) => g.rows).filter((r) => r.rag !== null);
  for (const rows of [exported.html, exported.word]) {
    const texts = new Set(rows.map((r) => r.join(' | ')));
    for (const r of rated) {
      const actual = r.cells['rated:actual'];
      const target = r.cells['rated:target'];
      expect(actual).toMatch(/\d/);
      expect(target).toMatch(/\d/);
      // a code can appear in two plans: some row with this code and description shows both figures
      const head = `${r.code} | ${r.description.replace(/\s+/g, ' ')}`;
      const shownBoth = [...texts].some(
        (t) => t.startsWith(head) && t.includes(` | ${actual} | ${target} | `),
      );
      expect(shownBoth ? head : `${head}: ${actual}, ${target} missing`).toBe(head);
    }
  }
});
