/**
 * The cells of a sheet the plan adds (Table A, Table B, the record), kept as the plan's
 * ops and laid out a row at a time when the sheet is written, instead of one record per
 * cell (SheetEdits.cell): a 100k-row report adds 1.3M cells, and their records were a
 * third of the write and most of its garbage. A new sheet has no old cells, styles or
 * formulas, so what a cell ends up as is its ops replayed in plan order: values and
 * links set its value, styles are laid over in order, a merge empties its hidden cells
 * that hold a value, a clear takes everything before it.
 */
import type { CellStyle } from '../../engine/model/plan';
import type { CellValue, RangeRef } from '../../engine/model/snapshot';
import { a1, cellKey } from '../../engine/model/a1';
import { cellXml } from './cell-xml';
import { NO_STYLES, withStyle } from './sheet-edits';
import type { StyleBook } from './styles-write';

type FreshOp =
  | { kind: 'values'; range: RangeRef; values: CellValue[][]; skip: ReadonlySet<number> | null }
  | { kind: 'style'; range: RangeRef; style: CellStyle }
  | { kind: 'text'; range: RangeRef; text: string }
  | { kind: 'merge'; range: RangeRef }
  | { kind: 'clear'; range: RangeRef };

/** One row's cells as the ops leave them, column by column (reused from row to row). */
class RowState {
  values: (CellValue | undefined)[] = [];
  styles: (readonly CellStyle[])[] = [];
  from = Infinity;
  to = -1;

  reset(): void {
    for (let c = this.from; c <= this.to; c++) {
      this.values[c] = undefined;
      this.styles[c] = NO_STYLES;
    }
    this.from = Infinity;
    this.to = -1;
  }

  reach(c0: number, c1: number): void {
    while (this.values.length <= c1) {
      this.values.push(undefined);
      this.styles.push(NO_STYLES);
    }
    if (c0 < this.from) this.from = c0;
    if (c1 > this.to) this.to = c1;
  }
}

export class FreshCells {
  private readonly ops: FreshOp[] = [];
  /** op positions by first row, made when the first row is asked for */
  private byStart: number[] | null = null;
  private next = 0;
  /** ops reaching the row being laid out, in plan order */
  private readonly active: number[] = [];
  private lastRow = -1;
  private readonly row = new RowState();

  /** `skip`: cells (cellKey) the op leaves alone, the hidden cells of a merged area it gives no value */
  values(range: RangeRef, values: CellValue[][], skip: ReadonlySet<number> | null = null): void {
    this.ops.push({ kind: 'values', range, values, skip });
  }

  style(range: RangeRef, style: CellStyle): void {
    this.ops.push({ kind: 'style', range, style });
  }

  text(row: number, col: number, text: string): void {
    this.ops.push({ kind: 'text', range: { r0: row, r1: row, c0: col, c1: col }, text });
  }

  merge(range: RangeRef): void {
    this.ops.push({ kind: 'merge', range });
  }

  clear(range: RangeRef): void {
    this.ops.push({ kind: 'clear', range });
  }

  /** Rows a cell may be written in, ascending: those the values, links and styles reach. */
  rows(): number[] {
    const spans = this.ops
      .filter((o) => o.kind !== 'merge' && o.kind !== 'clear')
      .map((o) => o.range)
      .sort((a, b) => a.r0 - b.r0);
    const rows: number[] = [];
    let upTo = -1;
    for (const s of spans) {
      for (let r = Math.max(s.r0, upTo + 1); r <= s.r1; r++) rows.push(r);
      if (s.r1 > upTo) upTo = s.r1;
    }
    return rows;
  }

  /** The row's cells' XML, in column order; rows must be asked for in ascending order. */
  cellsOf(row: number, styles: () => StyleBook): string {
    if (row <= this.lastRow)
      throw new Error(`new sheet rows out of order: ${row + 1} after ${this.lastRow + 1}`);
    this.lastRow = row;
    this.activate(row);
    const state = this.row;
    state.reset();
    for (const i of this.active) lay(state, this.ops[i], row);
    let xml = '';
    for (let c = state.from; c <= state.to; c++) {
      const list = state.styles[c];
      const value = state.values[c];
      if (value === undefined && list.length === 0) continue;
      const x = cellXml(a1(row, c), list.length > 0 ? styles().xfFor(0, list) : 0, value);
      if (x !== null) xml += x;
    }
    return xml;
  }

  /** Adds the ops that start by `row` and drops those that ended before it, keeping plan order. */
  private activate(row: number): void {
    const ops = this.ops;
    if (!this.byStart) {
      this.byStart = ops.map((_, i) => i).sort((a, b) => ops[a].range.r0 - ops[b].range.r0 || a - b);
    }
    // dropped in place: no new array per row
    const active = this.active;
    let kept = 0;
    for (const i of active) if (ops[i].range.r1 >= row) active[kept++] = i;
    active.length = kept;
    // each op starting here goes in at its place by plan order (a row takes one or two)
    const start = this.byStart;
    while (this.next < start.length && ops[start[this.next]].range.r0 <= row) {
      const i = start[this.next++];
      if (ops[i].range.r1 < row) continue; // over in rows no cell was asked for
      let at = active.length;
      active.push(i);
      while (at > 0 && active[at - 1] > i) {
        active[at] = active[at - 1];
        at--;
      }
      active[at] = i;
    }
  }
}

/** One op's effect on the row's cells. */
function lay(state: RowState, op: FreshOp, row: number): void {
  const { c0, c1 } = op.range;
  state.reach(c0, c1);
  switch (op.kind) {
    case 'values': {
      const line = op.values[row - op.range.r0];
      for (let c = c0; c <= c1; c++) if (!op.skip?.has(cellKey(row, c))) state.values[c] = line[c - c0];
      return;
    }
    case 'style':
      for (let c = c0; c <= c1; c++) state.styles[c] = withStyle(state.styles[c], op.style);
      return;
    case 'text':
      state.values[c0] = op.text;
      return;
    case 'merge':
      // Excel keeps only the top-left value of a merged area
      for (let c = c0; c <= c1; c++)
        if ((row !== op.range.r0 || c !== c0) && state.values[c] !== undefined) state.values[c] = null;
      return;
    case 'clear':
      for (let c = c0; c <= c1; c++) {
        state.values[c] = undefined;
        state.styles[c] = NO_STYLES;
      }
  }
}
