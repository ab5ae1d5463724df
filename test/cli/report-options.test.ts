/**
 * `ni-targets report` refuses what would make a wrong or empty paper, each with one
 * line and its exit code, and writes nothing then (validate and rate refuse a year no
 * table has in the same words): a year no table has, a date that
 * does not exist, a tolerance out of bounds, a workbook without tables. UK dates
 * (31/03/2010) are read as officers type them.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { fixtureWorkbook } from '../fixtures/build-fixtures';
import { toXlsx } from '../fixtures/spec';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

let dir: string;
let plan: string;
let empty: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ni-report-options-'));
  plan = path.join(dir, 'plan.xlsx');
  fs.writeFileSync(plan, await toXlsx(fixtureWorkbook('bromley-table-a')));
  empty = path.join(dir, 'budget.xlsx');
  fs.writeFileSync(empty, await toXlsx(fixtureWorkbook('finance')));
}, 60_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function report(file: string, ...args: string[]) {
  const c = capture();
  const out = path.join(dir, `out-${path.basename(file)}`);
  const docx = path.join(dir, 'paper.docx');
  fs.rmSync(out, { force: true });
  fs.rmSync(docx, { force: true });
  const code = await main(['node', 'ni-targets', 'report', file, '-o', out, '--docx', docx, ...args], c.io);
  return { code, ...c, wrote: fs.existsSync(out) || fs.existsSync(docx) };
}

it.each([
  [
    ['--year', '2030/31'],
    /^ni-targets: --year 2030\/31: no table has that year; the tables have 2005\/06, .*2010\/11$/,
  ],
  [['--as-of', '2010-02-30'], /^ni-targets: --as-of 2010-02-30: there is no such date$/],
  [['--as-of', '31/02/2010'], /^ni-targets: --as-of 31\/02\/2010: there is no such date$/],
  [['--as-of', '03/31/2010'], /^ni-targets: --as-of 03\/31\/2010: there is no such date$/],
  [['--as-of', 'next week'], /give a date as yyyy-mm-dd or dd\/mm\/yyyy$/],
  [['--tolerance', '500%'], /^ni-targets: --tolerance 500%: give at most 100% of the target/],
  [['--tolerance', '-5%'], /^ni-targets: --tolerance -5%: a tolerance cannot be negative$/],
])('%j is refused with one line, exit 2, nothing written', async (args, message) => {
  const r = await report(plan, ...args);
  expect(r.code).toBe(2);
  expect(r.err).toHaveLength(1);
  expect(r.err[0]).toMatch(message);
  expect(r.wrote).toBe(false);
});

it.each([
  ['validate', ['--json']],
  ['rate', ['-o']],
])(
  '%s refuses a year no table has in the same words, exit 2, nothing written',
  async (command, flag) => {
    const c = capture();
    const written = path.join(dir, `${command}-written`);
    fs.rmSync(written, { force: true });
    const code = await main(
      ['node', 'ni-targets', command, plan, ...flag, written, '--year', '2030/31', '--as-of', '2010-03-31'],
      c.io,
    );
    expect(code).toBe(2);
    expect(c.err).toEqual([
      expect.stringMatching(
        /^ni-targets: --year 2030\/31: no table has that year; the tables have 2005\/06, .*2010\/11$/,
      ),
    ]);
    expect(c.out).toEqual([]);
    expect(fs.existsSync(written)).toBe(false);
  },
  60_000,
);

it.each(['validate', 'rate'])(
  '%s accepts a year the tables have',
  async (command) => {
    const c = capture();
    const out = path.join(dir, `${command}-ok.xlsx`);
    const args = command === 'rate' ? ['-o', out] : [];
    const code = await main(['node', 'ni-targets', command, plan, ...args, '--year', '2009/10'], c.io);
    expect(code).not.toBe(2);
    expect(c.err).toEqual([]);
  },
  60_000,
);

it('reads 31/03/2010 as 31 March 2010, as ISO 2010-03-31 is', async () => {
  const uk = await report(plan, '--as-of', '31/03/2010');
  expect(uk.code).toBe(0);
  expect(uk.out.join('\n')).toContain('as at 2010-03-31.');
  const iso = await report(plan, '--as-of', '2010-03-31');
  expect(iso.out.join('\n')).toContain('as at 2010-03-31.');
}, 60_000);

it('accepts a year the tables have', async () => {
  const r = await report(plan, '--year', '2009/10', '--as-of', '2010-03-31');
  expect(r.code).toBe(0);
  expect(r.wrote).toBe(true);
}, 60_000);

it('says what a table needs when a workbook has none, exits 3 and writes no paper', async () => {
  const r = await report(empty, '--as-of', '2010-03-31');
  expect(r.code).toBe(3);
  expect(r.err).toHaveLength(1);
  expect(r.err[0]).toMatch(
    /^ni-targets: budget\.xlsx: no targets or action-plan table found, so no report was written\./,
  );
  expect(r.err[0]).toContain('2009/10 Actual');
  expect(r.out).toEqual([]);
  expect(r.wrote).toBe(false);
}, 60_000);

it('dates the demo by the sample, says so, and its tasks are not all overdue', async () => {
  const c = capture();
  const out = path.join(dir, 'demo');
  const code = await main(['node', 'ni-targets', 'demo', '--out', out], c.io);
  expect(code).toBe(0);
  expect(c.out).toContain(
    'Report date: 2010-03-31, the end of 2009/10, the latest year with actuals (give --as-of to choose another)',
  );
  const rows = fs
    .readFileSync(path.join(out, 'sample-plan-csv', 'table-b.csv'), 'utf8')
    .split('\n')
    .slice(1);
  const tasks = rows.filter((r) => r.trim() !== '');
  const overdue = tasks.filter((r) => r.includes('Overdue'));
  expect(tasks.length).toBe(73);
  expect(overdue.length).toBeLessThan(tasks.length / 2);
  expect(tasks.some((r) => r.includes('Not yet due'))).toBe(true);
}, 180_000);
