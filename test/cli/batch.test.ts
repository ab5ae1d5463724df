/**
 * `ni-targets validate|rate|report <folder or glob>` as an officer runs it on a folder of plans: every
 * workbook is run (on worker threads), a workbook that cannot be read gets its one line in the summary
 * while the others are done, the summary lists each, and the exit code is the worst workbook's.
 */
import * as fs from 'fs';
import * as path from 'path';
import { execFile } from 'node:child_process';
import { main } from '../../src/cli/main';
import { fixtureWorkbook } from '../fixtures/build-fixtures';
import { toXlsx } from '../fixtures/spec';
import { tempDir } from '../support/temp-dir';

const ROOT = path.join(__dirname, '..', '..');
const SAMPLE = path.join(ROOT, 'samples', 'sample-plan.xlsx');
const WORKERS = 60_000;

interface Run {
  code: number;
  out: string[];
  err: string[];
  progress: (string | null)[];
}

async function cli(...args: string[]): Promise<Run> {
  const r: Run = { code: -1, out: [], err: [], progress: [] };
  r.code = await main(['node', 'ni-targets', ...args, '--as-of', '2010-06-30'], {
    out: (l) => r.out.push(l),
    err: (l) => r.err.push(l),
    progress: (l) => r.progress.push(l),
  });
  return r;
}

/** The summary CSV as rows of named fields (no field here holds a comma but the quoted problem). */
function readCsv(file: string): Record<string, string>[] {
  const [head, ...rows] = fs.readFileSync(file, 'utf8').trim().split(/\r\n/);
  const names = head.split(',');
  return rows.map((line) => {
    const cells = line.match(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, ''));
    return Object.fromEntries(names.map((n, i) => [n, (cells[i] ?? '').replace(/^"|"$/g, '')]));
  });
}

let plans: string;
let clean: string;

beforeAll(async () => {
  plans = tempDir('ni-batch-');
  fs.mkdirSync(path.join(plans, 'area'));
  fs.copyFileSync(SAMPLE, path.join(plans, 'county.xlsx'));
  fs.writeFileSync(
    path.join(plans, 'area', 'bromley.xlsx'),
    await toXlsx(fixtureWorkbook('bromley-table-a')),
  );
  // the first half of a real workbook: its zip directory is missing
  fs.writeFileSync(path.join(plans, 'broken.xlsx'), fs.readFileSync(SAMPLE).subarray(0, 3000));
  // never workbooks: Excel's lock file, a hidden copy, notes
  fs.copyFileSync(SAMPLE, path.join(plans, '~$county.xlsx'));
  fs.copyFileSync(SAMPLE, path.join(plans, '.county.xlsx'));
  fs.writeFileSync(path.join(plans, 'notes.txt'), 'not a workbook');

  clean = tempDir('ni-batch-clean-');
  fs.writeFileSync(path.join(clean, 'bromley.xlsx'), await toXlsx(fixtureWorkbook('bromley-table-a')));
  fs.writeFileSync(path.join(clean, 'finance.xlsx'), await toXlsx(fixtureWorkbook('finance')));
});

describe('validate on a folder', () => {
  let r: Run;
  let summary: string;
  beforeAll(async () => {
    summary = path.join(tempDir('ni-batch-summary-'), 'summary.csv');
    r = await cli('validate', plans, '--summary', summary);
  }, WORKERS);

  it('lists every workbook in the summary, the broken one with its reason, the others with counts', () => {
    const rows = readCsv(summary);
    expect(rows.map((x) => path.relative(plans, x.file))).toEqual([
      path.join('area', 'bromley.xlsx'),
      'broken.xlsx',
      'county.xlsx',
    ]);
    const [bromley, broken, county] = rows;
    expect(broken).toMatchObject({ 'exit code': '2', tables: '', indicators: '' });
    expect(broken.problem).toMatch(/broken\.xlsx is damaged and cannot be read/);
    expect(bromley).toMatchObject({
      'exit code': '0',
      tables: '1',
      indicators: '37',
      errors: '0',
      problem: '',
    });
    expect(county).toMatchObject({ 'exit code': '1', tables: '4', indicators: '133', problem: '' });
    expect(Number(county.errors)).toBeGreaterThan(0);
    // RAG counts add up to the indicators
    for (const x of [bromley, county]) {
      const rag = Number(x.Green) + Number(x.Amber) + Number(x.Red) + Number(x['Not rated']);
      expect(rag).toBe(Number(x.indicators));
    }
  });

  it('prints one line per workbook in order, then the total, and exits with the worst code', () => {
    expect(r.code).toBe(2);
    expect(r.err).toEqual([]);
    expect(r.out).toHaveLength(5);
    expect(r.out[0]).toMatch(/bromley\.xlsx: 1 table, 37 indicators, 0 errors, \d+ warnings; \d+ Green/);
    expect(r.out[1]).toMatch(/broken\.xlsx: broken\.xlsx is damaged/);
    expect(r.out[2]).toMatch(/county\.xlsx: 4 tables, 133 indicators, [1-9]\d* errors/);
    expect(r.out[3]).toMatch(/^3 workbooks: 2 done, 1 could not be used; /);
    expect(r.out[4]).toBe(`Summary written to ${summary}`);
  });

  it('shows progress, file n of N, where the terminal has a status line', () => {
    const shown = r.progress.filter((p): p is string => p !== null);
    expect(shown).toHaveLength(3);
    expect(shown[2]).toMatch(/^file 3 of 3 done/);
    expect(r.progress[r.progress.length - 1]).toBeNull();
  });
});

