/**
 * What can go wrong opening or patching a package, each as one line an officer
 * can act on. Unreadable files reuse the .xlsx gateway's UnusableWorkbookError
 * (the CLI already prints those as one line and exits 2); a file over a limit is
 * one of those too, told apart by `limit`.
 */
import { PlanError } from '../xlsx/check-plan';
import { UnusableWorkbookError } from '../xlsx/errors';
import type { WriteOp } from '../../engine/model/plan';

export { UnusableWorkbookError };

/** which ceiling: a part's size or ratio, a sheet's filled cells, the zip's parts, a sheet's used range (Office) */
export type LimitKind = 'part-size' | 'compression-ratio' | 'cells' | 'parts' | 'used-range';

export class WorkbookTooBigError extends UnusableWorkbookError {
  readonly limit: LimitKind;

  constructor(limit: LimitKind, message: string) {
    super('too-big', message);
    this.name = 'WorkbookTooBigError';
    this.limit = limit;
  }
}

export function damaged(name: string, why: string): UnusableWorkbookError {
  return new UnusableWorkbookError(
    'corrupt',
    `${name} is damaged and cannot be read (${why}): open it in Excel to repair it, or use a backup`,
  );
}

/**
 * A plan op that would destroy something the package holds (an array formula, a
 * shared formula's other cells, a table's column names, a pivot table, a chart on
 * a sheet being deleted). Refused before anything changes, naming what would be lost.
 */
export class PatchRefusedError extends PlanError {
  /** what would be lost and what to do, in the officer's terms (the message adds the op, for developers) */
  readonly problem: string;

  constructor(index: number, op: WriteOp, problem: string) {
    super(index, op, problem);
    this.name = 'PatchRefusedError';
    this.problem = problem;
  }
}

/** Thrown where the op is not known yet; the plan applier adds the op's number. */
export class Refusal extends Error {
  override name = 'Refusal';
}
