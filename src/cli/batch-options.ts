/**
 * A batch's options, checked once before any workbook is read (a typo costs one line, not one per
 * workbook), and turned into each workbook's own options: where its copy and its exports go.
 */
import * as os from 'os';
import * as path from 'path';
import { OptionProblem, parseSettingsOptions, type SettingsOptions } from './options';
import { checkFileOutput } from './output-path';
import { ensureFolder } from './workbook-session';
import { UsageProblem } from './failure';
import type { BatchCommand, FileOptions } from './batch-file';
import { summaryFormat } from './batch-summary';

/** What commander hands over: the export options' file names are optional, since a batch names them. */
export interface BatchOptions extends SettingsOptions {
  output?: string;
  inPlace?: boolean;
  json?: string | boolean;
  docx?: string | boolean;
  html?: string | boolean;
  csv?: string | boolean;
  outDir?: string;
  summary?: string;
  jobs?: string;
}

/** Each export a batch writes beside the workbook's copy, named as `demo` names them. */
const EXPORTS = {
  json: '-analysis.json',
  docx: '-board-paper.docx',
  html: '-board-paper.html',
  csv: '-csv',
} as const;

type ExportName = keyof typeof EXPORTS;
const EXPORT_NAMES = Object.keys(EXPORTS) as ExportName[];

/** A single run's export options must name their file; the batch's must not. */
export function requireFileNames<O extends BatchOptions>(opts: O): O {
  for (const name of EXPORT_NAMES) {
    if (opts[name] === true) throw new OptionProblem(`--${name} needs a file name`);
  }
  return opts;
}

function checkExports(command: BatchCommand, opts: BatchOptions): void {
  for (const name of EXPORT_NAMES) {
    const v = opts[name];
    if (typeof v === 'string') {
      throw new OptionProblem(
        `--${name} ${v}: with several workbooks give --${name} alone; each workbook's goes to ` +
          `--out-dir as <name>${EXPORTS[name]}`,
      );
    }
    if (v && !opts.outDir && !opts.inPlace) {
      throw new UsageProblem(`--${name} with several workbooks needs --out-dir <folder>`);
    }
  }
  if (command !== 'validate' && !opts.outDir && !opts.inPlace) {
    throw new UsageProblem(
      `${command} on several workbooks needs --out-dir <folder> for the copies it writes ` +
        '(each keeps its name), or --in-place to replace each workbook',
    );
  }
}

export function poolSize(jobs: string | undefined): number {
  if (jobs === undefined) return os.availableParallelism();
  const n = Number(jobs);
  if (!Number.isInteger(n) || n < 1)
    throw new OptionProblem(`--jobs ${jobs}: give a number of workbooks at once, 1 or more`);
  return n;
}

/** Every check a batch makes before it starts; throws the one line to show. */
export function checkBatchOptions(command: BatchCommand, opts: BatchOptions): void {
  parseSettingsOptions(opts);
  poolSize(opts.jobs);
  if (opts.output) {
    throw new UsageProblem(
      `-o ${opts.output} names one workbook: with several, give --out-dir <folder> (each keeps its name)`,
    );
  }
  checkExports(command, opts);
  if (opts.summary) {
    if (!summaryFormat(opts.summary)) {
      throw new OptionProblem(`--summary ${opts.summary}: give a .csv or .json file name`);
    }
    checkFileOutput(opts.summary);
  }
  if (opts.outDir) ensureFolder(opts.outDir);
}

/** Makes the folders between `root` (which exists) and `dir`, one level at a time. */
function ensureFolders(root: string, dir: string): void {
  const rel = path.relative(root, dir);
  if (!rel || rel.startsWith('..')) return;
  let at = root;
  for (const part of rel.split(path.sep)) ensureFolder((at = path.join(at, part)));
}

/**
 * Where each workbook's output goes: under --out-dir at its place below `root` (so two plan.xlsx in
 * different folders never collide), or over itself with --in-place.
 */
export function destination(file: string, root: string, opts: BatchOptions): string {
  if (!opts.outDir) return file;
  const to = path.join(opts.outDir, path.relative(root, path.resolve(file)));
  ensureFolders(opts.outDir, path.dirname(to));
  return to;
}

/** One workbook's options: the settings as given, its copy and its exports at `dest`. */
export function fileOptions(command: BatchCommand, dest: string, opts: BatchOptions): FileOptions {
  const { year, tolerance, asOf, dueSoon, inPlace, definitions } = opts;
  const o: FileOptions = { year, tolerance, asOf, dueSoon, inPlace, definitions };
  if (command !== 'validate') o.output = dest;
  const stem = dest.slice(0, dest.length - path.extname(dest).length);
  for (const name of EXPORT_NAMES) if (opts[name]) o[name] = stem + EXPORTS[name];
  return o;
}
