/**
 * An exceljs workbook as the engine's WorkbookSnapshot, the same shape the
 * Office.js gateway produces. Built for big sheets: each row is visited once,
 * values land straight in their final row arrays, and a formats grid is only
 * built when some cell is not General.
 */
import ExcelJS from 'exceljs';
import { parseRangeA1 } from '../../engine/model/a1';
import type {
  CellValue,
  ListObjectInfo,
  RangeRef,
  SheetSnapshot,
  WorkbookSnapshot,
} from '../../engine/model/snapshot';
import { readCellValue } from './cell-value';

const GENERAL = 'General';

/** exceljs keeps merges in a private map keyed by the top-left address (1-based bounds). */
interface MergeBounds {
  model: { top: number; left: number; bottom: number; right: number };
}

/** What exceljs keeps for an Excel table, loaded or added. */
interface TableModel {
  name: string;
  tableRef?: string;
  ref?: string;
  headerRow?: boolean;
  columns?: { name?: string }[];
}

/** Cells of one used row, starting at column `base`. */
interface RowCells {
  row: number;
  base: number;
  values: CellValue[];
  formats: string[] | null;
}

function readRow(row: ExcelJS.Row, date1904: boolean): RowCells | null {
  let values: CellValue[] | null = null;
  let formats: string[] | null = null;
  let base = 0;
  const count = row.cellCount;
  for (let c = 1; c <= count; c++) {
    const cell = row.findCell(c);
    if (!cell) continue;
    const v = readCellValue(cell, date1904);
    if (v === null) continue;
    const col = c - 1;
    if (values === null) {
      values = [];
      base = col;
    }
    const at = col - base;
    while (values.length < at) values.push(null);
    values.push(v);
    const fmt = cell.numFmt;
    if (fmt && fmt !== GENERAL) {
      if (formats === null) formats = [];
      while (formats.length < at) formats.push(GENERAL);
      formats.push(fmt);
    }
  }
  if (values === null) return null;
  if (formats !== null) while (formats.length < values.length) formats.push(GENERAL);
  return { row: row.number - 1, base, values, formats };
}

/** Shifts and pads a row to the sheet's used columns, reusing the array when it already fits. */
function fitRow<T>(cells: T[], base: number, origin: number, width: number, fill: T): T[] {
  if (base === origin) {
    while (cells.length < width) cells.push(fill);
    return cells;
  }
  const out = new Array<T>(width).fill(fill);
  const shift = base - origin;
  for (let i = 0; i < cells.length; i++) out[shift + i] = cells[i];
  return out;
}

function readMerges(ws: ExcelJS.Worksheet): RangeRef[] {
  const merges = (ws as unknown as { _merges: Record<string, MergeBounds | undefined> })._merges ?? {};
  const out: RangeRef[] = [];
  for (const m of Object.values(merges)) {
    if (!m) continue;
    const { top, left, bottom, right } = m.model;
    out.push({ r0: top - 1, c0: left - 1, r1: bottom - 1, c1: right - 1 });
  }
  return out.sort((a, b) => a.r0 - b.r0 || a.c0 - b.c0);
}

/**
 * exceljs reads a table's header flag from headerRowCount="1", but Excel leaves
 * that attribute out when there is a header row (it is the default), so a table
 * saved by Excel also counts as headed when its first row spells its column names.
 */
function hasHeaderRow(ws: ExcelJS.Worksheet, t: TableModel, range: RangeRef): boolean {
  if (t.headerRow) return true;
  const cols = t.columns ?? [];
  if (cols.length !== range.c1 - range.c0 + 1) return false;
  const row = ws.findRow(range.r0 + 1);
  if (!row) return false;
  return cols.every((col, i) => {
    const cell = row.findCell(range.c0 + i + 1);
    return cell !== undefined && col.name !== undefined && cell.text === col.name;
  });
}

