/**
 * What on a sheet a write must not silently break, known before the sheet's cells
 * are read: its tables (a header cell is the column's name in the table part) and
 * its pivot tables (Excel rebuilds their cells itself and reports the file damaged
 * when a plan has written over them). Formulas are guarded while patching
 * (sheet-patcher.ts), where the cells are seen.
 */
import { parseRangeA1, rangeA1 } from '../../engine/model/a1';
import type { CellValue, RangeRef } from '../../engine/model/snapshot';
import { Refusal } from './errors';
import type { PackageParts } from './package-parts';
import { relationshipsOf } from './package-structure';
import { contains, overlaps } from './sheet-edits';
import { readPivotLocation, readTablePart, type TablePart } from './table-parts';
import { a1 } from '../../engine/model/a1';

export class SheetGuards {
  private constructor(
    private readonly sheet: string,
    private readonly tables: TablePart[],
    private readonly pivots: { name: string; range: RangeRef }[],
  ) {}

  static none(sheet: string): SheetGuards {
    return new SheetGuards(sheet, [], []);
  }

  static read(parts: PackageParts, sheet: string, part: string): SheetGuards {
    const tables: TablePart[] = [];
    const pivots: { name: string; range: RangeRef }[] = [];
    for (const rel of relationshipsOf(parts, part)) {
      if (rel.external || !parts.has(rel.target)) continue;
      if (rel.kind === 'table') {
        const t = readTablePart(parts.text(rel.target), parts.file, rel.target);
        if (t) tables.push(t);
      } else if (rel.kind === 'pivotTable') {
        const p = readPivotLocation(parts.text(rel.target), parts.file, rel.target);
        if (p) pivots.push({ name: p.name, range: parseRangeA1(p.ref) });
      }
    }
    return new SheetGuards(sheet, tables, pivots);
  }

  /** A value (or a clear, value null) written at the cell. */
  checkValue(row: number, col: number, value: CellValue): void {
    this.checkPivot({ r0: row, c0: col, r1: row, c1: col });
    for (const t of this.tables) {
      if (!t.showHeaders || row !== t.range.r0 || col < t.range.c0 || col > t.range.c1) continue;
      const name = t.columns[col - t.range.c0];
      if (value !== null && String(value) === name) continue;
      throw new Refusal(
        `${a1(row, col)} on "${this.sheet}" is the header of column "${name}" of table "${t.name}"; ` +
          `writing there would rename the column and Excel would have to repair the table (rename it in Excel first)`,
      );
    }
  }

  checkClear(range: RangeRef): void {
    this.checkPivot(range);
    for (const t of this.tables) {
      if (!t.showHeaders) continue;
      const header = { r0: t.range.r0, c0: t.range.c0, r1: t.range.r0, c1: t.range.c1 };
      if (overlaps(header, range)) this.checkValue(t.range.r0, Math.max(range.c0, t.range.c0), null);
    }
  }

  checkMerge(range: RangeRef): void {
    this.checkPivot(range);
    const t = this.tables.find((x) => overlaps(x.range, range));
    if (t) {
      throw new Refusal(
        `merging ${rangeA1(range)} on "${this.sheet}" would cut into table "${t.name}" (${rangeA1(t.range)}); Excel tables cannot hold merged cells`,
      );
    }
  }

  private checkPivot(range: RangeRef): void {
    const p = this.pivots.find((x) => overlaps(x.range, range));
    if (!p) return;
    const at = contains(p.range, range.r0, range.c0) ? a1(range.r0, range.c0) : rangeA1(range);
    throw new Refusal(
      `${at} on "${this.sheet}" lies in pivot table "${p.name}" (${rangeA1(p.range)}); writing there would break the pivot table`,
    );
  }
}
