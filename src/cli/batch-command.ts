/**
 * validate, rate and report on many workbooks at once (a folder, a glob, several names): every workbook
 * on its own worker thread, as many at a time as the machine has cores (--jobs to use fewer), each run by
 * the same command code as a single workbook. One workbook that cannot be used never stops the others:
 * it gets its one-line reason. Prints a line per workbook in the order given, a total, writes the
 * --summary file, and exits with the worst workbook's code (2 > 1 > 0).
 */
import * as path from 'path';
import { commonFolder, inside, listWorkbooks } from './batch-inputs';
import { unusable, type BatchCommand, type FileJob, type FileResult } from './batch-file';
import { checkBatchOptions, destination, fileOptions, poolSize, type BatchOptions } from './batch-options';
import { runPool } from './batch-pool';
import { describeResult, describeTotals, worstExitCode, writeSummary } from './batch-summary';
import { startWorker } from './batch-thread';
import { UsageProblem } from './failure';
import { readDefinitionsOption } from './options';
import type { Io } from './io';

/** The workbooks to run; --out-dir's own files are left out when it sits inside the folder read. */
function workbooksFor(args: readonly string[], outDir: string | undefined): string[] {
  const files = listWorkbooks(args);
  if (!outDir || !inside(outDir, commonFolder(files))) return files;
  return listWorkbooks(args, outDir);
}

function jobsFor(command: BatchCommand, files: string[], opts: BatchOptions): FileJob[] {
  const root = commonFolder(files);
  return files.map((file) => {
    const dest = destination(file, root, opts);
    if (command !== 'validate' && !opts.inPlace && path.resolve(dest) === path.resolve(file)) {
      throw new UsageProblem(
        `--out-dir ${opts.outDir} holds the workbooks being read: choose another folder, or add ` +
          '--in-place to replace them',
      );
    }
    return { command, file, opts: fileOptions(command, dest, opts) };
  });
}

/** Prints each workbook's line as soon as it and every workbook before it are done. */
function inOrder(count: number, print: (r: FileResult) => void) {
  const waiting: (FileResult | undefined)[] = new Array<FileResult | undefined>(count);
  let next = 0;
  return (index: number, r: FileResult): void => {
    waiting[index] = r;
    while (next < count && waiting[next]) print(waiting[next++]!);
  };
}

/** "file 12 of 100 done" on a terminal's stderr; nothing in a pipe, or when --json output is asked for. */
function progressOf(io: Io, total: number, quiet: boolean) {
  const show = quiet ? undefined : io.progress;
  let done = 0;
  return {
    out(line: string): void {
      show?.(null);
      io.out(line);
    },
    step(file: string): void {
      show?.(`file ${++done} of ${total} done (${path.basename(file)})`);
    },
    end: (): void => show?.(null),
  };
}

export async function runBatch(
  command: BatchCommand,
  args: readonly string[],
  opts: BatchOptions,
  io: Io,
): Promise<number> {
  checkBatchOptions(command, opts);
  // a bad definitions file is one line for the batch, not one per workbook
  if (opts.definitions) await readDefinitionsOption(opts.definitions);
  const jobs = jobsFor(command, workbooksFor(args, opts.outDir), opts);
  const progress = progressOf(io, jobs.length, Boolean(opts.json));
  const print = inOrder(jobs.length, (r) => progress.out(describeResult(r)));
  const results = await runPool<FileJob, FileResult>({
    jobs,
    size: poolSize(opts.jobs),
    start: startWorker,
    crashed: (job, reason) => unusable(job.file, `the run stopped on this workbook: ${reason}`),
    done: (index, r) => {
      print(index, r);
      progress.step(r.file);
    },
  });
  progress.end();
  io.out(describeTotals(results));
  if (opts.summary) {
    writeSummary(opts.summary, command, results);
    io.out(`Summary written to ${opts.summary}`);
  }
  return worstExitCode(results);
}
