/**
 * Many workbooks at once: N generated workbooks of 1k rows validated as one batch (`ni-targets validate
 * <folder> --summary summary.csv`, a worker thread per core), beside the same workbooks one at a time: in
 * one process (--jobs 1) and, as an officer would without the batch, one `ni-targets validate` process
 * after another. The summary must list every workbook.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { benchWorkbook, CACHE_DIR } from './generate';
import { timeProcess, type ProcessTime } from './process-time';
import type { Cli } from './cli-build';

export interface BatchRun {
  workbooks: number;
  rows: number;
  /** worker threads the batch ran on (one per core) */
  jobs: number;
  batchWallMs: number;
  batchCpuMs: number;
  batchRssMB: number;
  /** the same batch with --jobs 1 */
  oneJobWallMs: number;
  oneJobCpuMs: number;
  /** one `ni-targets validate <file>` process after another */
  processesWallMs: number;
  processesCpuMs: number;
  /** workbooks the summary lists, of `workbooks` */
  listed: number;
  exitCode: number;
}

const ROWS = 1_000;

/** N copies of the generated 1k-row workbook, each under its own name, made once. */
export async function batchFolder(n: number, cache = CACHE_DIR): Promise<string> {
  const wb = await benchWorkbook({ sheets: 1, rows: ROWS }, cache);
  // named after the generated workbook, so a new generator version makes new copies
  const dir = join(cache, `batch-${n}-${basename(wb.file, '.xlsx')}`);
  mkdirSync(dir, { recursive: true });
  for (let i = 1; i <= n; i++) {
    const file = join(dir, `plan-${String(i).padStart(3, '0')}.xlsx`);
    if (!existsSync(file)) copyFileSync(wb.file, file);
  }
  return dir;
}

/** Workbooks the summary CSV lists that are in the folder, each once. */
export function listedInSummary(summary: string, folder: string): number {
  const inFolder = new Set(readdirSync(folder));
  const lines = readFileSync(summary, 'utf8').trim().split(/\r?\n/).slice(1);
  const names = new Set(lines.map((l) => basename(l.split(',')[0])));
  return [...names].filter((n) => inFolder.has(n)).length;
}

async function oneAtATime(cli: Cli, folder: string): Promise<{ wallMs: number; cpuMs: number }> {
  let wallMs = 0;
  let cpuMs = 0;
  for (const f of readdirSync(folder).sort()) {
    const t = await timeProcess(cli.cmd, [...cli.args, 'validate', join(folder, f)]);
    wallMs += t.wallMs;
    cpuMs += t.cpuMs;
  }
  return { wallMs, cpuMs };
}

export async function batchBench(cli: Cli, n: number, cache = CACHE_DIR): Promise<BatchRun> {
  const folder = await batchFolder(n, cache);
  const out = mkdtempSync(join(tmpdir(), 'ni-bench-batch-'));
  const summary = join(out, 'summary.csv');
  try {
    const batch = (...extra: string[]): Promise<ProcessTime> =>
      timeProcess(cli.cmd, [...cli.args, 'validate', folder, '--summary', summary, ...extra]);
    const all = await batch();
    const listed = existsSync(summary) ? listedInSummary(summary, folder) : 0;
    console.log(`  batch of ${n}: ${Math.round(all.wallMs)} ms wall on ${availableParallelism()} cores`);
    const one = await batch('--jobs', '1');
    console.log(`  batch of ${n} with --jobs 1: ${Math.round(one.wallMs)} ms wall`);
    const each = await oneAtATime(cli, folder);
    console.log(`  ${n} processes one after another: ${Math.round(each.wallMs)} ms wall`);
    return {
      workbooks: n,
      rows: ROWS,
      jobs: availableParallelism(),
      batchWallMs: Math.round(all.wallMs),
      batchCpuMs: Math.round(all.cpuMs),
      batchRssMB: Math.round(all.rssMB * 10) / 10,
      oneJobWallMs: Math.round(one.wallMs),
      oneJobCpuMs: Math.round(one.cpuMs),
      processesWallMs: Math.round(each.wallMs),
      processesCpuMs: Math.round(each.cpuMs),
      listed,
      exitCode: all.exitCode,
    };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

export function describeBatch(b: BatchRun): string[] {
  const s = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
  return [
    `Batch: ${b.workbooks} workbooks of ${b.rows} rows, validate <folder> --summary summary.csv`,
    `  on ${b.jobs} cores (worker threads): ${s(b.batchWallMs)} wall, ${s(b.batchCpuMs)} CPU, ${b.batchRssMB} MB peak`,
    `  one at a time, one process (--jobs 1): ${s(b.oneJobWallMs)} wall, ${s(b.oneJobCpuMs)} CPU (${(b.oneJobWallMs / b.batchWallMs).toFixed(2)}x the batch)`,
    `  one at a time, a process each: ${s(b.processesWallMs)} wall, ${s(b.processesCpuMs)} CPU (${(b.processesWallMs / b.batchWallMs).toFixed(2)}x the batch)`,
    `  summary lists ${b.listed} of ${b.workbooks} workbooks; exit code ${b.exitCode}`,
  ];
}
