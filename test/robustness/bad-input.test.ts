/**
 * Whatever file an officer hands the CLI, it answers with a clear message and
 * an exit code, never a crash, a stack trace or a hang: exit 2 and one line for
 * files that cannot be used, exit 0 or 1 with a report for odd but usable ones.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { type CliRun, runCli } from '../support/run-cli';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ni-bad-input-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Run = CliRun;
const cli = runCli;

const STACK = /\n\s+at |Error:|TypeError|RangeError/;

function fileOf(name: string, bytes: Buffer | string): string {
  const f = join(dir, name);
  writeFileSync(f, bytes);
  return f;
}

async function xlsx(name: string, build: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return fileOf(name, Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));
}

function expectUnusable(r: Run, says: RegExp): void {
  expect(r.code).toBe(2);
  expect(r.err).toHaveLength(1);
  expect(r.err[0]).toMatch(/^ni-targets: /);
  expect(r.err[0]).toMatch(says);
  expect(r.err.join('\n') + r.out.join('\n')).not.toMatch(STACK);
}

function expectReport(r: Run): void {
  expect([0, 1]).toContain(r.code);
  expect(r.err).toEqual([]);
  expect(r.out[0]).toMatch(/^Workbook: /);
  expect(r.out.join('\n')).not.toMatch(STACK);
}

/** A small targets table, so usable-but-odd workbooks have something to find. */
function targets(ws: ExcelJS.Worksheet, at = 1): void {
  ws.getRow(at).values = ['NI', 'Indicator', '2008/09 Actual', '2009/10 Target', '2010/11 Target'];
  ws.getRow(at + 1).values = [117, '16 to 18 year olds who are NEET', 0.062, 0.055, 0.05];
  ws.getRow(at + 2).values = [112, 'Under 18 conception rate', 34, 31.6, 17.7];
  ws.getRow(at + 3).values = [
    55,
    'Obesity among primary school age children in Reception Year',
    0.073,
    0.08,
    0.08,
  ];
}

describe('files that cannot be used: exit 2 and one line saying what to do', () => {
  it('not an xlsx (a CSV renamed)', async () => {
    const f = fileOf('targets.xlsx', 'NI,Target\r\nNI 1,80%\r\n');
    expectUnusable(await cli('validate', f), /targets\.xlsx.*CSV/);
  });

  it('a missing file', async () => {
    expectUnusable(await cli('validate', join(dir, 'nowhere.xlsx')), /not found/);
  });

  it('a truncated file (the first half of a real workbook)', async () => {
    const whole = readFileSync(await xlsx('whole.xlsx', (wb) => targets(wb.addWorksheet('NIS'))));
    const f = fileOf('truncated.xlsx', whole.subarray(0, Math.floor(whole.length / 2)));
    expectUnusable(await cli('validate', f), /damaged/);
  });

  it('a corrupt file (the zip directory overwritten)', async () => {
    const whole = readFileSync(await xlsx('whole2.xlsx', (wb) => targets(wb.addWorksheet('NIS'))));
    const broken = Buffer.from(whole);
    broken.fill(0x41, broken.length - 200);
    expectUnusable(await cli('validate', fileOf('corrupt.xlsx', broken)), /damaged/);
  });

  it('a password-protected workbook (OLE2 wrapper with EncryptedPackage)', async () => {
    const header = Buffer.alloc(512);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
    const dirEntries = Buffer.alloc(512);
    ['Root Entry', 'EncryptionInfo', 'EncryptedPackage'].forEach((n, i) =>
      dirEntries.write(n, i * 128, 'utf16le'),
    );
    const f = fileOf('locked.xlsx', Buffer.concat([header, dirEntries]));
    expectUnusable(await cli('validate', f), /password/);
  });
});

describe('odd but usable workbooks: a report, exit 0 or 1, no stack trace', () => {
  it('error values (#N/A, #DIV/0!, #REF!) and formulas', async () => {
    const f = await xlsx('errors.xlsx', (wb) => {
      const ws = wb.addWorksheet('NIS');
      targets(ws);
      ws.getCell('C2').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
      ws.getCell('D3').value = { error: '#DIV/0!' } as ExcelJS.CellErrorValue;
      ws.getCell('E4').value = {
        formula: 'Z99',
        result: { error: '#REF!' },
      } as unknown as ExcelJS.CellFormulaValue;
      ws.getCell('E2').value = { formula: 'D2-0.005', result: 0.05 } as ExcelJS.CellFormulaValue;
    });
    const r = await cli('validate', f);
    expectReport(r);
    expect(r.out.join('\n')).toMatch(/#N\/A|#DIV\/0!|#REF!/);
  });

  it('merged cells everywhere', async () => {
    const f = await xlsx('merged.xlsx', (wb) => {
      const ws = wb.addWorksheet('NIS');
      targets(ws, 3);
      ws.mergeCells('A1:E2');
      ws.mergeCells('B4:B5');
      ws.mergeCells('C6:E6');
      ws.mergeCells('A8:E12');
    });
    expectReport(await cli('validate', f));
  });

  it('hidden rows and hidden sheets', async () => {
    const f = await xlsx('hidden.xlsx', (wb) => {
      const ws = wb.addWorksheet('Visible');
      targets(ws);
      ws.getRow(3).hidden = true;
      targets(wb.addWorksheet('Hidden', { state: 'hidden' }));
      targets(wb.addWorksheet('Very hidden', { state: 'veryHidden' }));
    });
    const r = await cli('validate', f);
    expectReport(r);
    // hidden sheets are read: the officer's tables there are still checked
    expect(r.out.join('\n')).toMatch(/Hidden/);
  });

  it('a 10,000-character cell', async () => {
    const f = await xlsx('long.xlsx', (wb) => {
      const ws = wb.addWorksheet('NIS');
      targets(ws);
      ws.getCell('B3').value = 'Under 18 conception rate '.padEnd(10_000, 'x');
      ws.getCell('G1').value = 'y'.repeat(10_000);
    });
    const r = await cli('validate', f);
    expectReport(r);
    // nothing prints the whole cell back at the officer
    expect(Math.max(...r.out.map((l) => l.length))).toBeLessThan(10_000);
  });

  it('sheet names with quotes, spaces and non-Latin characters', async () => {
    const names = ["Officer's plan", 'Targets 2009 10', 'Ціль £ 目标', 'Zürich & Co'];
    const f = await xlsx('names.xlsx', (wb) => names.forEach((n) => targets(wb.addWorksheet(n))));
    const r = await cli('validate', f);
    expectReport(r);
    for (const n of names) expect(r.out.join('\n')).toContain(n);
  });

  it('an empty workbook (one blank sheet)', async () => {
    const f = await xlsx('empty.xlsx', (wb) => void wb.addWorksheet('Sheet1'));
    const r = await cli('validate', f);
    expectReport(r);
    expect(r.code).toBe(0);
  });

  it('a 1,000,000-cell sheet', async () => {
    const f = join(dir, 'million.xlsx');
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: f, useSharedStrings: false });
    const ws = wb.addWorksheet('Data');
    for (let r = 0; r < 50_000; r++) ws.addRow(Array.from({ length: 20 }, (_, c) => r * 20 + c)).commit();
    ws.commit();
    await wb.commit();
    const r = await cli('validate', f);
    expectReport(r);
    expect(r.code).toBe(0);
  }, 180_000);
});
