/** Small fake workbooks for the Office gateway tests, written as snapshots. */
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../../src/engine/model/snapshot';

export function sheet(
  name: string,
  values: CellValue[][],
  extra: Partial<SheetSnapshot> = {},
): SheetSnapshot {
  return {
    name,
    index: 0,
    visibility: 'visible',
    origin: { row: 0, col: 0 },
    values,
    formats: null,
    merges: [],
    tables: [],
    protected: false,
    ...extra,
  };
}

export function workbook(...sheets: SheetSnapshot[]): WorkbookSnapshot {
  return { name: 'test.xlsx', sheets: sheets.map((s, index) => ({ ...s, index })) };
}

/** rows × cols of "r{row}c{col}" text and numbers, so every cell is distinct. */
export function grid(rows: number, cols: number): CellValue[][] {
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => (c % 2 === 0 ? `r${r}c${c}` : r * 100 + c)),
  );
}
