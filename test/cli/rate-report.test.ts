/**
 * `ni-targets rate` and `ni-targets report` on Bromley's Table A and Table B: the
 * written workbook, opened again by the engine and by exceljs, shows the rating
 * columns and the report sheets; a second run gives the same workbook.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { readWorkbookFile } from '../../src/gateways/xlsx/read';
import { analyse } from '../../src/pipeline/analyse';
import { fixtureWorkbook } from '../fixtures/build-fixtures';
import { toXlsx, type WorkbookSpec } from '../fixtures/spec';

const quiet = { out: () => undefined, err: () => undefined };
let dir: string;
let input: string;
const spec: WorkbookSpec = {
  name: 'bromley',
  sheets: [...fixtureWorkbook('bromley-table-a').sheets, ...fixtureWorkbook('bromley-table-b').sheets],
};

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ni-rate-'));
  input = path.join(dir, 'in.xlsx');
  fs.writeFileSync(input, await toXlsx(spec));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function cellsOf(file: string): Promise<Map<string, string>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const cells = new Map<string, string>();
  wb.eachSheet((ws) =>
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (c) =>
        cells.set(`${ws.name}!${c.address}`, JSON.stringify([c.value, c.numFmt, c.fill, c.font])),
      ),
    ),
  );
  return cells;
}

describe('ni-targets rate', () => {
  it('writes RAG, direction and trajectory beside the table, readable by exceljs and the engine', async () => {
    const out = path.join(dir, 'rated.xlsx');
    expect(
      await main(
        ['node', 'ni-targets', 'rate', input, '-o', out, '--year', '2008/09', '--as-of', '2010-06-30'],
        quiet,
      ),
    ).toBe(0);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('Table A')!;
    const texts: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
    expect(texts.some((t) => /^RAG/.test(t))).toBe(true);
    expect(texts).toEqual(expect.arrayContaining(['Green', 'Amber', 'Red']));
    expect(texts.some((t) => /Improving|Worsening/.test(t))).toBe(true);

    // the engine reads the rated workbook the same way: same tables, same rows
    const again = analyse((await readWorkbookFile(out)).snapshot, { settings: { asOf: '2010-06-30' } });
    const before = analyse((await readWorkbookFile(input)).snapshot, { settings: { asOf: '2010-06-30' } });
    expect(again.tables.map((t) => [t.sheet, t.range])).toEqual(before.tables.map((t) => [t.sheet, t.range]));
  });

  it('gives the same workbook when run again on its own output', async () => {
    const once = path.join(dir, 'once.xlsx');
    const twice = path.join(dir, 'twice.xlsx');
    const args = ['--year', '2008/09', '--as-of', '2010-06-30'];
    await main(['node', 'ni-targets', 'rate', input, '-o', once, ...args], quiet);
    await main(['node', 'ni-targets', 'rate', once, '-o', twice, ...args], quiet);
    expect(await cellsOf(twice)).toEqual(await cellsOf(once));
  });
});

describe('ni-targets report', () => {
  it('adds Table A and Table B sheets beside the officer\'s own "Table A" sheet and exports', async () => {
    const out = path.join(dir, 'report.xlsx');
    const docx = path.join(dir, 'paper.docx');
    const html = path.join(dir, 'paper.html');
    const csv = path.join(dir, 'csv');
    const code = await main(
      [
        'node',
        'ni-targets',
        'report',
        input,
        '-o',
        out,
        '--docx',
        docx,
        '--html',
        html,
        '--csv',
        csv,
        '--as-of',
        '2009-08-15',
      ],
      quiet,
    );
    expect(code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    // the fixture's own sheet is called "Table A", so the report must not take it over
    expect(wb.worksheets.map((w) => w.name)).toEqual(
      expect.arrayContaining(['Table A', 'Table A (2)', 'Table B']),
    );
    expect(fs.readFileSync(docx).subarray(0, 2).toString()).toBe('PK');
    expect(fs.readFileSync(html, 'utf8')).toMatch(/<table/);
    expect(fs.readdirSync(csv).sort()).toEqual(['table-a.csv', 'table-b.csv']);

    const again = path.join(dir, 'report2.xlsx');
    await main(['node', 'ni-targets', 'report', out, '-o', again, '--as-of', '2009-08-15'], quiet);
    expect(await cellsOf(again)).toEqual(await cellsOf(out));
  }, 60_000); // a whole report run with Word, HTML and CSV, then reading them back: over 5 s on a busy machine
});
