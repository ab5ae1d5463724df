/**
 * npm run bench -- --files [--quick] [--cli compiled|tsx] [--json <file>]
 *                          [--rows 100000] [--commands validate,rate] [--no-batch]
 *
 * What the officer waits for: whole `ni-targets validate`, `rate -o` and `report -o --docx --html`
 * processes on generated workbooks of 10k and 100k indicator rows (report also at 200k), each timed
 * from outside (CPU: user + system, every thread; peak RSS), beside the floor measured in the same run
 * (a Node process that inflates the sheet parts with Node's zlib and scans their XML once, counting <c> elements).
 * Then 100 workbooks of 1k rows validated as one batch on every core, beside the same workbooks one at
 * a time. --quick: 10k rows only, and a batch of 20. --rows, --commands and --no-batch run part of it
 * (on a busy machine a whole pass is half an hour); targets about what did not run say "not run".
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchWorkbook } from './generate';
import { bestOf, timeProcess, HOW, type ProcessTime } from './process-time';
import { cliFor, type Cli } from './cli-build';
import { printTargets, type Target } from './targets';
import { batchBench, describeBatch, type BatchRun } from './batch';

export interface FileRun {
  rows: number;
  floorCpuMs: number;
  validateCpuMs: number | null;
  rateCpuMs: number | null;
  reportCpuMs: number | null;
  validateRssMB: number | null;
  rateRssMB: number | null;
  reportRssMB: number | null;
  // beyond the columns
  floorWorkMs: number;
  validateWallMs: number | null;
  rateWallMs: number | null;
  reportWallMs: number | null;
  /** commands that did not finish (exit code 2 or more), with the end of their stderr */
  problems: string[];
}

type Command = 'validate' | 'rate' | 'report';
const COMMANDS: Command[] = ['validate', 'rate', 'report'];
const AS_OF = '2010-06-30';

interface Size {
  rows: number;
  commands: Command[];
}

/** Which part of the pass to run: all of it unless rows or commands are named. */
export interface FilesSelection {
  rows?: number[];
  commands?: Command[];
}

export function fileSizes(quick: boolean, only: FilesSelection = {}): Size[] {
  const all = [
    { rows: 10_000, commands: COMMANDS },
    { rows: 100_000, commands: COMMANDS },
    { rows: 200_000, commands: ['report' as Command] },
  ];
  const sizes = quick ? all.slice(0, 1) : all;
  return sizes
    .filter((s) => !only.rows || only.rows.includes(s.rows))
    .map((s) => ({ ...s, commands: s.commands.filter((c) => !only.commands || only.commands.includes(c)) }))
    .filter((s) => s.commands.length > 0);
}

/** --rows 100000,10000 --commands validate,rate from the command line (unknown commands refused). */
export function filesSelection(argv: string[]): FilesSelection {
  const value = (name: string): string[] | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? (argv[i + 1] ?? '').split(',').filter(Boolean) : undefined;
  };
  const rows = value('--rows')?.map(Number);
  const commands = value('--commands');
  const unknown = commands?.filter((c) => !(COMMANDS as string[]).includes(c)) ?? [];
  if (unknown.length) throw new Error(`--commands ${unknown.join(',')}: give validate, rate or report`);
  return { rows, commands: commands as Command[] | undefined };
}

function commandArgs(command: Command, file: string, out: string): string[] {
  const common = ['--as-of', AS_OF];
  if (command === 'validate') return ['validate', file, ...common];
  if (command === 'rate') return ['rate', file, '-o', join(out, 'rated.xlsx'), ...common];
  const exports = ['--docx', join(out, 'paper.docx'), '--html', join(out, 'paper.html')];
  return ['report', file, '-o', join(out, 'report.xlsx'), ...exports, ...common];
}

const round = (n: number): number => Math.round(n);
const round1 = (n: number): number => Math.round(n * 10) / 10;

function emptyRun(rows: number, floor: ProcessTime): FileRun {
  const floorWorkMs = (JSON.parse(floor.stdoutTail.trim().split('\n').pop() ?? '{}') as { workMs?: number })
    .workMs;
  return {
    rows,
    floorCpuMs: round(floor.cpuMs),
    validateCpuMs: null,
    rateCpuMs: null,
    reportCpuMs: null,
    validateRssMB: null,
    rateRssMB: null,
    reportRssMB: null,
    floorWorkMs: round(floorWorkMs ?? NaN),
    validateWallMs: null,
    rateWallMs: null,
    reportWallMs: null,
    problems: [],
  };
}

/** The line of a failed run's stderr that says why (V8's "heap out of memory", the CLI's own line). */
function why(stderr: string): string {
  const lines = stderr.trim().split('\n');
  return (
    lines.find((l) => /FATAL ERROR|out of memory|^ni-targets:/.test(l))?.trim() ?? lines.slice(-2).join(' | ')
  );
}

