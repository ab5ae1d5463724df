/**
 * The file bench (npm run bench -- --files) on small workbooks: it runs the CLI's whole processes and
 * the floor, fills every column it prints, lists every workbook of the batch, and never calls a target
 * met that its pass did not measure (--quick never runs 100k rows). Timings are the bench's business.
 */
import { join } from 'node:path';
import {
  measureSize,
  FILE_TARGETS,
  filesTable,
  fileSizes,
  filesSelection,
  type FileRun,
} from '../../bench/files';
import { batchBench, describeBatch, type BatchRun } from '../../bench/batch';
import { cliFor } from '../../bench/cli-build';
import { printTargets } from '../../bench/targets';
import { TARGETS, type BenchRun } from '../../bench/run';
import { timeProcess } from '../../bench/process-time';
import { benchWorkbook } from '../../bench/generate';
import { tempDir } from '../support/temp-dir';

const cache = tempDir('ni-bench-files-');
// the bench's own progress lines
beforeAll(() => jest.spyOn(console, 'log').mockImplementation(() => undefined));
afterAll(() => jest.restoreAllMocks());
// the bench's own way of running the CLI in a checkout (the compiled build takes a minute to make)
const cli = cliFor('tsx');

function targetLines<R>(targets: Parameters<typeof printTargets<R>>[0], runs: R[]): string[] {
  const lines: string[] = [];
  printTargets(
    targets,
    runs,
    () => 'a run',
    (l) => lines.push(l),
  );
  return lines;
}

describe('running part of the pass', () => {
  it('runs only the rows and commands named, and refuses a command it does not know', () => {
    const only = filesSelection(['--files', '--rows', '100000,200000', '--commands', 'validate,rate']);
    expect(fileSizes(false, only)).toEqual([{ rows: 100_000, commands: ['validate', 'rate'] }]);
    expect(fileSizes(true, only)).toEqual([]);
    expect(fileSizes(false, {}).map((s) => s.rows)).toEqual([10_000, 100_000, 200_000]);
    expect(() => filesSelection(['--commands', 'valdate'])).toThrow('--commands valdate');
  });
});

describe('the targets', () => {
  it('says the 100k engine target was not run, rather than met', () => {
    const run = { sheets: 1, rows: 10_000, engineMs: 400 } as BenchRun;
    expect(targetLines(TARGETS, [run])).toContain(
      '100k rows analysed in < 5 s: not run (no run of that size in this pass)',
    );
  });

  it('says the file targets at 100k and 200k rows were not run', () => {
    const run: FileRun = {
      rows: 10_000,
      floorCpuMs: 100,
      validateCpuMs: 300,
      rateCpuMs: 400,
      reportCpuMs: 500,
      validateRssMB: 100,
      rateRssMB: 100,
      reportRssMB: 100,
      floorWorkMs: 50,
      validateWallMs: 300,
      rateWallMs: 400,
      reportWallMs: 500,
      problems: [],
    };
    const lines = targetLines(FILE_TARGETS, [run]);
    expect(lines.filter((l) => /100k|200k/.test(l)).every((l) => /not run/.test(l))).toBe(true);
    expect(lines).toContain(
      'peak RSS of each command <= 1 GB at 100k rows and above: not run (no run of that size in this pass)',
    );
  });

  it('counts a command that died (out of memory) as a missed target, not n/a', () => {
    const run = {
      rows: 100_000,
      floorCpuMs: 800,
      validateCpuMs: 3000,
      validateRssMB: 500,
      reportCpuMs: null,
      reportRssMB: null,
      reportWallMs: null,
      problems: ['report exit 134 after 90000 ms CPU: FATAL ERROR: JavaScript heap out of memory'],
    } as FileRun;
    const lines = targetLines(FILE_TARGETS, [run]);
    expect(lines).toContain('report CPU <= 8x the floor at 100k rows: MISSED at a run');
    expect(lines).toContain('peak RSS of each command <= 1 GB at 100k rows and above: MISSED at a run');
    expect(lines).toContain('validate CPU <= 4x the floor at 100k rows: met');
  });
});

describe('whole processes on 1,000 rows', () => {
  let run: FileRun;
  beforeAll(async () => {
    run = await measureSize(cli, { rows: 1000, commands: ['validate', 'rate', 'report'] }, 1, cache);
  }, 180_000);

  it('runs each command to the end and fills its CPU and memory columns', () => {
    expect(run.problems).toEqual([]);
    for (const v of [run.validateCpuMs, run.rateCpuMs, run.reportCpuMs, run.validateRssMB, run.reportRssMB]) {
      expect(v).toBeGreaterThan(0);
    }
    expect(run.floorCpuMs).toBeGreaterThan(0);
    expect(run.floorWorkMs).toBeGreaterThanOrEqual(0);
  });

  it('prints the row with each ratio against its target', () => {
    const [head, , row] = filesTable([run]);
    expect(head).toMatch(/rows +floorCpuMs +validateCpuMs +x +rateCpuMs/);
    expect(row).toMatch(/^ *1000 .*x\/4 .*x\/6 .*x\/8 /);
  });

  it('the floor reads every cell of the sheet', async () => {
    const wb = await benchWorkbook({ sheets: 1, rows: 1000 }, cache);
    const t = await timeProcess(process.execPath, [
      join(__dirname, '..', '..', 'bench', 'floor.cjs'),
      wb.file,
    ]);
    expect(JSON.parse(t.stdoutTail).cells).toBeGreaterThan(5000);
  }, 30_000);
});

describe('the batch', () => {
  let b: BatchRun;
  beforeAll(async () => {
    b = await batchBench(cli, 3, cache);
  }, 180_000);

  it('lists every workbook in the summary and prints the batch beside one at a time', () => {
    expect(b.listed).toBe(3);
    expect(b.exitCode).toBeLessThan(2);
    const lines = describeBatch(b);
    expect(lines[0]).toBe('Batch: 3 workbooks of 1000 rows, validate <folder> --summary summary.csv');
    expect(lines.join('\n')).toMatch(/one at a time, a process each: .* wall/);
    expect(lines[lines.length - 1]).toMatch(/^ {2}summary lists 3 of 3 workbooks/);
  });
});
