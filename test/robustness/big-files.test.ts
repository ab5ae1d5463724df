/**
 * Issue 13's bounds, proven on real files in child processes under a 1 GB heap
 * (node --max-old-space-size=1024), each to end within 60 s with a result or one
 * clear line, never an out-of-memory crash:
 *
 *   - a stray far cell (values in A1 and XFD1048576): `ni-targets validate` runs;
 *   - a sheet that inflates to 450 MB from 2 MB: one line naming the sheet, its
 *     part and the ratio, before a byte of it is inflated;
 *   - a sheet of 1,000,000 rows: the file layer reads all five million cells.
 *
 * The files are written here a piece at a time (test/support/big-workbook.ts), so
 * this process stays small too. `ni-targets validate` on the million rows runs the
 * engine over them as well, which takes longer than this suite should (about a
 * minute of CPU on two busy cores, most of it recognition), so it runs only when
 * asked for:
 *
 *   NI_TARGETS_BIG_TESTS=1 npx jest test/robustness/big-files.test.ts
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { columnLetters, inPieces, writeBigWorkbook } from '../support/big-workbook';
import type { WorkbookRead } from '../support/read-workbook';
import { tempDir } from '../support/temp-dir';

const ROOT = join(__dirname, '..', '..');
const HEAP = '--max-old-space-size=1024';
const WITHIN_MS = 60_000;
const SLOW = process.env.NI_TARGETS_BIG_TESTS === '1';

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs `node <HEAP> --import tsx <args>` in the checkout; killed past twice the bound, so a hang fails. */
function node(args: string[]): Promise<Run> {
  const t0 = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [HEAP, '--import', 'tsx', ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NI_TARGETS_DEBUG: '' },
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    const timer = setTimeout(() => child.kill('SIGKILL'), 2 * WITHIN_MS);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({
        code,
        signal,
        stdout: Buffer.concat(out).toString(),
        stderr: Buffer.concat(err).toString(),
        ms: Date.now() - t0,
      });
    });
  });
}

const cli = (...args: string[]): Promise<Run> => node([join('src', 'cli', 'main.ts'), ...args]);

/** Neither a crash nor a hang: V8's out-of-memory abort prints these and dies by a signal. */
function expectNoCrash(r: Run): void {
  expect(r.stderr).not.toMatch(/heap out of memory|Allocation failed|FATAL ERROR|RangeError: Invalid/);
  expect({ signal: r.signal, code: r.code === null ? 'none' : 'some' }).toEqual({
    signal: null,
    code: 'some',
  });
  expect(r.ms).toBeLessThan(WITHIN_MS);
}

const num = (ref: string, v: number): string => `<c r="${ref}"><v>${v}</v></c>`;
const text = (ref: string, t: string): string => `<c r="${ref}" t="inlineStr"><is><t>${t}</t></is></c>`;

/** A data extract of 1,000,000 rows: a date serial, a case reference, an amount, a band, a rate. */
function millionRows(file: string): void {
  const row = (r: number): string =>
    `<row r="${r}">${num(`A${r}`, 40000 + (r % 3000))}${text(`B${r}`, `Case ${r}`)}` +
    `${num(`C${r}`, ((r * 7919) % 100000) / 100)}${num(`D${r}`, r % 17)}${num(`E${r}`, (r % 991) / 10)}</row>`;
  writeBigWorkbook(file, { name: 'Extract', rows: () => inPieces(1_000_000, row) });
}

let dir: string;
beforeAll(() => {
  dir = tempDir('ni-big-');
});

describe('big files under a 1 GB heap: a result or one clear line within 60 s', () => {
  it('a stray far cell (A1 and XFD1048576): validate gives its result', async () => {
    const file = join(dir, 'far.xlsx');
    const far = `${columnLetters(16_383)}1048576`;
    writeBigWorkbook(file, {
      name: 'Data',
      rows: () => [`<row r="1">${text('A1', 'Title')}</row><row r="1048576">${num(far, 1)}</row>`],
    });
    const r = await cli('validate', file);
    expectNoCrash(r);
    expect(r.stderr).toBe('');
    expect([0, 1]).toContain(r.code);
    expect(r.stdout).toMatch(/^Workbook: far\.xlsx$/m);
  }, 150_000);

  it('a sheet inflating to 450 MB from 2 MB: one line naming the sheet, its part and the ratio', async () => {
    const file = join(dir, 'inflates.xlsx');
    // one piece of rows, a megabyte, written again and again: it packs some 250 times
    const cells = Array.from({ length: 8 }, (_, c) => num(`${columnLetters(c)}1`, 0)).join('');
    const piece = new TextEncoder().encode(`<row r="1">${cells}</row>`.repeat(6_000));
    const made = writeBigWorkbook(file, {
      name: 'Data',
      level: 9,
      rows: function* () {
        for (let n = 0; n * piece.length < 450 * 1024 ** 2; n++) yield piece;
      },
    });
    expect(made.sheetBytes).toBeGreaterThan(450 * 1024 ** 2);
    expect(made.bytes).toBeLessThan(3 * 1024 ** 2);
    const r = await cli('validate', file);
    expectNoCrash(r);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(
      /^ni-targets: inflates\.xlsx: sheet "Data" \(xl\/worksheets\/sheet1\.xml\) inflates \d{3} times \(\d MB to at least 45\d MB\), .*zip bomb/,
    );
  }, 150_000);

  it('a 1,000,000-row sheet: the file layer reads every cell', async () => {
    const file = join(dir, 'million.xlsx');
    millionRows(file);
    const r = await node([join('test', 'support', 'read-workbook.ts'), file]);
    expectNoCrash(r);
    expect(r.stderr).toBe('');
    const read = JSON.parse(r.stdout) as WorkbookRead;
    expect(read).toMatchObject({ sheets: 1, rows: [1_000_000], cells: 5_000_000, last: 8.1 });
    expect(read.heapMB).toBeLessThan(1024);
  }, 150_000);

  (SLOW ? it : it.skip)(
    'a 1,000,000-row sheet: validate gives its result (NI_TARGETS_BIG_TESTS=1)',
    async () => {
      const file = join(dir, 'million-cli.xlsx');
      millionRows(file);
      const r = await cli('validate', file);
      expectNoCrash(r);
      expect([0, 1]).toContain(r.code);
      expect(r.stdout).toMatch(/^Workbook: million-cli\.xlsx$/m);
    },
    300_000,
  );
});
