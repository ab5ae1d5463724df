/**
 * What went wrong, as the one line the officer sees: for a single workbook on stderr (exit 2), for a
 * batch in that workbook's line of the summary. Problems with what the officer gave us (a file that
 * cannot be used, an option, a destination) are their own words; anything else is "unexpected".
 */
import { CommanderError } from 'commander';
import { PatchRefusedError, UnusableWorkbookError } from '../gateways/xlsx-package/errors';
import { OptionProblem } from './options';
import { OutputProblem } from './output-path';
import type { Io } from './io';

/** A problem with what the officer gave us: one line, no stack trace, exit 2. */
export class UsageProblem extends Error {}

const expected = (e: unknown): e is Error =>
  e instanceof UnusableWorkbookError ||
  e instanceof PatchRefusedError ||
  e instanceof UsageProblem ||
  e instanceof OptionProblem ||
  e instanceof OutputProblem;

/** The problem in one line, without the program's name. */
export function describeProblem(e: unknown): string {
  // the workbook holds something a write would break: refused before anything was written
  if (e instanceof PatchRefusedError) return `nothing was written: ${e.problem}`;
  if (expected(e)) return e.message;
  const msg = e instanceof Error ? e.message : String(e);
  return `unexpected problem: ${msg}`;
}

/** Reports a failed command on stderr and returns its exit code. */
export function failure(e: unknown, io: Io): number {
  if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
  io.err(`ni-targets: ${describeProblem(e)}`);
  if (!expected(e) && process.env.NI_TARGETS_DEBUG && e instanceof Error) io.err(e.stack ?? '');
  return 2;
}
