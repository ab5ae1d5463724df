/** Whether tables already read take in a stretch of a row: no new table, note or warning starts there. */
import type { RecognisedTable } from '../model/tables';

/** Cells c0..c1 of row r lie in one of the tables. */
export function inTables(tables: readonly RecognisedTable[], r: number, c0: number, c1: number): boolean {
  return tables.some((t) => t.range.r0 <= r && r <= t.range.r1 && t.range.c0 <= c0 && c1 <= t.range.c1);
}
