/**
 * One sheet as the rating columns see it: the cells the add-in wrote before (and may
 * write again), the cells this run claims, merged areas, and where free columns are.
 * Cells are numbered by `cellKey(row, col)` so sets of them stay cheap at 100k rows.
 */
import type { CellValue, RangeRef, SheetSnapshot, WorkbookSnapshot } from '../model/snapshot';
import { cellAt } from '../model/snapshot';
import { a1, cellKey, SHEET_COLUMNS } from '../model/a1';

export function isBlank(v: CellValue): boolean {
  return v === null || v === '';
}

export interface SheetState {
  name: string;
  snap: SheetSnapshot;
  /** cells the add-in wrote before and may write again */
  reusable: Set<number>;
  /** cells this run writes */
  claimed: Set<number>;
  /** reusable cells rewritten in place (own columns), which must not be cleared */
  rewritten: Set<number>;
  mergesByCol: Map<number, RangeRef[]>;
  lastCol: number;
  /** last column holding a cell the officer wrote (the add-in's own cells not counted); lazy */
  officerLastCol?: number;
  /** A1 ranges written this run, for the registry */
  written: string[];
  widths: { col: number; width: number }[];
}

function sheetState(snap: SheetSnapshot): SheetState {
  const mergesByCol = new Map<number, RangeRef[]>();
  for (const m of snap.merges) {
    for (let c = m.c0; c <= m.c1; c++) {
      const list = mergesByCol.get(c);
      if (list) list.push(m);
      else mergesByCol.set(c, [m]);
    }
  }
  let lastCol = -1;
  for (const r of snap.values) lastCol = Math.max(lastCol, snap.origin.col + r.length - 1);
  return {
    name: snap.name,
    snap,
    reusable: new Set(),
    claimed: new Set(),
    rewritten: new Set(),
    mergesByCol,
    lastCol,
    written: [],
    widths: [],
  };
}

/** The state of each sheet a run touches, made on first use; sheet names match case-insensitively. */
export class SheetStates {
  private readonly byLower = new Map<string, SheetState>();

  constructor(private readonly snapshot: WorkbookSnapshot) {}

  of(name: string): SheetState | null {
    const lower = name.toLowerCase();
    const existing = this.byLower.get(lower);
    if (existing) return existing;
    const snap = this.snapshot.sheets.find((s) => s.name.toLowerCase() === lower);
    if (!snap) return null;
    const st = sheetState(snap);
    this.byLower.set(lower, st);
    return st;
  }

  /** The state already made for a lower-cased name, without making one. */
  made(lower: string): SheetState | undefined {
    return this.byLower.get(lower);
  }

  /** Every state made so far, in the order first used. */
  all(): IterableIterator<SheetState> {
    return this.byLower.values();
  }
}

/**
 * Widths are set only on columns beyond the officer's own data, so their widths are
 * never changed; columns the add-in alone has written count as beyond it, so a
 * re-run sets the same widths as a first run (and a run that Excel stopped
 * part-way still gets them on the next).
 */
export function officerLastCol(st: SheetState): number {
  if (st.officerLastCol !== undefined) return st.officerLastCol;
  const { values, origin } = st.snap;
  let last = -1;
  for (let i = 0; i < values.length; i++) {
    const r = values[i];
    for (let j = r.length - 1; j >= 0 && origin.col + j > last; j--) {
      const col = origin.col + j;
      if (isBlank(r[j]) || st.reusable.has(cellKey(origin.row + i, col))) continue;
      last = col;
      break;
    }
  }
  st.officerLastCol = last;
  return last;
}

function merged(st: SheetState, row: number, col: number): boolean {
  const list = st.mergesByCol.get(col);
  return !!list && list.some((m) => row >= m.r0 && row <= m.r1);
}

export function isFree(st: SheetState, row: number, col: number): boolean {
  const k = cellKey(row, col);
  if (st.claimed.has(k) || merged(st, row, col)) return false;
  return st.reusable.has(k) || isBlank(cellAt(st.snap, row, col));
}

function columnFree(st: SheetState, col: number, top: number, bottom: number): boolean {
  if (col > st.lastCol && !st.mergesByCol.has(col)) {
    for (let r = top; r <= bottom; r++) if (st.claimed.has(cellKey(r, col))) return false;
    return true;
  }
  for (let r = top; r <= bottom; r++) if (!isFree(st, r, col)) return false;
  return true;
}

/** The first column of `width` free columns from `from`, or -1. */
export function freeBlock(st: SheetState, from: number, width: number, top: number, bottom: number): number {
  let s = from;
  outer: while (s + width <= SHEET_COLUMNS) {
    for (let j = s; j < s + width; j++) {
      if (!columnFree(st, j, top, bottom)) {
        s = j + 1;
        continue outer;
      }
    }
    return s;
  }
  return -1;
}

/** Cell keys as A1 ranges: vertical runs of consecutive rows in one column. */
export function keyRanges(keys: number[]): string[] {
  const cells = keys.map((k) => ({ row: Math.floor(k / SHEET_COLUMNS), col: k % SHEET_COLUMNS }));
  cells.sort((a, b) => a.col - b.col || a.row - b.row);
  const out: string[] = [];
  let i = 0;
  while (i < cells.length) {
    let j = i;
    while (j + 1 < cells.length && cells[j + 1].col === cells[i].col && cells[j + 1].row === cells[j].row + 1)
      j++;
    const a = a1(cells[i].row, cells[i].col);
    out.push(i === j ? a : `${a}:${a1(cells[j].row, cells[j].col)}`);
    i = j + 1;
  }
  return out;
}
