/**
 * One worksheet's cells as the reader collects them: a row at a time, each row's
 * values in one array from its first filled column (`base`), formats beside them
 * only when some cell of the row is not General. No object per cell, no grid.
 */
import type { CellValue } from '../../engine/model/snapshot';

export const GENERAL = 'General';

/** Cells of one used row, starting at column `base` (the shape to-snapshot.ts uses). */
export interface RowCells {
  row: number;
  base: number;
  values: CellValue[];
  formats: string[] | null;
}

/** Builds one row; `put` is called in column order, which Excel, LibreOffice and openpyxl all keep. */
export class RowBuilder {
  values: CellValue[] | null = null;
  formats: string[] | null = null;
  base = 0;

  put(col: number, value: CellValue, format: string): void {
    if (this.values === null) {
      this.values = [];
      this.base = col;
    } else if (col < this.base + this.values.length) {
      this.putOutOfOrder(col, value, format);
      return;
    }
    const at = col - this.base;
    const values = this.values;
    while (values.length < at) values.push(null);
    values.push(value);
    if (format !== GENERAL) {
      this.formats ??= [];
      while (this.formats.length < at) this.formats.push(GENERAL);
      this.formats.push(format);
    }
  }

  /** A cell written before one to its left (only hand-made files do this): rebuilt the slow way. */
  private putOutOfOrder(col: number, value: CellValue, format: string): void {
    const cells = new Map<number, [CellValue, string]>();
    const values = this.values ?? [];
    values.forEach((v, i) => {
      if (v !== null) cells.set(this.base + i, [v, this.formats?.[i] ?? GENERAL]);
    });
    cells.set(col, [value, format]);
    this.values = null;
    this.formats = null;
    for (const c of [...cells.keys()].sort((a, b) => a - b)) {
      const [v, f] = cells.get(c) as [CellValue, string];
      this.put(c, v, f);
    }
  }

  /** Drops the row begun (a reader taking back a row it could not finish). */
  clear(): void {
    this.values = null;
    this.formats = null;
  }

  /** The row's cells, or null when it held nothing; the builder is then reset for the next row. */
  take(row: number): RowCells | null {
    const values = this.values;
    if (values === null) return null;
    const formats = this.formats;
    if (formats !== null) while (formats.length < values.length) formats.push(GENERAL);
    this.values = null;
    this.formats = null;
    return { row, base: this.base, values, formats };
  }
}
