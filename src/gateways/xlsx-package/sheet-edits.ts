/**
 * What a plan does to one sheet, gathered op by op before any XML is touched:
 * the cells it writes (value, styles laid over in order, whether a clear came
 * first), the ranges it clears, the merged areas as they end up, and the sheet
 * settings (widths, heights, freeze, page setup, links, tab colour). Only cells
 * the plan names get an entry; a clear of a large range is kept as the range.
 */
import type { CellStyle, PageSetup } from '../../engine/model/plan';
import type { CellValue, RangeRef } from '../../engine/model/snapshot';
import type { FreshCells } from './fresh-cells';

export interface CellEdit {
  /** the value to write; undefined keeps the cell's own */
  value?: CellValue;
  /** a clear ran over the cell first: its old value, style and formula are gone */
  fromBlank: boolean;
  /** plan styles to lay over the cell's style, in order (replaced whole: see addStyle) */
  styles: readonly CellStyle[];
  /** the last op that touched the cell, for messages */
  op: number;
}

export interface LinkEdit {
  /** the linked cell, 0-based */
  row: number;
  col: number;
  /** "'Sheet'!B5" */
  location: string;
  display: string;
}

// A 100k-row report lays one or two styles on each of 1.3M cells, most of them the same few in
// the same order. Each list of styles is made once and shared by every cell that has it (a
// list pushed to per cell took room for 17 entries each); lists are frozen, and replaced, never
// changed. The style book knows a shared list again by identity.
export const NO_STYLES: readonly CellStyle[] = Object.freeze([]);
const NEXT = new WeakMap<readonly CellStyle[], Map<CellStyle, readonly CellStyle[]>>();

/** The shared list of `styles` with `style` laid over them. */
export function withStyle(styles: readonly CellStyle[], style: CellStyle): readonly CellStyle[] {
  let next = NEXT.get(styles);
  if (!next) {
    next = new Map();
    NEXT.set(styles, next);
  }
  let list = next.get(style);
  if (!list) {
    list = Object.freeze([...styles, style]);
    next.set(style, list);
  }
  return list;
}

/** Lays `style` over the cell's styles so far. */
export function addStyle(e: CellEdit, style: CellStyle): void {
  e.styles = withStyle(e.styles, style);
}

export function overlaps(a: RangeRef, b: RangeRef): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}

export function contains(r: RangeRef, row: number, col: number): boolean {
  return row >= r.r0 && row <= r.r1 && col >= r.c0 && col <= r.c1;
}

/** The merged area of `list` that covers the cell without starting at it. */
function hiddenIn(list: RangeRef[] | undefined, row: number, col: number): RangeRef | undefined {
  if (list) for (const m of list) if (contains(m, row, col) && (m.r0 !== row || m.c0 !== col)) return m;
  return undefined;
}

export class SheetEdits {
  readonly cells = new Map<number, Map<number, CellEdit>>();
  readonly clears: { range: RangeRef; op: number }[] = [];
  readonly widths = new Map<number, number>();
  readonly heights = new Map<number, number>();
  readonly links = new Map<string, LinkEdit>();
  freeze?: { rows: number; cols: number };
  pageSetup?: PageSetup;
  tabColor?: string;
  mergesChanged = false;
  /** the last op recorded on this sheet */
  lastOp = 0;
  /** a sheet the plan adds keeps its cells as ops (fresh-cells.ts), not in `cells` */
  fresh: FreshCells | null = null;
  /** merged areas by each row they span (tall ones apart), rebuilt after merges change */
  private byRow: { rows: Map<number, RangeRef[]>; tall: RangeRef[] } | null = null;

  constructor(
    /** the sheet's merged areas as the plan leaves them (starts as the file's) */
    public merges: RangeRef[],
  ) {}

  /** The cell's entry, made on first use (a blank start if an earlier clear covered it). */
  cell(row: number, col: number, op: number): CellEdit {
    let byCol = this.cells.get(row);
    if (!byCol) {
      byCol = new Map();
      this.cells.set(row, byCol);
    }
    let e = byCol.get(col);
    if (!e) {
      e = {
        fromBlank: this.clears.length > 0 && this.cleared(row, col) !== undefined,
        styles: NO_STYLES,
        op,
      };
      byCol.set(col, e);
    }
    e.op = op;
    this.lastOp = op;
    return e;
  }

  edit(row: number, col: number): CellEdit | undefined {
    return this.cells.get(row)?.get(col);
  }

  clear(range: RangeRef, op: number): void {
    this.clears.push({ range, op });
    this.lastOp = op;
    for (const [row, byCol] of this.cells) {
      if (row < range.r0 || row > range.r1) continue;
      for (const [col, e] of byCol) {
        if (col < range.c0 || col > range.c1) continue;
        e.value = undefined;
        e.fromBlank = true;
        e.styles = NO_STYLES;
        e.op = op;
      }
    }
    this.unmerge(range);
    for (const [ref, link] of [...this.links])
      if (contains(range, link.row, link.col)) this.links.delete(ref);
  }

  /** Whether a clear covers the cell (for cells of the file the plan never names). */
  cleared(row: number, col: number): number | undefined {
    for (let i = this.clears.length - 1; i >= 0; i--)
      if (contains(this.clears[i].range, row, col)) return this.clears[i].op;
    return undefined;
  }

  unmerge(range: RangeRef): void {
    const kept = this.merges.filter((m) => !overlaps(m, range));
    if (kept.length !== this.merges.length) {
      this.merges = kept;
      this.mergesChanged = true;
      this.byRow = null;
    }
  }

  merge(range: RangeRef): void {
    this.unmerge(range);
    if (range.r0 !== range.r1 || range.c0 !== range.c1) {
      this.merges.push(range);
      this.mergesChanged = true;
      this.byRow = null;
    }
  }

  /** The merged area holding (row, col) anywhere but its top-left cell. */
  mergedInside(row: number, col: number): RangeRef | undefined {
    // asked for every cell a plan writes (millions in a 100k-row report): no closure per call
    if (this.merges.length === 0) return undefined;
    const index = this.mergeIndex();
    return hiddenIn(index.rows.get(row), row, col) ?? hiddenIn(index.tall, row, col);
  }

  private mergeIndex(): { rows: Map<number, RangeRef[]>; tall: RangeRef[] } {
    if (this.byRow) return this.byRow;
    const rows = new Map<number, RangeRef[]>();
    const tall: RangeRef[] = [];
    for (const m of this.merges) {
      if (m.r1 - m.r0 > 64) {
        tall.push(m);
        continue;
      }
      for (let r = m.r0; r <= m.r1; r++) {
        const list = rows.get(r);
        if (list) list.push(m);
        else rows.set(r, [m]);
      }
    }
    this.byRow = { rows, tall };
    return this.byRow;
  }

  /** Rows the plan writes into, ascending. */
  editedRows(): number[] {
    const rows = new Set<number>([...this.cells.keys(), ...this.heights.keys()]);
    if (this.fresh) for (const r of this.fresh.rows()) rows.add(r);
    return [...rows].sort((a, b) => a - b);
  }
}