describe('exit codes and forms of the argument', () => {
  it(
    'exits 0 when no workbook has errors, and writes the summary as JSON',
    async () => {
      const summary = path.join(tempDir('ni-batch-json-'), 'summary.json');
      const r = await cli('validate', clean, '--summary', summary);
      expect(r.code).toBe(0);
      const json = JSON.parse(fs.readFileSync(summary, 'utf8'));
      expect(json.exitCode).toBe(0);
      expect(json.files.map((f: { file: string }) => path.basename(f.file))).toEqual([
        'bromley.xlsx',
        'finance.xlsx',
      ]);
      expect(json.files[1]).toMatchObject({ tables: 0, indicators: 0, errors: 0, problem: null });
    },
    WORKERS,
  );

  it(
    'takes a glob, with ** for subfolders, and several names',
    async () => {
      const top = await cli('validate', path.join(plans, '*.xlsx'));
      expect(top.out.slice(0, -1).map((l) => path.basename(l.split(':')[0]))).toEqual([
        'broken.xlsx',
        'county.xlsx',
      ]);
      const deep = await cli('validate', path.join(plans, '**', 'b*.xlsx'));
      expect(deep.out.slice(0, -1).map((l) => path.relative(plans, l.split(':')[0]))).toEqual([
        path.join('area', 'bromley.xlsx'),
        'broken.xlsx',
      ]);
      const named = await cli('validate', path.join(clean, 'finance.xlsx'), path.join(plans, 'nowhere.xlsx'));
      expect(named.code).toBe(2);
      expect(named.out[1]).toMatch(/nowhere\.xlsx: .*not found/);
      expect(named.out[2]).toMatch(/^2 workbooks: 1 done, 1 could not be used/);
    },
    3 * WORKERS,
  );

  it('answers a folder or glob with no workbooks in one line, exit 2', async () => {
    const empty = tempDir('ni-batch-empty-');
    const r = await cli('validate', empty);
    expect(r.code).toBe(2);
    expect(r.err).toEqual([expect.stringMatching(/no workbooks \(\.xlsx, \.xlsm\) found in /)]);
    const g = await cli('validate', path.join(empty, '*.xlsx'));
    expect(g.err).toEqual([expect.stringMatching(/no workbooks/)]);
  });
});

