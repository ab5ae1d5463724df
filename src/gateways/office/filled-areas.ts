/**
 * A used range too big to read block by block. One value at XFD1048576 beside a
 * table at A1 makes the used range A1:XFD1048576, 17 billion cells: read in row
 * blocks that would be hundreds of thousands of syncs. So a used range of more than
 * CHECK_FROM_CELLS cells is first narrowed to its filled cells, found by Excel
 * itself with Range.getSpecialCellsOrNullObject (ExcelApi 1.9), constants and
 * formulas, as RangeAreas whose `areas` are the rectangles to read. Then:
 *
 *   - most of the range filled (the .xlsx reader's own test, sheet-grid.ts): read
 *     the range whole, as before;
 *   - a few areas: read only those (one more sync to list them), shaped as the
 *     .xlsx reader shapes a sparse sheet, so both gateways give the same snapshot;
 *   - more filled cells than the .xlsx reader takes from one sheet, or no way to
 *     ask (Excel before 1.9) and a range past that many cells: stop with the one
 *     line the file reader gives, naming the sheet and the far cell.
 *
 * Normal workbooks never reach this: their pass keeps its three syncs.
 */
import type { CellValue, RangeRef, SheetSnapshot } from '../../engine/model/snapshot';
import { type PackageLimits, tooManyCells, usedRangeTooBig } from '../xlsx-package/limits';
import { GENERAL, RowBuilder, type RowCells } from '../xlsx-package/sheet-cells';
import { toGrid } from '../xlsx-package/sheet-grid';
import { cells, PATH_BYTES, packBySize, QUERY_BYTES, REQUEST_BYTES, RESULT_BYTES } from './budget';
import type { Piece } from './read-blocks';

/** Used ranges of more cells than this are narrowed to their filled cells before they are read. */
export const CHECK_FROM_CELLS = 1_000_000;
/** Rectangles of filled cells a sheet may have for them to be listed and read one by one (~2 MB listed). */
export const MAX_AREAS = 20_000;
/** The most cells of a used range read whole when its filled cells are too scattered to list. */
export const WHOLE_MAX_CELLS = 4_000_000;
/** An area in the answer: its item envelope and four numbers. */
const AREA_BYTES = 110;
/** The two getSpecialCells calls of one sheet and their counts in the answer. */
const COUNT_BYTES = 2 * (PATH_BYTES + QUERY_BYTES + RESULT_BYTES + 60);

export interface FilledRead {
  context: Excel.RequestContext;
  /** the workbook's name, for messages */
  file: string;
  names: string[];
  used: Excel.Range[];
  /** each sheet's used range, null when blank */
  areas: (RangeRef | null)[];
  canAsk: boolean;
  /** used ranges of more cells than this are narrowed (CHECK_FROM_CELLS but in tests) */
  from: number;
  limits: PackageLimits;
  /** the request budget per sync */
  requestLimit: number;
  /** counts a sync of about this many bytes */
  count(bytes: number): void;
}

interface Query {
  sheet: number;
  area: RangeRef;
  constants: Excel.RangeAreas;
  formulas: Excel.RangeAreas;
}

type Verdict = 'whole' | 'areas';

function countOf(ra: Excel.RangeAreas, field: 'cellCount' | 'areaCount'): number {
  if (ra.isNullObject) return 0;
  // cellCount is -1 past 2^31-1
  return ra[field] < 0 ? Infinity : ra[field];
}

/** Whole range or its areas, for a sheet whose filled cells Excel has counted; throws when neither will do. */
function verdictFor(x: FilledRead, q: Query): Verdict {
  const filled = countOf(q.constants, 'cellCount') + countOf(q.formulas, 'cellCount');
  const area = cells(q.area);
  const { maxCellsPerSheet } = x.limits;
  const name = x.names[q.sheet];
  if (filled > maxCellsPerSheet) throw tooManyCells(x.file, name, q.area.r1, q.area.c1, x.limits);
  // the .xlsx reader pads a sheet to its used range on this same test (sheet-grid.ts)
  const dense = area <= maxCellsPerSheet && area <= 8 * filled + 65_536;
  if (dense) return 'whole';
  const blocks = countOf(q.constants, 'areaCount') + countOf(q.formulas, 'areaCount');
  if (blocks <= MAX_AREAS) return 'areas';
  if (area <= WHOLE_MAX_CELLS) return 'whole';
  const why = `its ${filled.toLocaleString('en-GB')} filled cells lie in ${blocks.toLocaleString('en-GB')} separate blocks`;
  throw usedRangeTooBig(x.file, name, q.area.r1, q.area.c1, why);
}

