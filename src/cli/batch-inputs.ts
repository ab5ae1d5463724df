/**
 * Which workbooks a command runs on: the arguments as the officer typed them, each a workbook, a folder
 * (every .xlsx and .xlsm in it and its subfolders) or a glob ("plans/2010-*.xlsx", "plans/**\/*.xlsm").
 *
 * Glob matching is picomatch's: officers mostly work on Windows, where neither cmd nor PowerShell expands
 * a glob, so the command line must, and bash's rules (**, {a,b}, [xm], dotfiles left out) are easy to get
 * subtly wrong by hand. picomatch is small, has no dependencies, and is the matcher under micromatch,
 * fast-glob, chokidar and jest. Walking the folders is Node's own (readdirSync with recursive).
 */
import * as fs from 'fs';
import * as path from 'path';
import picomatch from 'picomatch';
import { UsageProblem } from './failure';

const WORKBOOK = /\.xls[xm]$/i;

/** Excel's lock files (~$plan.xlsx) and hidden files or folders are never officers' workbooks. */
function hidden(rel: string): boolean {
  return rel.split(/[\\/]/).some((seg) => seg.startsWith('.') || seg.startsWith('~$'));
}

const isFile = (p: string): boolean => fs.statSync(p, { throwIfNoEntry: false })?.isFile() ?? false;
const isFolder = (p: string): boolean => fs.statSync(p, { throwIfNoEntry: false })?.isDirectory() ?? false;

/** picomatch reads "\" as an escape; on Windows it is the officer's folder separator. */
const asPattern = (arg: string): string => (process.platform === 'win32' ? arg.replace(/\\/g, '/') : arg);

/**
 * A glob has a wildcard (* ? [ {) that picomatch reads as one; "Plan (final).xlsx" is a name, even when it
 * does not exist (picomatch alone would take its brackets for a pattern).
 */
function isGlob(arg: string): boolean {
  return /[*?[{]/.test(arg) && !isFile(arg) && picomatch.scan(asPattern(arg)).isGlob;
}

/**
 * One workbook given as a file name (or nothing: the bundled sample) is today's single-workbook run;
 * several, a folder or a glob make a batch.
 */
export function isBatch(args: readonly string[]): boolean {
  if (args.length > 1) return true;
  return args.length === 1 && (isFolder(args[0]) || isGlob(args[0]));
}

function walk(dir: string, recursive: boolean): string[] {
  try {
    return fs
      .readdirSync(dir, { recursive })
      .map(String)
      .filter((rel) => !hidden(rel));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageProblem(`the folder ${dir} does not exist`);
    if (code === 'EACCES' || code === 'EPERM') {
      throw new UsageProblem(`you do not have permission to read the folder ${dir}`);
    }
    throw e;
  }
}

const workbooksIn = (dir: string): string[] =>
  walk(dir, true)
    .filter((rel) => WORKBOOK.test(rel))
    .map((rel) => path.join(dir, rel))
    .filter(isFile);

function globMatches(arg: string): string[] {
  const { base, glob } = picomatch.scan(asPattern(arg));
  const dir = base || '.';
  const matches = picomatch(glob, { dot: false });
  // a pattern without a folder part ("*.xlsx") looks in one folder only
  const deep = glob.includes('/') || glob.includes('**');
  return walk(dir, deep)
    .filter((rel) => WORKBOOK.test(rel) && matches(rel.split(path.sep).join('/')))
    .map((rel) => (base ? path.join(base, rel) : rel))
    .filter(isFile);
}

function expand(arg: string): string[] {
  if (isFolder(arg)) return workbooksIn(arg);
  // a file given by name is taken as given, whatever it is: its own line says if it cannot be read
  if (!isGlob(arg)) return [arg];
  return globMatches(arg);
}

/** Whether `file` lies below `dir` (not `dir` itself). */
export function inside(file: string, dir: string): boolean {
  const rel = path.relative(path.resolve(dir), path.resolve(file));
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

/**
 * The workbooks to run, each once, in a stable order. Files under `exclude` (the batch's own --out-dir,
 * when it sits inside the folder being read) are left out, so a second run does not read the first's output.
 */
export function listWorkbooks(args: readonly string[], exclude?: string): string[] {
  const seen = new Set<string>();
  const files: string[] = [];
  const skip = exclude ? path.resolve(exclude) : null;
  for (const arg of args) {
    for (const file of expand(arg).sort()) {
      const key = path.resolve(file);
      if (seen.has(key) || (skip && inside(key, skip))) continue;
      seen.add(key);
      files.push(file);
    }
  }
  if (files.length === 0) {
    throw new UsageProblem(`no workbooks (.xlsx, .xlsm) found in ${args.join(' ')}`);
  }
  return files;
}

/** The folder every workbook lies under: outputs keep their place below it, so names never collide. */
export function commonFolder(files: readonly string[]): string {
  const dirs = files.map((f) => path.dirname(path.resolve(f)).split(path.sep));
  const first = dirs[0];
  let n = first.length;
  for (const d of dirs) {
    let i = 0;
    while (i < n && i < d.length && d[i] === first[i]) i++;
    n = i;
  }
  return first.slice(0, n).join(path.sep) || path.sep;
}
