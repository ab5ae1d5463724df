/**
 * Since last time, as an officer meets it (issue 14): `ni-targets report` on a plan,
 * the officer updates an actual in the reported workbook (written through the .xlsx
 * gateway, as any edit is), then reports again a quarter later. Table A on the sheet,
 * in Word and in HTML shows that the RAG moved and what the first report gave; the first
 * report says there was no earlier one.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { JSDOM } from 'jsdom';
import { main } from '../../src/cli/main';
import { createXlsxGateway } from '../../src/gateways/xlsx/gateway';
import { writeWorkbook } from '../../src/gateways/xlsx/write';
import { toXlsx, type WorkbookSpec } from '../fixtures/spec';
import { pct } from '../fixtures/typed';
import { docxPart, first, kids, textOf } from '../export/docx-xml';

const quiet = { out: () => undefined, err: () => undefined };
const FIRST_REPORT = 'This is the first report made from this workbook';

// NI 59: 70% against 75% is Red (5% of 75% is 3.75 points); NI 60 is Green both times
const plan: WorkbookSpec = {
  name: 'plan',
  sheets: [
    {
      name: 'Plan',
      rows: [
        ['NI', 'Indicator', '2008/09 Actual', '2009/10 Actual', '2009/10 Target'],
        ['NI 59', 'Initial assessments within 7 working days', pct(0.6), pct(0.7), pct(0.75, 0)],
        ['NI 60', 'Core assessments within 35 days', pct(0.7), pct(0.85), pct(0.8, 0)],
      ],
    },
  ],
};

let dir: string;
const file = (name: string) => path.join(dir, name);

async function report(input: string, name: string, asOf: string): Promise<void> {
  const args = ['-o', file(`${name}.xlsx`), '--docx', file(`${name}.docx`), '--html', file(`${name}.html`)];
  expect(await main(['node', 'ni-targets', 'report', input, ...args, '--as-of', asOf], quiet)).toBe(0);
}

/** The officer's edit: NI 59's 2009/10 actual (D2) becomes 74%, through the .xlsx gateway. */
async function updateActual(from: string, to: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(from);
  await createXlsxGateway(wb, 'first.xlsx').apply({
    summary: "the officer's new figure",
    ops: [{ op: 'values', sheet: 'Plan', range: 'D2', values: [[0.74]] }],
  });
  await writeWorkbook(wb, to);
}

/** Every row of Table A on the sheet, as the cells' texts. */
async function sheetRows(name: string): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file(`${name}.xlsx`));
  const rows: string[][] = [];
  wb.getWorksheet('Table A')!.eachRow((row) => {
    const texts: string[] = [];
    row.eachCell((c) => texts.push(c.text));
    rows.push(texts);
  });
  return rows;
}

async function wordRows(name: string): Promise<{ rows: string[][]; text: string }> {
  const doc = await docxPart(fs.readFileSync(file(`${name}.docx`)), 'word/document.xml');
  const body = first(doc, 'w:body')!;
  const table = kids(body, 'w:tbl')[0];
  const rows = kids(table, 'w:tr').map((tr) => kids(tr, 'w:tc').map((tc) => textOf(tc).trim()));
  return { rows, text: textOf(body) };
}

function htmlRows(name: string): { rows: string[][]; text: string } {
  const doc = new JSDOM(fs.readFileSync(file(`${name}.html`), 'utf8')).window.document;
  const table = doc.querySelector('section.table-a table')!;
  const rows = Array.from(table.querySelectorAll('tr')).map((tr) =>
    Array.from(tr.querySelectorAll('td, th')).map((c) => (c.textContent ?? '').trim()),
  );
  return { rows, text: doc.body.textContent ?? '' };
}

const rowOf = (rows: string[][], code: string) => rows.find((r) => r[0] === code) ?? [];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ni-report-history-'));
  fs.writeFileSync(file('plan.xlsx'), await toXlsx(plan));
  await report(file('plan.xlsx'), 'first', '2010-03-31');
  await updateActual(file('first.xlsx'), file('edited.xlsx'));
  await report(file('edited.xlsx'), 'second', '2010-06-30');
}, 120_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the first report', () => {
  it('says in Word and HTML that there is no earlier report, and has no movement columns', async () => {
    const word = await wordRows('first');
    const html = htmlRows('first');
    for (const { rows, text } of [word, html]) {
      expect(text).toContain(FIRST_REPORT);
      expect(rows.flat()).not.toContain('Since last report');
      expect(rowOf(rows, 'NI 59')).toContain('Red');
    }
  });
});

describe('the report after the actual changed', () => {
  it('shows on the Table A sheet that NI 59 improved from Red', async () => {
    const rows = await sheetRows('second');
    expect(rows.some((r) => r.at(-1) === 'Since last report')).toBe(true);
    const ni59 = rowOf(rows, 'NI 59');
    // now Amber (74% is within 3.75 points of 75%), Red at the last report: improved
    expect(ni59.at(-1)).toBe('▲ Improved from Red');
    expect(ni59).toContain('Amber');
    expect(ni59.indexOf('74.0%')).toBeGreaterThan(1);
    expect(rowOf(rows, 'NI 60').at(-1)).toBe('► Same');
  });

  it.each(['word', 'html'])('shows the same in the %s paper, with the last report named', async (kind) => {
    const { rows, text } = kind === 'word' ? await wordRows('second') : htmlRows('second');
    const ni59 = rowOf(rows, 'NI 59');
    expect(ni59.at(-1)).toBe('▲ Improved from Red');
    expect(ni59).toContain('Amber');
    expect(rowOf(rows, 'NI 60').at(-1)).toBe('► Same');
    expect(text).toContain('as at 31 March 2010');
    expect(text).not.toContain(FIRST_REPORT);
  });
});
