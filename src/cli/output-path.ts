/**
 * Where the command line may write, checked before any work starts, so an officer never waits through a
 * long run to learn the file could not be saved, and never loses the workbook they read. Each problem is
 * one line (exit 2): the output is the input (unless --in-place), a folder, in a folder that does not
 * exist or cannot be written to, or a plain .xlsx name for a workbook with macros.
 */
import * as fs from 'fs';
import * as path from 'path';

export class OutputProblem extends Error {}

function sameFile(a: string, b: string): boolean {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const sa = fs.statSync(a);
    const sb = fs.statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

function folderProblem(dir: string): string | null {
  let st: fs.Stats;
  try {
    st = fs.statSync(dir);
  } catch {
    return `the folder ${dir} does not exist: create it first, or choose another place`;
  }
  if (!st.isDirectory()) return `${dir} is a file, not a folder`;
  try {
    fs.accessSync(dir, fs.constants.W_OK);
  } catch {
    return `you do not have permission to write in ${dir}`;
  }
  return null;
}

const macroEnabled = (file: string): boolean => /\.xlsm$/i.test(file);

/** Throws an OutputProblem when `output` (an -o workbook) cannot be written as asked. */
export function checkWorkbookOutput(input: string, output: string, inPlace = false): void {
  if (sameFile(input, output) && !inPlace) {
    throw new OutputProblem(
      `-o ${output} is the workbook being read: add --in-place to replace it (it is written to a ` +
        'temporary file first and swapped in only when complete), or choose another name',
    );
  }
  if (macroEnabled(input) && !macroEnabled(output)) {
    throw new OutputProblem(
      `${path.basename(input)} holds macros: give the output the .xlsm extension (${path.basename(output)} would not open in Excel)`,
    );
  }
  checkFileOutput(output);
}

/** Throws an OutputProblem when a file cannot be written at `file` (a folder there, no folder, no permission). */
export function checkFileOutput(file: string): void {
  try {
    if (fs.statSync(file).isDirectory()) throw new OutputProblem(`${file} is a folder: give a file name`);
  } catch (e) {
    if (e instanceof OutputProblem) throw e;
  }
  const problem = folderProblem(path.dirname(path.resolve(file)));
  if (problem) throw new OutputProblem(`cannot write ${file}: ${problem}`);
}

const WRITE_REASONS: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'your disk quota is full',
  EACCES: 'you do not have permission to write there',
  EPERM: 'you do not have permission to write there',
  EROFS: 'the disk is read-only',
  EISDIR: 'it is a folder',
  ENOENT: 'the folder does not exist',
  ENOTDIR: 'part of the path is a file, not a folder',
};

/** A failed write as one line (the file system's own words only when we do not know the reason). */
export function writeProblem(file: string, e: unknown): OutputProblem {
  const code = (e as NodeJS.ErrnoException)?.code ?? '';
  const why = WRITE_REASONS[code] ?? (e instanceof Error ? e.message : String(e));
  return new OutputProblem(`could not write ${file}: ${why}`);
}
