/**
 * For every rated row of every fixture workbook (and the bundled sample), Table A on
 * the sheet, in Word and in HTML shows the rated year's actual and target as the
 * figures the RAG was judged on, in one row with the indicator's code. Each export is
 * read back as a reader gets it: the sheet through exceljs after the .xlsx gateway
 * wrote it, the .docx's XML, the HTML's DOM.
 */
import { resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { JSDOM } from 'jsdom';
import type { TableAModel, TableARow } from '../../src/engine/report/types';
import { RATED_ACTUAL, RATED_TARGET } from '../../src/engine/report/table-a-columns';
import { toDocx } from '../../src/export/docx';
import { toHtml } from '../../src/export/html';
import { createXlsxGateway } from '../../src/gateways/xlsx/gateway';
import { readWorkbookFile } from '../../src/gateways/xlsx/read';
import type { WorkbookSnapshot } from '../../src/engine/model/snapshot';
import { analyse } from '../../src/pipeline/analyse';
import { reportPlan } from '../../src/pipeline/report-plan';
import { fixtureWorkbooks } from '../fixtures/build-fixtures';
import { toXlsx } from '../fixtures/spec';
import { docxPart, first, kids, textOf } from './docx-xml';

type Rows = string[][];
const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

interface Exported {
  model: TableAModel;
  sheet: Rows;
  word: Rows;
  html: Rows;
}

async function sheetRows(workbook: ExcelJS.Workbook, name: string): Promise<Rows> {
  const rows: Rows = [];
  workbook.getWorksheet(name)!.eachRow((row) => {
    const texts: string[] = [];
    row.eachCell((c) => texts.push(clean(c.text)));
    rows.push(texts);
  });
  return rows;
}

async function wordRows(model: TableAModel): Promise<Rows> {
  const doc = await docxPart(await toDocx(model, null), 'word/document.xml');
  const table = kids(first(doc, 'w:body')!, 'w:tbl')[0];
  return kids(table, 'w:tr').map((tr) => kids(tr, 'w:tc').map((tc) => clean(textOf(tc))));
}

function htmlRows(model: TableAModel): Rows {
  const doc = new JSDOM(toHtml(model, null)).window.document;
  const table = doc.querySelector('section.table-a table')!;
  return Array.from(table.querySelectorAll('tbody tr')).map((tr) =>
    Array.from(tr.querySelectorAll('td, th')).map((c) => clean(c.textContent ?? '')),
  );
}

/** Table A from the workbook, written to its own sheet through the .xlsx gateway and exported. */
async function exportAll(snapshot: WorkbookSnapshot, workbook: ExcelJS.Workbook): Promise<Exported | null> {
  const report = reportPlan(analyse(snapshot, { settings: { asOf: '2010-06-30' } }));
  if (!report.tableA) return null;
  await createXlsxGateway(workbook, snapshot.name).apply(report.plan);
  const sheetName = report.plan.summary.match(/Table A \(\d+ indicators?\) on '([^']+)'/)![1];
  return {
    model: report.tableA,
    sheet: await sheetRows(workbook, sheetName),
    word: await wordRows(report.tableA),
    html: htmlRows(report.tableA),
  };
}

/** Some row of the export has the code, the actual and the target, the figures in that order. */
function shows(rows: Rows, r: TableARow): boolean {
  const actual = r.cells[RATED_ACTUAL];
  const target = r.cells[RATED_TARGET];
  // the same figures can stand earlier in the row (a past year's actual equal to the rated one)
  return rows.some(
    (row) => row[0] === r.code && row.some((t, i) => i > 0 && t === actual && row[i + 1] === target),
  );
}

const cases: [string, () => Promise<{ snapshot: WorkbookSnapshot; workbook: ExcelJS.Workbook }>][] = [
  ...fixtureWorkbooks().map((spec): (typeof cases)[number] => [
    spec.name,
    async () => {
      const bytes = await toXlsx(spec);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
      return { workbook, snapshot: (await readWorkbookFile(await tmpFile(bytes))).snapshot };
    },
  ]),
  [
    'sample-plan',
    async () => {
      const file = resolve(__dirname, '../../samples/sample-plan.xlsx');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(file);
      return { workbook, snapshot: (await readWorkbookFile(file)).snapshot };
    },
  ],
];

async function tmpFile(bytes: Uint8Array): Promise<string> {
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const file = resolve(mkdtempSync(resolve(tmpdir(), 'ni-fixture-figures-')), 'book.xlsx');
  writeFileSync(file, bytes);
  return file;
}

let ratedRows = 0;

it.each(cases)(
  '%s: every rated row shows its rated actual and target on the sheet, in Word and in HTML',
  async (name, load) => {
    const { snapshot, workbook } = await load();
    const out = await exportAll(snapshot, workbook);
    // a workbook without a targets table has no Table A: nothing to show, nothing rated
    if (!out) return expect(name).toMatch(/^(bromley-table-b|finance)$/);
    const rated = out.model.groups.flatMap((g) => g.rows).filter((r) => r.rag !== null);
    expect(rated.length).toBeGreaterThan(0);
    ratedRows += rated.length;
    const missing: string[] = [];
    for (const r of rated) {
      // formatted figures: a digit in each, never an empty cell or a bare "Not available"
      expect(`${r.code}: ${r.cells[RATED_ACTUAL]}`).toMatch(/\d/);
      expect(`${r.code}: ${r.cells[RATED_TARGET]}`).toMatch(/\d/);
      for (const [where, rows] of [
        ['sheet', out.sheet],
        ['Word', out.word],
        ['HTML', out.html],
      ] as const) {
        if (!shows(rows, r))
          missing.push(`${where} ${r.code} ${r.cells[RATED_ACTUAL]} | ${r.cells[RATED_TARGET]}`);
      }
    }
    expect(missing).toEqual([]);
  },
  120_000,
);

afterAll(() => {
  // the fixtures between them rate real rows: a run that checked nothing would pass above
  expect(ratedRows).toBeGreaterThan(100);
});