/** One size: the floor, then each command's process, best of 3 at 10k rows, once above. */
export async function measureSize(
  cli: Cli,
  size: Size,
  repeats = size.rows <= 10_000 ? 3 : 1,
  cache?: string,
): Promise<FileRun> {
  const wb = await benchWorkbook({ sheets: 1, rows: size.rows }, cache);
  const floor = await bestOf(repeats, () =>
    timeProcess(process.execPath, [join(__dirname, 'floor.cjs'), wb.file]),
  );
  const run = emptyRun(size.rows, floor);
  const out = mkdtempSync(join(tmpdir(), 'ni-bench-files-'));
  try {
    for (const command of size.commands) {
      const t = await bestOf(repeats, () =>
        timeProcess(cli.cmd, [...cli.args, ...commandArgs(command, wb.file, out)]),
      );
      const figures = `${round(t.cpuMs)} ms CPU, ${round(t.wallMs)} ms wall, ${round1(t.rssMB)} MB`;
      if (t.exitCode > 1) {
        run.problems.push(`${command} exit ${t.exitCode} after ${figures}: ${why(t.stderrTail)}`);
        console.log(`  ${size.rows} rows, ${command}: FAILED (exit ${t.exitCode}) after ${figures}`);
        continue;
      }
      run[`${command}CpuMs`] = round(t.cpuMs);
      run[`${command}RssMB`] = round1(t.rssMB);
      run[`${command}WallMs`] = round(t.wallMs);
      console.log(`  ${size.rows} rows, ${command}: ${figures}`);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  return run;
}

const LIMITS: Record<Command, number> = { validate: 4, rate: 6, report: 8 };
const GB = 1024;

const failed = (r: FileRun, c: Command): boolean => r.problems.some((p) => p.startsWith(`${c} `));

const ratio = (r: FileRun, c: Command): number | null => {
  const cpu = r[`${c}CpuMs`];
  return cpu === null ? null : cpu / r.floorCpuMs;
};

export const FILE_TARGETS: Target<FileRun>[] = [
  ...COMMANDS.map((c): Target<FileRun> => ({
    name: `${c} CPU <= ${LIMITS[c]}x the floor at 100k rows`,
    applies: (r) => r.rows === 100_000,
    met: (r) => {
      if (failed(r, c)) return false;
      const x = ratio(r, c);
      return x === null ? null : x <= LIMITS[c];
    },
  })),
  {
    // the memory target is about the big workbooks: a 10k-row pass says "not run", never "met"
    name: 'peak RSS of each command <= 1 GB at 100k rows and above',
    applies: (r) => r.rows >= 100_000,
    met: (r) => {
      const rss = COMMANDS.map((c) => r[`${c}RssMB`]).filter((v): v is number => v !== null);
      if (COMMANDS.some((c) => failed(r, c))) return false;
      return rss.length === 0 ? null : Math.max(...rss) <= GB;
    },
  },
  {
    name: 'report at 200k rows under 30 s (wall)',
    applies: (r) => r.rows === 200_000,
    met: (r) => (failed(r, 'report') ? false : r.reportWallMs === null ? null : r.reportWallMs < 30_000),
  },
  { name: 'every command finished (exit 0 or 1)', met: (r) => r.problems.length === 0 },
];

const fmt = (n: number | null, d = 0): string => (n === null ? '-' : n.toFixed(d));
const x = (r: FileRun, c: Command): string => {
  const v = ratio(r, c);
  return v === null ? '-' : `${v.toFixed(1)}x/${LIMITS[c]}`;
};

export function filesTable(runs: readonly FileRun[]): string[] {
  const head = ['rows', 'floorCpuMs', 'validateCpuMs', 'x', 'rateCpuMs', 'x', 'reportCpuMs', 'x'];
  head.push('validateRssMB', 'rateRssMB', 'reportRssMB', 'reportWallMs', 'floorWorkMs');
  const rows = runs.map((r) => [
    String(r.rows),
    fmt(r.floorCpuMs),
    fmt(r.validateCpuMs),
    x(r, 'validate'),
    fmt(r.rateCpuMs),
    x(r, 'rate'),
    fmt(r.reportCpuMs),
    x(r, 'report'),
    fmt(r.validateRssMB, 1),
    fmt(r.rateRssMB, 1),
    fmt(r.reportRssMB, 1),
    fmt(r.reportWallMs),
    fmt(r.floorWorkMs),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padStart(widths[i])).join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}

export interface FilesResult {
  cli: string;
  timing: string;
  files: FileRun[];
  /** null when the pass was run with --no-batch */
  batch: BatchRun | null;
}

/** Runs the file bench, prints its table, targets and batch; returns what --json writes. */
export async function filesBench(opts: {
  quick: boolean;
  cli: 'compiled' | 'tsx';
  only?: FilesSelection;
  batch?: boolean;
}): Promise<{ result: FilesResult; missed: number }> {
  const cli = cliFor(opts.cli);
  console.log(`CLI: ${cli.how}`);
  console.log(
    `Timing: ${HOW}; floor: node bench/floor.cjs (Node's zlib inflating the sheet parts + one scan for <c>)`,
  );
  const files: FileRun[] = [];
  for (const size of fileSizes(opts.quick, opts.only)) files.push(await measureSize(cli, size));
  const batch = opts.batch === false ? null : await batchBench(cli, opts.quick ? 20 : 100);
  console.log('');
  for (const l of filesTable(files)) console.log(l);
  console.log('  (x: CPU over the floor / the target; RSS is the whole process, worker threads included)');
  for (const r of files) for (const p of r.problems) console.log(`  ${r.rows} rows: ${p}`);
  console.log('');
  for (const l of batch ? describeBatch(batch) : ['Batch: not run (--no-batch)']) console.log(l);
  console.log('');
  let missed = printTargets(FILE_TARGETS, files, (r) => `${r.rows} rows`);
  if (batch && batch.listed !== batch.workbooks) missed++;
  return { result: { cli: cli.how, timing: HOW, files, batch }, missed };
}