/** Sync 1 of 2: how many cells and areas hold constants and formulas in each big range. */
async function countFilled(x: FilledRead, big: number[]): Promise<Query[]> {
  const queries = big.map((sheet): Query => ({
    sheet,
    area: x.areas[sheet] as RangeRef,
    constants: x.used[sheet].getSpecialCellsOrNullObject('Constants').load('cellCount,areaCount'),
    formulas: x.used[sheet].getSpecialCellsOrNullObject('Formulas').load('cellCount,areaCount'),
  }));
  x.count(REQUEST_BYTES + COUNT_BYTES * big.length);
  try {
    await x.context.sync();
  } catch {
    const q = queries[0];
    const why = 'Excel could not list which of them are filled';
    throw usedRangeTooBig(x.file, x.names[q.sheet], q.area.r1, q.area.c1, why);
  }
  return queries;
}

function areaBytes(q: Query): number {
  return (
    PATH_BYTES +
    QUERY_BYTES +
    AREA_BYTES * (countOf(q.constants, 'areaCount') + countOf(q.formulas, 'areaCount'))
  );
}

function rectOf(r: Excel.Range): RangeRef {
  return {
    r0: r.rowIndex,
    c0: r.columnIndex,
    r1: r.rowIndex + r.rowCount - 1,
    c1: r.columnIndex + r.columnCount - 1,
  };
}

/** Sync 2 of 2 (more only when many sheets hold many areas): the rectangles of each sheet's filled cells. */
async function listAreas(x: FilledRead, queries: Query[]): Promise<Map<number, RangeRef[]>> {
  const out = new Map<number, RangeRef[]>();
  const items = 'items/rowIndex,items/columnIndex,items/rowCount,items/columnCount';
  for (const batch of packBySize(queries, areaBytes, x.requestLimit)) {
    const loads = batch.items.flatMap((q) =>
      [q.constants, q.formulas]
        .filter((ra) => !ra.isNullObject)
        .map((ra) => ({ q, list: ra.areas.load(items) })),
    );
    x.count(REQUEST_BYTES + batch.bytes);
    // one sync per request budget of areas: one in all but a workbook of several huge, scattered sheets
    await x.context.sync();
    for (const { q, list } of loads) {
      const rects = out.get(q.sheet) ?? [];
      for (const r of list.items) rects.push(rectOf(r));
      out.set(q.sheet, rects);
    }
  }
  return out;
}

/**
 * Per sheet, null to read its used range whole (as every ordinary sheet is), or
 * the rectangles of its filled cells to read instead. Throws the one-line
 * WorkbookTooBigError when a sheet can be read neither way.
 */
export async function filledAreas(x: FilledRead): Promise<(RangeRef[] | null)[]> {
  const out: (RangeRef[] | null)[] = x.areas.map(() => null);
  const big = x.areas.flatMap((a, i) => (a && cells(a) > x.from ? [i] : []));
  if (big.length === 0) return out;
  if (!x.canAsk) {
    for (const i of big) {
      const a = x.areas[i] as RangeRef;
      const why = 'this version of Excel cannot tell the add-in which of them are filled';
      if (cells(a) > x.limits.maxCellsPerSheet) throw usedRangeTooBig(x.file, x.names[i], a.r1, a.c1, why);
    }
    return out;
  }
  const queries = await countFilled(x, big);
  const sparse = queries.filter((q) => verdictFor(x, q) === 'areas');
  if (sparse.length === 0) return out;
  const rects = await listAreas(x, sparse);
  for (const q of sparse) out[q.sheet] = rects.get(q.sheet) ?? [];
  return out;
}

/** Rows to ask rowHidden of in a sheet read by its areas: those holding filled cells, each once. */
export function rowsOf(rects: RangeRef[]): number[] {
  const rows = new Set<number>();
  for (const r of rects) for (let row = r.r0; row <= r.r1; row++) rows.add(row);
  return [...rows].sort((a, b) => a - b);
}

/**
 * A sheet read by its areas, shaped by sheet-grid.ts exactly as the .xlsx reader
 * shapes the same cells: only filled cells kept, rows as long as their last cell.
 */
export function cellsFromAreas(
  blocks: Piece[],
  limits: PackageLimits,
  tooBig: () => never,
): Pick<SheetSnapshot, 'origin' | 'values' | 'formats'> {
  const found: { row: number; col: number; value: CellValue; format: string }[] = [];
  for (const b of blocks) {
    if (b.kind !== 'block' || !b.range) continue;
    const vs = b.range.values as unknown[][];
    const fs = b.range.numberFormat as string[][];
    vs.forEach((line, i) =>
      line.forEach((v, j) => {
        if (v === '' || v === undefined || v === null) return;
        found.push({
          row: b.area.r0 + i,
          col: b.area.c0 + j,
          value: v as CellValue,
          format: fs[i][j] ?? GENERAL,
        });
      }),
    );
  }
  found.sort((a, b) => a.row - b.row || a.col - b.col);
  const rows: RowCells[] = [];
  const builder = new RowBuilder();
  found.forEach((c, k) => {
    builder.put(c.col, c.value, c.format);
    if (k + 1 === found.length || found[k + 1].row !== c.row) rows.push(builder.take(c.row) as RowCells);
  });
  return toGrid(rows, found.length, limits, tooBig);
}
