/**
 * A workbook as the engine sees it: plain data, no Excel objects. Both gateways
 * (Office.js and the .xlsx library) produce exactly this shape, so everything
 * downstream is testable without Excel.
 *
 * Coordinates are 0-based and absolute (row 0 = Excel row 1, col 0 = column A).
 * `values[i][j]` is the cell at (origin.row + i, origin.col + j).
 */

/** Error cells (#N/A, #DIV/0!...) arrive as their error text, as Office.js reports them. */
export type CellValue = string | number | boolean | null;

export interface RangeRef {
  /** first row, 0-based */
  r0: number;
  /** first column, 0-based */
  c0: number;
  /** last row, inclusive */
  r1: number;
  /** last column, inclusive */
  c1: number;
}

export interface ListObjectInfo {
  name: string;
  range: RangeRef;
  showHeaders: boolean;
}

/**
 * A formula cell whose value, as read, the file does not vouch for. Excel always saves a
 * formula's result; programs that do not calculate (openpyxl, pandas, xlsxwriter) save
 * none, or a placeholder (0) with a flag asking Excel to recalculate everything on opening.
 */
export interface FormulaDoubt {
  /** 0-based, absolute */
  row: number;
  col: number;
  /**
   * false: no result was saved, so the cell reads as empty. true: a result was saved, but
   * the workbook asks Excel to recalculate on opening, so it may be stale or a placeholder.
   */
  saved: boolean;
}

export interface SheetSnapshot {
  name: string;
  /** position in the workbook, 0-based */
  index: number;
  visibility: 'visible' | 'hidden' | 'veryHidden';
  /** top-left of the used range; values/formats start here */
  origin: { row: number; col: number };
  values: CellValue[][];
  /**
   * Number formats, same shape as values. A 0.073 shown as "0.0%" is 7.3%, so the
   * format is part of the value. May be null when the gateway knows every cell is General.
   */
  formats: string[][] | null;
  merges: RangeRef[];
  tables: ListObjectInfo[];
  protected: boolean;
  /** rows hidden by the user (0-based); the engine still reads them */
  hiddenRows?: number[];
  /** formula cells read without a result the file vouches for, in reading order (file gateways only) */
  formulaDoubts?: FormulaDoubt[];
}

export interface WorkbookSnapshot {
  /** file name or document title, for reports */
  name: string;
  sheets: SheetSnapshot[];
  /**
   * The workbook counts dates from 1904 (Excel 2008 for Mac and earlier): its date serials are
   * as stored, and the engine moves them into the 1900 system (values/date-system.ts). Absent
   * where the workbook uses the 1900 system or the gateway cannot tell.
   */
  date1904?: boolean;
}

/** The value at an absolute position, or null outside the used range. */
export function cellAt(sheet: SheetSnapshot, row: number, col: number): CellValue {
  const r = sheet.values[row - sheet.origin.row];
  if (!r) return null;
  const v = r[col - sheet.origin.col];
  return v === undefined ? null : v;
}

export function formatAt(sheet: SheetSnapshot, row: number, col: number): string {
  if (!sheet.formats) return 'General';
  const r = sheet.formats[row - sheet.origin.row];
  const f = r ? r[col - sheet.origin.col] : undefined;
  return f ?? 'General';
}

/** Last used row and column (absolute, inclusive); -1 when the sheet is blank. */
export function sheetBounds(sheet: SheetSnapshot): { lastRow: number; lastCol: number } {
  const rows = sheet.values.length;
  let cols = 0;
  for (const r of sheet.values) if (r.length > cols) cols = r.length;
  return {
    lastRow: rows === 0 ? -1 : sheet.origin.row + rows - 1,
    lastCol: cols === 0 ? -1 : sheet.origin.col + cols - 1,
  };
}
