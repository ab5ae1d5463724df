/**
 * The rows a sheet reader kept, shaped as the snapshot's values and formats from an
 * origin. An ordinary sheet gets exactly what the exceljs reader builds (every row
 * padded to the used width with null and "General"), so both gateways agree cell
 * for cell. A sheet whose used range is mostly air (a stray value at XFD1048576
 * beside A1) is not padded: each row is as long as its own last cell and missing
 * rows share one frozen empty row, so memory follows the cells that exist. The
 * engine reads rows by their length and blank cells as null, so it needs no more.
 */
import type { CellValue, RangeRef } from '../../engine/model/snapshot';
import { type PackageLimits } from './limits';
import { GENERAL, type RowCells } from './sheet-cells';

export interface Grid {
  origin: { row: number; col: number };
  values: CellValue[][];
  formats: string[][] | null;
}

/** Every missing row of a sparse sheet: frozen, so nothing can write into it by mistake. */
const NO_CELLS = Object.freeze([]) as unknown as never[];

function firstRowAtOrAfter(rows: RowCells[], row: number): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid].row < row) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Trims a row's leading and trailing blanks after merges emptied some of its cells. */
function trim(cells: RowCells): void {
  let first = 0;
  while (first < cells.values.length && cells.values[first] === null) first++;
  let last = cells.values.length - 1;
  while (last >= first && cells.values[last] === null) last--;
  cells.values = cells.values.slice(first, last + 1);
  if (cells.formats) cells.formats = cells.formats.slice(first, last + 1);
  cells.base += first;
}

/**
 * Excel keeps only the top-left value of a merged area, and so does exceljs (the
 * others read as empty): cells another tool left inside a merge are dropped here.
 */
export function dropMergedValues(rows: RowCells[], merges: RangeRef[]): RowCells[] {
  let touched = false;
  for (const m of merges) {
    for (let k = firstRowAtOrAfter(rows, m.r0); k < rows.length && rows[k].row <= m.r1; k++) {
      const cells = rows[k];
      const from = Math.max(m.c0, cells.base);
      const to = Math.min(m.c1, cells.base + cells.values.length - 1);
      for (let c = from; c <= to; c++) {
        if (cells.row === m.r0 && c === m.c0) continue;
        if (cells.values[c - cells.base] === null) continue;
        cells.values[c - cells.base] = null;
        if (cells.formats) cells.formats[c - cells.base] = GENERAL;
        touched = true;
      }
    }
  }
  if (!touched) return rows;
  for (const cells of rows) trim(cells);
  return rows.filter((cells) => cells.values.length > 0);
}

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

interface Shape {
  originRow: number;
  originCol: number;
  height: number;
  width: number;
  anyFormat: boolean;
}

function shapeOf(rows: RowCells[]): Shape {
  let minCol = Infinity;
  let maxCol = -1;
  let anyFormat = false;
  for (const cells of rows) {
    if (cells.base < minCol) minCol = cells.base;
    const end = cells.base + cells.values.length - 1;
    if (end > maxCol) maxCol = end;
    if (cells.formats) anyFormat = true;
  }
  const originRow = rows[0].row;
  return {
    originRow,
    originCol: minCol,
    height: rows[rows.length - 1].row - originRow + 1,
    width: maxCol - minCol + 1,
    anyFormat,
  };
}

/** Slots the rows take when each is only as long as its own last cell. */
function raggedSlots(rows: RowCells[], originCol: number): number {
  let n = 0;
  for (const cells of rows) n += cells.base - originCol + cells.values.length;
  return n;
}

/** Pads the grid as exceljs's reader does when that costs at most a few times the cells themselves. */
function padded(rows: RowCells[], shape: Shape, cells: number, limits: PackageLimits): boolean {
  const area = shape.height * shape.width;
  return area <= limits.maxCellsPerSheet && area <= 8 * cells + 65_536;
}

function build(rows: RowCells[], s: Shape, pad: boolean): Grid {
  const values = new Array<CellValue[]>(s.height);
  const formats = s.anyFormat ? new Array<string[]>(s.height) : null;
  let k = 0;
  for (let i = 0; i < s.height; i++) {
    const cells = rows[k];
    const width = pad
      ? s.width
      : cells && cells.row === s.originRow + i
        ? cells.base - s.originCol + cells.values.length
        : 0;
    if (cells && cells.row === s.originRow + i) {
      values[i] = fitRow(cells.values, cells.base, s.originCol, width, null);
      if (formats) formats[i] = fitRow(cells.formats ?? [], cells.base, s.originCol, width, GENERAL);
      k++;
    } else {
      values[i] = pad ? new Array<CellValue>(width).fill(null) : NO_CELLS;
      if (formats) formats[i] = pad ? new Array<string>(width).fill(GENERAL) : NO_CELLS;
    }
  }
  return { origin: { row: s.originRow, col: s.originCol }, values, formats };
}

/**
 * The grid for these rows, or a call to `tooBig` (which throws) when even the
 * unpadded rows would pass the sheet's cell limit: a row holding A and XFD is
 * 16,384 slots however few cells it has.
 */
export function toGrid(rows: RowCells[], cells: number, limits: PackageLimits, tooBig: () => never): Grid {
  if (rows.length === 0) return { origin: { row: 0, col: 0 }, values: [], formats: null };
  const shape = shapeOf(rows);
  if (padded(rows, shape, cells, limits)) return build(rows, shape, true);
  if (raggedSlots(rows, shape.originCol) > limits.maxCellsPerSheet) tooBig();
  return build(rows, shape, false);
}
