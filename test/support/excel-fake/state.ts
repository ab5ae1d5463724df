/**
 * The workbook the fake Excel holds: plain data the proxies read and write at
 * sync time. Cells live in a map keyed by position so a 20,000-row sheet with a
 * few columns costs what it holds, not the full grid.
 */
import { a1, colLetters, lettersToCol, sheetRef } from '../../../src/engine/model/a1';
import type { RangeRef } from '../../../src/engine/model/snapshot';
import { fakeError } from './errors';

export const MAX_ROW = 1_048_575;
export const MAX_COL = 16_383;

export type Edge = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight';

export interface CellState {
  value: string | number | boolean | null;
  /** set when the cell was written as a formula; the fake never evaluates it */
  formula?: string;
  format?: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  wrap?: boolean;
  hAlign?: string;
  vAlign?: string;
  borders?: Partial<Record<Edge, string>>;
  link?: { documentReference?: string; address?: string; textToDisplay?: string };
}

export interface TableState {
  name: string;
  range: RangeRef;
  showHeaders: boolean;
}

export interface PageLayoutState {
  orientation: string;
  paperSize: string;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  printTitleRows: string | null;
  centerHeader: string;
  centerFooter: string;
}

export interface SheetState {
  id: number;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  protected: boolean;
  tabColor: string;
  cells: Map<number, CellState>;
  merges: RangeRef[];
  tables: TableState[];
  hiddenRows: Set<number>;
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  freeze: { rows: number; cols: number };
  pageLayout: PageLayoutState;
  deleted: boolean;
}

export interface WorkbookState {
  name: string;
  sheets: SheetState[];
  nextSheetId: number;
  /** Review > Protect Workbook: Excel refuses to add, delete, hide or show a sheet */
  structureLocked?: boolean;
  /** the workbook counts its dates from 1904 (what DATE() gives away) */
  date1904?: boolean;
}

/** What Excel does when a locked structure would change. */
export function checkStructureUnlocked(wb: WorkbookState, what: string): void {
  if (wb.structureLocked) throw fakeError('InvalidOperation', `the workbook is protected: cannot ${what}`);
}

/** Excel's default column width in points (8.43 characters) and row height. */
export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;

export const key = (row: number, col: number): number => row * (MAX_COL + 1) + col;
export const rowOf = (k: number): number => Math.floor(k / (MAX_COL + 1));
export const colOf = (k: number): number => k % (MAX_COL + 1);

export function newSheet(wb: WorkbookState, name: string): SheetState {
  return {
    id: wb.nextSheetId++,
    name,
    visibility: 'Visible',
    protected: false,
    tabColor: '',
    cells: new Map(),
    merges: [],
    tables: [],
    hiddenRows: new Set(),
    columnWidths: new Map(),
    rowHeights: new Map(),
    freeze: { rows: 0, cols: 0 },
    pageLayout: {
      orientation: 'Portrait',
      paperSize: 'Letter',
      zoom: { scale: 100 },
      printTitleRows: null,
      centerHeader: '',
      centerFooter: '',
    },
    deleted: false,
  };
}

export function findSheet(wb: WorkbookState, name: string): SheetState | undefined {
  const lower = name.toLocaleLowerCase('en-GB');
  return wb.sheets.find((s) => s.name.toLocaleLowerCase('en-GB') === lower);
}

/**
 * A worksheet-relative address as Excel accepts it in getRange: "B3", "A1:C4",
 * "$A$1", whole rows "5:5" / "2:4", whole columns "B:B" / "B:D".
 */
