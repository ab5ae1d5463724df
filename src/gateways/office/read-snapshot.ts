/**
 * Reads the open workbook into a WorkbookSnapshot with a fixed number of
 * context.sync() calls, however many sheets, tables or rows it has:
 *
 *   1. the sheet list (name, position, visibility, protection), every table and
 *      whether the workbook's structure is protected;
 *   2. each sheet's used range (values only, so formatting-only cells do not
 *      widen it), its merged areas and each table's range;
 *   3. values and number formats of every used range, in row blocks packed into
 *      requests under the size budget: one sync for an ordinary workbook,
 *      ceil(estimated bytes / budget) for a huge one.
 *
 * Three rather than two because a sheet's used range can only be asked for once
 * the sheet list has arrived, and the blocks can only be cut once the used
 * ranges have. The result is shaped exactly like the .xlsx gateway's snapshot.
 *
 * A used range of more than a million cells (a stray value at XFD1048576) is
 * first narrowed to its filled cells, one or two syncs more for such a workbook
 * only, or the read stops with one line naming the sheet and the far cell
 * (filled-areas.ts).
 */
import type {
  CellValue,
  ListObjectInfo,
  RangeRef,
  SheetSnapshot,
  WorkbookSnapshot,
} from '../../engine/model/snapshot';
import { rangeA1 } from '../../engine/model/a1';
import { parseAreaList, parseSheetAddress } from './address';
import {
  BODY_BYTES,
  type Budget,
  DEFAULT_BUDGET,
  NAV_BYTES,
  packBySize,
  PATH_BYTES,
  QUERY_BYTES,
  REQUEST_BYTES,
  rowBlocks,
  SHEET_BYTES,
} from './budget';
import { type PackageLimits, tooManyCells, withDefaults } from '../xlsx-package/limits';
import { CHECK_FROM_CELLS, cellsFromAreas, filledAreas, rowsOf } from './filled-areas';
import { FEATURES, hostRequirement, Notices, type Requirement, supports } from './requirements';
import {
  answered,
  halve,
  isTooBig,
  LEARN_FROM_CELLS,
  MARGIN,
  MIN_CELL_BYTES,
  type Piece,
  pieceBytes,
  recut,
} from './read-blocks';

export interface ReadOptions {
  /** requirement-set check; defaults to Office.context.requirements.isSetSupported */
  requirement?: Requirement;
  /** the workbook's name when Excel cannot report it (ExcelApi < 1.7) */
  name?: string;
  budget?: Partial<Budget>;
  /** the file reader's ceilings (a sheet's filled cells), lowered in tests */
  limits?: Partial<PackageLimits>;
  /** used ranges of more cells than this are narrowed to their filled cells first (lowered in tests) */
  narrowFromCells?: number;
}

export interface ReadResult {
  snapshot: WorkbookSnapshot;
  /** Review > Protect Workbook is on (false where Excel cannot say) */
  structureLocked: boolean;
  syncs: number;
  /** the largest estimated request + response of any sync, in bytes */
  maxRequestBytes: number;
  notices: string[];
}

const GENERAL = 'General';

const VISIBILITY: Record<string, SheetSnapshot['visibility']> = {
  Visible: 'visible',
  Hidden: 'hidden',
  VeryHidden: 'veryHidden',
};

interface SheetRead {
  ws: Excel.Worksheet;
  used: Excel.Range;
  merged: Excel.RangeAreas | null;
  tables: { table: Excel.Table; range: Excel.Range }[];
}

type Can = (f: keyof typeof FEATURES) => boolean;

/** The syncs made and the largest estimated request + response of any, as ReadResult reports them. */
class Tally {
  syncs = 0;
  maxRequestBytes = 0;

  count(bytes: number): void {
    this.maxRequestBytes = Math.max(this.maxRequestBytes, bytes);
    this.syncs++;
  }
}

// five loads (sheets, tables, the name, the protection, DATE(1904,1,1)) and the sheets' names in the
// answer (a stat: this request is small whatever it holds)
const SHEET_LIST_BYTES = REQUEST_BYTES + 5 * QUERY_BYTES + 5 * NAV_BYTES + 2_000;

