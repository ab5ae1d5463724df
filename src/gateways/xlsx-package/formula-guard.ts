/**
 * Formulas a write could break, seen as the patcher passes each <f>: an array
 * formula is one formula over a block (writing part of the block would cut it), and
 * a shared formula lives in its first cell (overwriting that cell would leave the
 * cells filled from it with nothing to compute). Both are refused unless the plan
 * overwrites every cell that depends on them. Any formula overwritten means the
 * calculation chain is stale and is dropped (Excel rebuilds it).
 */
import { a1, parseRangeA1, rangeA1 } from '../../engine/model/a1';
import type { RangeRef } from '../../engine/model/snapshot';
import { Refusal } from './errors';

export interface FormulaTag {
  t?: string;
  ref?: string;
  si?: string;
}

export class FormulaGuard {
  formulasLost = false;
  /** shared formulas whose first cell the plan overwrites: si -> that cell */
  private readonly broken = new Map<string, string>();

  constructor(
    private readonly sheet: string,
    /** whether the plan overwrites or clears the cell */
    private readonly overwritten: (row: number, col: number) => boolean,
  ) {}

  /** An <f> of the cell at (row, col); `row` is -1 when the position is not known. */
  see(row: number, col: number, f: FormulaTag): void {
    const here = row >= 0 && this.overwritten(row, col);
    if (here) this.formulasLost = true;
    if ((f.t === 'array' || f.t === 'dataTable') && f.ref) this.checkBlock(parseRangeA1(f.ref), f.t);
    if (f.t !== 'shared' || f.si === undefined) return;
    if (f.ref !== undefined) {
      if (here) this.broken.set(f.si, a1(row, col));
      return;
    }
    const master = this.broken.get(f.si);
    if (master !== undefined && !here) {
      const at = row >= 0 ? a1(row, col) : 'other cells';
      throw new Refusal(
        `${master} on "${this.sheet}" holds the formula that ${at} is filled from; overwriting it would leave ${at} without its formula`,
      );
    }
  }

  private checkBlock(r: RangeRef, kind: string): void {
    let written = 0;
    for (let row = r.r0; row <= r.r1; row++)
      for (let col = r.c0; col <= r.c1; col++) if (this.overwritten(row, col)) written++;
    const all = (r.r1 - r.r0 + 1) * (r.c1 - r.c0 + 1);
    if (written === 0) return;
    if (written < all) {
      const what = kind === 'array' ? 'array formula' : 'data table';
      throw new Refusal(
        `${rangeA1(r)} on "${this.sheet}" is one ${what}; writing into part of it would break it`,
      );
    }
    this.formulasLost = true;
  }
}
