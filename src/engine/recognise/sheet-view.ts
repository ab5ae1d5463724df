/**
 * Read access to one sheet in absolute coordinates, with the per-row facts every
 * stage asks for (which cells are filled) computed once.
 */
import type { CellValue, RangeRef, SheetSnapshot } from '../model/snapshot';
import { cellText, isBlankValue } from './text';
import { type YearDates, yearDatesOf } from './year-dates';

const COLS = 16384;

export class SheetView {
  readonly name: string;
  readonly firstRow: number;
  readonly lastRow: number;
  readonly firstCol: number;
  readonly lastCol: number;
  private readonly filled: (number[] | undefined)[];
  private readonly mergeByTopLeft = new Map<number, RangeRef>();
  /** per row: its year labels Excel turned into dates (year-dates.ts); undefined until asked */
  private readonly yearDates: (YearDates | undefined)[];

  constructor(readonly sheet: SheetSnapshot) {
    this.name = sheet.name;
    this.firstRow = sheet.origin.row;
    this.firstCol = sheet.origin.col;
    this.lastRow = sheet.origin.row + sheet.values.length - 1;
    let width = 0;
    for (const r of sheet.values) if (r.length > width) width = r.length;
    this.lastCol = sheet.origin.col + width - 1;
    this.filled = new Array<number[] | undefined>(sheet.values.length);
    this.yearDates = new Array<YearDates | undefined>(sheet.formats ? sheet.values.length : 0);
    for (const m of sheet.merges) this.mergeByTopLeft.set(m.r0 * COLS + m.c0, m);
  }

  value(row: number, col: number): CellValue {
    const i = row - this.firstRow;
    const r = this.sheet.values[i];
    if (!r) return null;
    const v = r[col - this.firstCol];
    if (v === undefined) return null;
    // a header's "2009/10" that Excel made a date (Oct-09) is its label again
    if (typeof v === 'number' && i < this.yearDates.length)
      return this.yearDateAt(i, col - this.firstCol) ?? v;
    return v;
  }

  private yearDateAt(i: number, j: number): string | undefined {
    let d = this.yearDates[i];
    if (d === undefined) d = this.yearDates[i] = yearDatesOf(this.sheet.values[i], this.sheet.formats?.[i]);
    return d?.get(j);
  }

  text(row: number, col: number): string {
    return cellText(this.value(row, col));
  }

  format(row: number, col: number): string {
    const f = this.sheet.formats?.[row - this.firstRow]?.[col - this.firstCol];
    return f ?? 'General';
  }

  /** The merged area whose top-left cell this is, if any. */
  mergeAt(row: number, col: number): RangeRef | undefined {
    return this.mergeByTopLeft.get(row * COLS + col);
  }

  /** The merged area covering this cell (anywhere in it), if any: a scan, for the few header cells that ask. */
  mergeCovering(row: number, col: number): RangeRef | undefined {
    for (const m of this.sheet.merges) if (m.r0 <= row && row <= m.r1 && m.c0 <= col && col <= m.c1) return m;
    return undefined;
  }

  /** Absolute columns holding something, left to right. */
  filledCols(row: number): number[] {
    const i = row - this.firstRow;
    if (i < 0 || i >= this.filled.length) return [];
    let f = this.filled[i];
    if (!f) {
      f = [];
      const r = this.sheet.values[i];
      for (let j = 0; j < r.length; j++) if (!isBlankValue(r[j])) f.push(this.firstCol + j);
      this.filled[i] = f;
    }
    return f;
  }

  /** Filled columns of the row that fall within [c0, c1]. */
  filledIn(row: number, c0: number, c1: number): number[] {
    const all = this.filledCols(row);
    // most rows lie wholly inside the table being read: no copy (callers only read the list)
    if (all.length === 0 || (all[0] >= c0 && all[all.length - 1] <= c1)) return all;
    return all.filter((c) => c >= c0 && c <= c1);
  }

  isBlankRow(row: number, c0 = this.firstCol, c1 = this.lastCol): boolean {
    for (const c of this.filledCols(row)) if (c >= c0 && c <= c1) return false;
    return true;
  }
}