/**
 * DATE(1904,1,1) as the workbook computes it: 0 in a workbook that counts its dates from 1904, 1,462
 * in one that counts from 1900. Office.js has no property for the date system before ExcelApi 1.16
 * (and our types do not know it); every Excel add-ins run in computes DATE (ExcelApi 1.2).
 */
function queueDateSystem(wb: Excel.Workbook): Excel.FunctionResult<number> {
  return wb.functions.date(1904, 1, 1).load('value');
}

/** Phase 1: the sheet list, every table, and the workbook's name where Excel can tell it. */
function queueSheetList(wb: Excel.Workbook, can: Can): void {
  const sheetProps = ['items/name', 'items/position', 'items/visibility'];
  if (can('protection')) sheetProps.push('items/protection/protected');
  wb.worksheets.load(sheetProps.join(','));
  const tableProps = ['items/name', 'items/worksheet/name'];
  if (can('tableHeaders')) tableProps.push('items/showHeaders');
  wb.tables.load(tableProps.join(','));
  if (can('workbookName')) wb.load('name');
  if (can('workbookProtection')) wb.protection.load('protected');
}

/** Phase 2: each sheet's used range and merged areas, and each table's range, in position order. */
function queueSheetReads(wb: Excel.Workbook, hasMerges: boolean): SheetRead[] {
  const worksheets = [...wb.worksheets.items].sort((a, b) => a.position - b.position);
  const reads: SheetRead[] = worksheets.map((ws) => ({
    ws,
    used: ws.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount,rowHidden'),
    merged: hasMerges ? ws.getRange().getMergedAreasOrNullObject().load('address') : null,
    tables: [],
  }));
  const byName = new Map(reads.map((r) => [r.ws.name, r]));
  for (const table of wb.tables.items) {
    byName.get(table.worksheet.name)?.tables.push({ table, range: table.getRange().load('address') });
  }
  return reads;
}

/** Phase 2's request: per sheet its path, the used range, the whole sheet and its merged areas, and their answers. */
function sheetReadsBytes(sheets: number, tables: number): number {
  const perSheet = SHEET_BYTES + 3 * PATH_BYTES + 3 * QUERY_BYTES + 300;
  return REQUEST_BYTES + perSheet * sheets + (PATH_BYTES + QUERY_BYTES + 100) * tables;
}

function usedArea(used: Excel.Range): RangeRef | null {
  if (used.isNullObject) return null;
  return {
    r0: used.rowIndex,
    c0: used.columnIndex,
    r1: used.rowIndex + used.rowCount - 1,
    c1: used.columnIndex + used.columnCount - 1,
  };
}

/**
 * Phase 3's pieces: cell contents in row blocks (of the used range, or of the filled
 * areas of a huge one), and which rows are hidden where some are.
 */
function cutPieces(
  reads: SheetRead[],
  areas: (RangeRef | null)[],
  filled: (RangeRef[] | null)[],
  budget: Budget,
): Piece[] {
  const pieces: Piece[] = [];
  reads.forEach((r, sheet) => {
    const area = areas[sheet];
    if (!area) return;
    const rects = filled[sheet] ?? [area];
    for (const rect of rects)
      for (const a of rowBlocks(rect, budget)) pieces.push({ kind: 'block', sheet, area: a });
    // null means some rows are hidden and some not; only then is each row asked
    if (r.used.rowHidden !== null) return;
    const rows = filled[sheet] ? rowsOf(rects) : null;
    if (rows) for (const row of rows) pieces.push({ kind: 'probe', sheet, row });
    else for (let row = area.r0; row <= area.r1; row++) pieces.push({ kind: 'probe', sheet, row });
  });
  return pieces;
}

type Batch = { items: Piece[]; bytes: number };

/**
 * The first answer shows what this workbook's cells weigh: the rest is cut to that
 * (with a margin) instead of the cautious guess, which read ordinary sheets in about
 * twice the syncs they need. A guess too low still costs only a retry (readPieces).
 */