export function parseAddress(address: string): RangeRef {
  const parts = address.replace(/\$/g, '').toUpperCase().split(':');
  if (parts.length > 2 || parts.some((p) => p === ''))
    throw fakeError('InvalidArgument', `bad address ${address}`);
  const [a, b = a] = parts;
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) {
    return { r0: Math.min(+a, +b) - 1, c0: 0, r1: Math.max(+a, +b) - 1, c1: MAX_COL };
  }
  if (/^[A-Z]{1,3}$/.test(a) && /^[A-Z]{1,3}$/.test(b)) {
    const x = lettersToCol(a);
    const y = lettersToCol(b);
    return { r0: 0, c0: Math.min(x, y), r1: MAX_ROW, c1: Math.max(x, y) };
  }
  const cell = (s: string): { row: number; col: number } => {
    const m = /^([A-Z]{1,3})(\d+)$/.exec(s);
    if (!m) throw fakeError('InvalidArgument', `bad address ${address}`);
    return { row: Number(m[2]) - 1, col: lettersToCol(m[1]) };
  };
  const p = cell(a);
  const q = cell(b);
  const r = {
    r0: Math.min(p.row, q.row),
    c0: Math.min(p.col, q.col),
    r1: Math.max(p.row, q.row),
    c1: Math.max(p.col, q.col),
  };
  if (r.r0 < 0 || r.r1 > MAX_ROW || r.c1 > MAX_COL)
    throw fakeError('InvalidArgument', `bad address ${address}`);
  return r;
}

/** The address Excel reports: sheet-qualified, whole rows/columns in their short form. */
export function formatAddress(sheet: string, r: RangeRef): string {
  let local: string;
  if (r.c0 === 0 && r.c1 === MAX_COL) local = `${r.r0 + 1}:${r.r1 + 1}`;
  else if (r.r0 === 0 && r.r1 === MAX_ROW) local = `${colLetters(r.c0)}:${colLetters(r.c1)}`;
  else {
    const x = a1(r.r0, r.c0);
    const y = a1(r.r1, r.c1);
    local = x === y ? x : `${x}:${y}`;
  }
  return sheetRef(sheet, local);
}

export function overlaps(a: RangeRef, b: RangeRef): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}

export function cellCount(r: RangeRef): number {
  return (r.r1 - r.r0 + 1) * (r.c1 - r.c0 + 1);
}

/**
 * The used range: every cell holding a value, or (when not valuesOnly) any
 * formatting as well. Null for a blank sheet.
 */
export function usedArea(sheet: SheetState, valuesOnly: boolean): RangeRef | null {
  let r: RangeRef | null = null;
  for (const [k, c] of sheet.cells) {
    if (valuesOnly && c.value === null) continue;
    const row = rowOf(k);
    const col = colOf(k);
    if (!r) r = { r0: row, c0: col, r1: row, c1: col };
    else {
      if (row < r.r0) r.r0 = row;
      if (row > r.r1) r.r1 = row;
      if (col < r.c0) r.c0 = col;
      if (col > r.c1) r.c1 = col;
    }
  }
  return r;
}

/** Visits the stored cells inside r; cheaper than the grid for sparse whole-column ranges. */
export function storedCellsIn(sheet: SheetState, r: RangeRef, fn: (c: CellState, k: number) => void): void {
  const area = cellCount(r);
  if (area <= sheet.cells.size) {
    for (let row = r.r0; row <= r.r1; row++) {
      for (let col = r.c0; col <= r.c1; col++) {
        const k = key(row, col);
        const c = sheet.cells.get(k);
        if (c) fn(c, k);
      }
    }
    return;
  }
  for (const [k, c] of sheet.cells) {
    const row = rowOf(k);
    const col = colOf(k);
    if (row >= r.r0 && row <= r.r1 && col >= r.c0 && col <= r.c1) fn(c, k);
  }
}

export function cellFor(sheet: SheetState, row: number, col: number): CellState {
  const k = key(row, col);
  let c = sheet.cells.get(k);
  if (!c) {
    c = { value: null };
    sheet.cells.set(k, c);
  }
  return c;
}

/** True when (row, col) is inside a merged area but not its top-left cell. */
export function coveredByMerge(sheet: SheetState, row: number, col: number): boolean {
  return sheet.merges.some(
    (m) => row >= m.r0 && row <= m.r1 && col >= m.c0 && col <= m.c1 && (row !== m.r0 || col !== m.c0),
  );
}