function readTables(ws: ExcelJS.Worksheet): ListObjectInfo[] {
  const tables = ws.getTables() as unknown as { table: TableModel }[];
  const out: ListObjectInfo[] = [];
  for (const { table } of tables) {
    const ref = table.tableRef ?? table.ref;
    if (!ref) continue;
    const range = parseRangeA1(ref);
    out.push({ name: table.name, range, showHeaders: hasHeaderRow(ws, table, range) });
  }
  return out;
}

/** exceljs sets sheetProtection when the sheet has <sheetProtection sheet="1">; its typings omit it. */
function isProtected(ws: ExcelJS.Worksheet): boolean {
  const p = (ws as unknown as { sheetProtection?: { sheet?: boolean } | null }).sheetProtection;
  return Boolean(p?.sheet);
}

/** The used rows of a sheet, the columns they span, and which hidden ones hold something. */
interface UsedRows {
  rows: RowCells[];
  hiddenRows: number[];
  minCol: number;
  maxCol: number;
  anyFormat: boolean;
}

/** Visits each row once, keeping only the rows that hold a value. */
function readRows(ws: ExcelJS.Worksheet, date1904: boolean): UsedRows {
  const used: UsedRows = { rows: [], hiddenRows: [], minCol: Infinity, maxCol: -1, anyFormat: false };
  const last = ws.rowCount;
  for (let r = 1; r <= last; r++) {
    const row = ws.findRow(r);
    if (!row) continue;
    const cells = readRow(row, date1904);
    if (!cells) continue;
    if (row.hidden) used.hiddenRows.push(r - 1);
    used.rows.push(cells);
    if (cells.base < used.minCol) used.minCol = cells.base;
    const end = cells.base + cells.values.length - 1;
    if (end > used.maxCol) used.maxCol = end;
    if (cells.formats) used.anyFormat = true;
  }
  return used;
}

/** The used rows as the sheet's grids, from the first used row and column; rows between them blank. */
function layRows(used: UsedRows): Pick<SheetSnapshot, 'origin' | 'values' | 'formats'> {
  const { rows, minCol, maxCol } = used;
  const originRow = rows[0].row;
  const height = rows[rows.length - 1].row - originRow + 1;
  const width = maxCol - minCol + 1;
  const values = new Array<CellValue[]>(height);
  const formats = used.anyFormat ? new Array<string[]>(height) : null;
  let k = 0;
  for (let i = 0; i < height; i++) {
    const cells = rows[k];
    if (cells.row === originRow + i) {
      values[i] = fitRow(cells.values, cells.base, minCol, width, null);
      if (formats) {
        formats[i] = cells.formats
          ? fitRow(cells.formats, cells.base, minCol, width, GENERAL)
          : new Array<string>(width).fill(GENERAL);
      }
      k++;
    } else {
      values[i] = new Array<CellValue>(width).fill(null);
      if (formats) formats[i] = new Array<string>(width).fill(GENERAL);
    }
  }
  return { origin: { row: originRow, col: minCol }, values, formats };
}

export function snapshotSheet(ws: ExcelJS.Worksheet, index: number, date1904: boolean): SheetSnapshot {
  const used = readRows(ws, date1904);
  const sheet: SheetSnapshot = {
    name: ws.name,
    index,
    visibility: ws.state ?? 'visible',
    origin: { row: 0, col: 0 },
    values: [],
    formats: null,
    merges: readMerges(ws),
    tables: readTables(ws),
    protected: isProtected(ws),
  };
  if (used.hiddenRows.length > 0) sheet.hiddenRows = used.hiddenRows;
  if (used.rows.length === 0) return sheet;
  return Object.assign(sheet, layRows(used));
}

export function snapshotWorkbook(workbook: ExcelJS.Workbook, name: string): WorkbookSnapshot {
  const date1904 = Boolean(workbook.properties?.date1904);
  const sheets = workbook.worksheets.map((ws, i) => snapshotSheet(ws, i, date1904));
  // serials stay as stored; the engine counts a 1904 workbook's dates as the 1900 system's (date-system.ts)
  return date1904 ? { name, sheets, date1904 } : { name, sheets };
}