describe('rate and report on a folder', () => {
  it(
    'rate writes each workbook to --out-dir under its own name, leaving the originals alone',
    async () => {
      const out = path.join(tempDir('ni-batch-rate-'), 'rated');
      const before = fs.readFileSync(path.join(plans, 'county.xlsx'));
      const summary = path.join(path.dirname(out), 'summary.json');
      const r = await cli('rate', plans, '--out-dir', out, '--summary', summary);
      expect(r.code).toBe(2);
      const json = JSON.parse(fs.readFileSync(summary, 'utf8'));
      const byName = Object.fromEntries(
        json.files.map((f: { file: string }) => [path.relative(plans, f.file), f]),
      );
      expect(byName['county.xlsx']).toMatchObject({ exitCode: 0, output: path.join(out, 'county.xlsx') });
      expect(byName[path.join('area', 'bromley.xlsx')].output).toBe(path.join(out, 'area', 'bromley.xlsx'));
      expect(byName['broken.xlsx']).toMatchObject({ exitCode: 2, output: null });
      expect(fs.readdirSync(out).sort()).toEqual(['area', 'county.xlsx']);
      expect(fs.readFileSync(path.join(plans, 'county.xlsx')).equals(before)).toBe(true);
      // the rated copy is a workbook validate reads
      const again = await cli('validate', path.join(out, 'county.xlsx'));
      expect(again.out.join('\n')).toMatch(/Tables found: 4/);
    },
    2 * WORKERS,
  );

  it(
    'report writes the board papers beside each copy, and a second run does not read its own output',
    async () => {
      const folder = tempDir('ni-batch-report-');
      fs.copyFileSync(path.join(clean, 'bromley.xlsx'), path.join(folder, 'bromley.xlsx'));
      const out = path.join(folder, 'out');
      const first = await cli('report', folder, '--out-dir', out, '--docx', '--html');
      expect(first.code).toBe(0);
      expect(fs.readdirSync(out).sort()).toEqual([
        'bromley-board-paper.docx',
        'bromley-board-paper.html',
        'bromley.xlsx',
      ]);
      expect(fs.readFileSync(path.join(out, 'bromley-board-paper.html'), 'utf8')).toMatch(/<table/);
      const second = await cli('report', folder, '--out-dir', out);
      expect(second.out[second.out.length - 1]).toMatch(/^1 workbook: 1 done/);
    },
    2 * WORKERS,
  );

  it.each([
    [['rate', '{plans}'], /rate on several workbooks needs --out-dir/],
    [['rate', '{plans}', '-o', 'x.xlsx'], /-o x\.xlsx names one workbook: with several, give --out-dir/],
    [['report', '{plans}', '--out-dir', '{out}', '--docx', 'paper.docx'], /--docx paper\.docx: with several/],
    [['validate', '{plans}', '--json'], /--json with several workbooks needs --out-dir/],
    [['validate', '{plans}', '--summary', 'summary.txt'], /--summary summary\.txt: give a \.csv or \.json/],
    [['validate', '{plans}', '--jobs', '0'], /--jobs 0: give a number/],
    [['rate', '{plans}', '--out-dir', '{plans}'], /holds the workbooks being read: choose another folder/],
  ])('refuses %j before reading anything: one line, exit 2', async (args, says) => {
    const out = tempDir('ni-batch-refuse-');
    const r = await cli(...args.map((a) => a.replace('{plans}', plans).replace('{out}', out)));
    expect(r.code).toBe(2);
    expect(r.err).toEqual([expect.stringMatching(says)]);
    expect(r.out).toEqual([]);
    expect(fs.readdirSync(out)).toEqual([]);
  });
});

describe('one workbook', () => {
  it('still needs -o for rate, and a file name for an export', async () => {
    const rate = await cli('rate', SAMPLE);
    expect(rate.code).toBe(2);
    expect(rate.err).toEqual([expect.stringMatching(/required option '-o, --output <file>' not specified/)]);
    const docx = await cli('report', SAMPLE, '-o', path.join(tempDir('ni-one-'), 'x.xlsx'), '--docx');
    expect(docx.code).toBe(2);
    expect(docx.err).toEqual(['ni-targets: --docx needs a file name']);
  });

  it('named with brackets and missing, is a workbook not found (not a pattern that matched nothing)', async () => {
    const r = await cli('validate', path.join(clean, 'Plan (final).xlsx'));
    expect(r.code).toBe(2);
    expect(r.err).toEqual([expect.stringMatching(/Plan \(final\)\.xlsx was not found/)]);
  });

  it(
    'with --summary is a batch of one',
    async () => {
      const summary = path.join(tempDir('ni-one-summary-'), 's.csv');
      const r = await cli('validate', path.join(clean, 'bromley.xlsx'), '--summary', summary);
      expect(r.code).toBe(0);
      expect(readCsv(summary).map((x) => path.basename(x.file))).toEqual(['bromley.xlsx']);
    },
    WORKERS,
  );
});

describe('ni-targets as a process', () => {
  it(
    'prints no progress into a pipe: stderr stays empty, stdout has the lines',
    async () => {
      const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>(
        (resolve) => {
          execFile(
            process.execPath,
            ['--import', 'tsx', path.join(ROOT, 'src', 'cli', 'main.ts'), 'validate', clean],
            { cwd: ROOT },
            (e, stdout, stderr) => resolve({ code: e ? Number(e.code) : 0, stdout, stderr }),
          );
        },
      );
      expect(stderr).toBe('');
      expect(code).toBe(0);
      expect(stdout.trim().split('\n')).toEqual([
        expect.stringMatching(/bromley\.xlsx: 1 table, 37 indicators/),
        expect.stringMatching(/finance\.xlsx: 0 tables/),
        expect.stringMatching(/^2 workbooks: 2 done; /),
      ]);
    },
    WORKERS,
  );
});