function recutToMeasured(pending: Batch[], read: Piece[], budget: Budget, limit: number): Batch[] {
  const seen = answered(read);
  if (seen.cells < LEARN_FROM_CELLS) return pending;
  const measured = {
    ...budget,
    bytesPerCell: Math.max(MIN_CELL_BYTES, (seen.bytes / seen.cells) * MARGIN),
  };
  const rest = recut(
    pending.flatMap((b) => b.items),
    measured,
  );
  return packBySize(rest, (p) => pieceBytes(p, measured), limit);
}

/** Phase 3: the pieces as they were read, in order; a batch Excel refused as too big is read again in halves. */
async function readPieces(
  context: Excel.RequestContext,
  reads: SheetRead[],
  pieces: Piece[],
  budget: Budget,
  tally: Tally,
): Promise<Piece[]> {
  const limit = budget.requestLimitBytes - BODY_BYTES;
  const read: Piece[] = [];
  // one sync per size-limited batch, never per sheet or row: batches = ceil(bytes / budget)
  let pending = packBySize(pieces, (p) => pieceBytes(p, budget), limit);
  let learned = false;
  while (pending.length > 0) {
    if (!learned && read.length > 0) {
      learned = true;
      pending = recutToMeasured(pending, read, budget, limit);
    }
    const batch = pending.shift()!;
    for (const p of batch.items) queuePiece(reads, p);
    tally.count(batch.bytes);
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per 4 MB batch, not per sheet or row
      await context.sync();
    } catch (e) {
      // The estimate is a guess at cells not yet seen (long texts answer more): reading has no
      // side effects, so a batch over Excel's limit is read again in halves rather than failing.
      const halves = isTooBig(e) ? halve(batch.items) : null;
      if (!halves) throw e;
      pending.unshift(...halves.map((items) => ({ items, bytes: batch.bytes / 2 })));
      continue;
    }
    for (const p of batch.items) read.push(p);
  }
  return read;
}

function queuePiece(reads: SheetRead[], p: Piece): void {
  const ws = reads[p.sheet].ws;
  if (p.kind === 'block') p.range = ws.getRange(rangeA1(p.area)).load('values,numberFormat');
  else p.range = ws.getRange(`${p.row + 1}:${p.row + 1}`).load('rowHidden');
}

/** The row blocks of one sheet as its cells; formats stay null when all General. */
function cellsOf(area: RangeRef, blocks: Piece[]): Pick<SheetSnapshot, 'origin' | 'values' | 'formats'> {
  const values: CellValue[][] = [];
  const formats: string[][] = [];
  let anyFormat = false;
  for (const b of blocks) {
    if (b.kind !== 'block' || !b.range) continue;
    const vs = b.range.values as unknown[][];
    const fs = b.range.numberFormat as string[][];
    for (let i = 0; i < vs.length; i++) {
      // Office reports an empty cell as ""; the snapshot says null, as the .xlsx reader does
      values.push(vs[i].map((v) => (v === '' || v === undefined ? null : (v as CellValue))));
      const f = fs[i];
      if (!anyFormat) for (const x of f) if (x !== GENERAL) anyFormat = true;
      formats.push(f);
    }
  }
  return { origin: { row: area.r0, col: area.c0 }, values, formats: anyFormat ? formats : null };
}

/** Rows hidden by the user that hold something, as the .xlsx reader reports them. */
function hiddenRowsOf(sheet: SheetSnapshot, probes: Piece[]): number[] {
  const out: number[] = [];
  for (const p of probes) {
    if (p.kind !== 'probe' || !p.range || p.range.rowHidden !== true) continue;
    const line = sheet.values[p.row - sheet.origin.row];
    if (line && line.some((v) => v !== null)) out.push(p.row);
  }
  return out;
}

function mergesOf(merged: Excel.RangeAreas | null): RangeRef[] {
  if (!merged || merged.isNullObject) return [];
  return parseAreaList(merged.address).sort((a, b) => a.r0 - b.r0 || a.c0 - b.c0);
}

function tablesOf(tables: SheetRead['tables'], can: Can): ListObjectInfo[] {
  return tables.map(({ table, range }) => ({
    name: table.name,
    range: parseSheetAddress(range.address),
    showHeaders: can('tableHeaders') ? table.showHeaders : true,
  }));
}

