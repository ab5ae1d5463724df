/** The part of a sheet the workbench grid shows: values as text, capped so huge sheets stay quick. */
import { colLetters } from '../../engine/model/a1';
import { cellAt, sheetBounds, type SheetSnapshot } from '../../engine/model/snapshot';

export const MAX_ROWS = 500;
export const MAX_COLS = 40;

export interface GridView {
  /** column letters, from A */
  columns: string[];
  /** 0-based absolute row numbers shown */
  rows: number[];
  text(row: number, col: number): string;
  /** rows or columns left out by the cap */
  clipped: boolean;
}

export function cellText(v: unknown): string {
  return v === null || v === undefined ? '' : String(v);
}

/** Rows from the top of the sheet, or a window around `focusRow` when that lies below the cap. */
export function gridView(sheet: SheetSnapshot, focusRow = 0): GridView {
  const { lastRow, lastCol } = sheetBounds(sheet);
  const cols = Math.min(lastCol + 1, MAX_COLS);
  const start = focusRow < MAX_ROWS ? 0 : Math.max(0, focusRow - MAX_ROWS / 2);
  const end = Math.min(lastRow + 1, start + MAX_ROWS);
  const rows: number[] = [];
  for (let r = start; r < end; r++) rows.push(r);
  return {
    columns: Array.from({ length: Math.max(cols, 0) }, (_, c) => colLetters(c)),
    rows,
    text: (row, col) => cellText(cellAt(sheet, row, col)),
    clipped: lastRow + 1 > rows.length || lastCol + 1 > MAX_COLS,
  };
}
