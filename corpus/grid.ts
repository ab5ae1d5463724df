/**
 * A sheet being written: sparse cells with their number formats, merges and
 * Excel tables, turned into a SheetSnapshot exactly as a gateway would hand it over
 * (used range from the top-left filled cell, merged cells blank but their first).
 */
import type { CellValue, ListObjectInfo, RangeRef, SheetSnapshot } from '../src/engine/model/snapshot';

export interface Cell {
  v: CellValue;
  fmt: string;
}

export class SheetGrid {
  readonly cells = new Map<number, Map<number, Cell>>();
  readonly merges: RangeRef[] = [];
  readonly tables: ListObjectInfo[] = [];

  constructor(readonly name: string) {}

  set(row: number, col: number, v: CellValue, fmt = 'General'): void {
    if (v === null || v === '') {
      this.cells.get(row)?.delete(col);
      return;
    }
    let r = this.cells.get(row);
    if (!r) {
      r = new Map();
      this.cells.set(row, r);
    }
    r.set(col, { v, fmt });
  }

  get(row: number, col: number): Cell | null {
    return this.cells.get(row)?.get(col) ?? null;
  }

  /** Merge a range; only its top-left cell keeps a value, as in Excel. */
  merge(range: RangeRef): void {
    if (range.r0 === range.r1 && range.c0 === range.c1) return;
    for (let r = range.r0; r <= range.r1; r++) {
      for (let c = range.c0; c <= range.c1; c++) if (r !== range.r0 || c !== range.c0) this.set(r, c, null);
    }
    this.merges.push(range);
  }

  addTable(name: string, range: RangeRef): void {
    this.tables.push({ name, range, showHeaders: true });
  }

  /** Top-left and bottom-right of everything written, or null when blank. */
  bounds(): RangeRef | null {
    let b: RangeRef | null = null;
    const grow = (r0: number, c0: number, r1: number, c1: number): void => {
      b = b
        ? { r0: Math.min(b.r0, r0), c0: Math.min(b.c0, c0), r1: Math.max(b.r1, r1), c1: Math.max(b.c1, c1) }
        : { r0, c0, r1, c1 };
    };
    for (const [r, row] of this.cells) for (const c of row.keys()) grow(r, c, r, c);
    for (const m of [...this.merges, ...this.tables.map((t) => t.range)]) grow(m.r0, m.c0, m.r1, m.c1);
    return b;
  }

  toSnapshot(index: number): SheetSnapshot {
    const base = {
      name: this.name,
      index,
      visibility: 'visible' as const,
      merges: this.merges.map((m) => ({ ...m })),
      tables: this.tables.map((t) => ({ ...t, range: { ...t.range } })),
      protected: false,
    };
    const used = this.bounds();
    if (!used) return { ...base, origin: { row: 0, col: 0 }, values: [], formats: [] };
    const height = used.r1 - used.r0 + 1;
    const width = used.c1 - used.c0 + 1;
    const values: CellValue[][] = Array.from({ length: height }, () =>
      new Array<CellValue>(width).fill(null),
    );
    const formats: string[][] = Array.from({ length: height }, () =>
      new Array<string>(width).fill('General'),
    );
    for (const [r, row] of this.cells) {
      for (const [c, cell] of row) {
        values[r - used.r0][c - used.c0] = cell.v;
        formats[r - used.r0][c - used.c0] = cell.fmt;
      }
    }
    return { ...base, origin: { row: used.r0, col: used.c0 }, values, formats };
  }
}