/** How a sheet's cells were read: its used range (null when blank), and the filled areas read instead of it. */
interface SheetArea {
  area: RangeRef | null;
  filled: RangeRef[] | null;
  /** the workbook's name, for a message */
  file: string;
  /** the same ceilings as the file reader's */
  limits: PackageLimits;
}

/** One sheet of the snapshot from its answers: `pieces` are its own. */
function sheetOf(r: SheetRead, at: SheetArea, pieces: Piece[], can: Can): SheetSnapshot {
  const { area } = at;
  const { ws } = r;
  const sheet: SheetSnapshot = {
    name: ws.name,
    index: ws.position,
    visibility: VISIBILITY[ws.visibility] ?? 'visible',
    origin: { row: 0, col: 0 },
    values: [],
    formats: null,
    merges: mergesOf(r.merged),
    tables: tablesOf(r.tables, can),
    protected: can('protection') ? ws.protection.protected : false,
  };
  if (!area) return sheet;
  const tooBig = (): never => {
    throw tooManyCells(at.file, ws.name, area.r1, area.c1, at.limits);
  };
  Object.assign(sheet, at.filled ? cellsFromAreas(pieces, at.limits, tooBig) : cellsOf(area, pieces));
  const hidden = hiddenRowsOf(sheet, pieces);
  if (hidden.length > 0) sheet.hiddenRows = hidden;
  return sheet;
}

export async function readSnapshot(
  context: Excel.RequestContext,
  opts: ReadOptions = {},
): Promise<ReadResult> {
  const requirement = opts.requirement ?? hostRequirement();
  const budget: Budget = { ...DEFAULT_BUDGET, ...opts.budget };
  const notices = new Notices();
  const can: Can = (f) => supports(requirement, f);
  if (!can('usedRange'))
    throw new Error(
      'NI Targets needs Excel 2016 or later (ExcelApi 1.4) to read a workbook; please update Excel.',
    );
  const tally = new Tally();

  // phase 1: what sheets and tables there are
  const wb = context.workbook;
  queueSheetList(wb, can);
  const dateSystem = queueDateSystem(wb);
  tally.count(SHEET_LIST_BYTES);
  await context.sync();

  // phase 2: used ranges, merges and table ranges of every sheet, queued together
  const hasMerges = can('mergedAreas');
  if (!hasMerges) notices.missing('mergedAreas');
  const reads = queueSheetReads(wb, hasMerges);
  tally.count(sheetReadsBytes(reads.length, wb.tables.items.length));
  await context.sync();

  // a used range too big to read whole is narrowed to its filled cells (only huge sheets: more syncs)
  const name = can('workbookName') ? wb.name : (opts.name ?? 'Workbook');
  const areas = reads.map((r) => usedArea(r.used));
  const limits = withDefaults(opts.limits);
  const filled = await filledAreas({
    context,
    file: name,
    names: reads.map((r) => r.ws.name),
    used: reads.map((r) => r.used),
    areas,
    canAsk: can('specialCells'),
    from: opts.narrowFromCells ?? CHECK_FROM_CELLS,
    limits,
    requestLimit: budget.requestLimitBytes - BODY_BYTES,
    count: (bytes) => tally.count(bytes),
  });

  // phase 3: cell contents in blocks, and which rows are hidden where some are
  const read = await readPieces(context, reads, cutPieces(reads, areas, filled, budget), budget, tally);

  const bySheet = reads.map((): Piece[] => []);
  for (const p of read) bySheet[p.sheet].push(p);
  const sheets = reads.map((r, i) =>
    sheetOf(r, { area: areas[i], filled: filled[i], file: name, limits }, bySheet[i], can),
  );
  return {
    // serials stay as stored; the engine counts a 1904 workbook's dates as the 1900 system's (date-system.ts)
    snapshot: dateSystem.value === 0 ? { name, sheets, date1904: true } : { name, sheets },
    structureLocked: can('workbookProtection') && wb.protection.protected,
    syncs: tally.syncs,
    maxRequestBytes: tally.maxRequestBytes,
    notices: notices.list,
  };
}
