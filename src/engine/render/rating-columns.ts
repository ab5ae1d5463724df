/**
 * The write plan for RAG | Direction | Trajectory columns beside each targets table.
 *
 * Rules (the officer's cells are never overwritten):
 * - What the add-in wrote last time (registry ranges "rating columns") is cleared first,
 *   except cells an officer has since typed over: those are left and reported.
 * - The table's own RAG / Status, Direction of travel and Trajectory columns are used when
 *   every cell to be written there is empty or the add-in's own.
 * - Otherwise the ratings go in the columns just right of the table, or, when any cell
 *   there holds something (or is merged), in the next free columns, with a notice.
 * - A note under the RAG column (else above the table) states the rules and the year.
 * - Every written range is recorded in the registry. Ops: clears, then values, then styles.
 *
 * The steps are numbered below. Where the columns go is rating-placement.ts; what is free
 * on a sheet, rating-sheet.ts; what the cells and notices say, rating-texts.ts.
 */
import { SharedTexts } from '../model/shared-texts';
import type { CellStyle, WriteOp } from '../model/plan';
import type { RangeRef, WorkbookSnapshot } from '../model/snapshot';
import { cellAt } from '../model/snapshot';
import type { IndicatorTable } from '../model/tables';
import type { Settings } from '../model/settings';
import { a1, cellKey, parseRangeA1 } from '../model/a1';
import { rangesOf, withRanges, type Registry, type RegistryEntry } from '../ownership/registry';
import type { Rating } from '../rate/types';
import { ratingRules, settle } from '../rate/explain';
import { HEADER_STYLE, NOTE_STYLE } from './styles';
import { isBlank, isFree, keyRanges, SheetStates, type SheetState } from './rating-sheet';
import {
  CELL_OF,
  headerText,
  KINDS,
  looksWritten,
  NOTE_PREFIX,
  noNoteCellNotice,
  protectedNotice,
  sheetMissingNotice,
  typedOverNotice,
  type Kind,
} from './rating-texts';
import { placeColumns, type RatingColumn, type TableRows } from './rating-placement';

export { NOTE_PREFIX };
export const RATING_DETAIL = 'rating columns';

export interface RatingColumnsResult {
  ops: WriteOp[];
  registry: Registry;
  notices: string[];
}

interface Cell {
  row: number;
  value: string;
  style?: CellStyle;
}

/** Values and styles ops, kept apart because a plan writes every value before any style. */
interface ColumnOps {
  values: WriteOp[];
  styles: WriteOp[];
}

function append(to: ColumnOps, ops: ColumnOps): void {
  // a loop, not push(...ops): a style op per row of a 100k-row table is too many arguments
  for (const op of ops.values) to.values.push(op);
  for (const op of ops.styles) to.styles.push(op);
}

/** Rows r0..r1 of one column as an A1 range. */
function columnRange(col: number, r0: number, r1: number): string {
  return r0 === r1 ? a1(r0, col) : settle(`${a1(r0, col)}:${a1(r1, col)}`);
}

const nextRow = (a: Cell, b: Cell): boolean => b.row === a.row + 1;
const sameStyle = (a: Cell, b: Cell): boolean => b.style === a.style;

/** The last index of the run starting at `from` (no further than `last`) whose neighbours go `together`. */
function runEnd(cells: Cell[], from: number, last: number, together: (a: Cell, b: Cell) => boolean): number {
  let j = from;
  while (j < last && together(cells[j], cells[j + 1])) j++;
  return j;
}

/** Style ops for cells[from..to] (consecutive rows), in runs of the same style object. */
function styleOps(sheet: string, col: number, cells: Cell[], from: number, to: number): WriteOp[] {
  const out: WriteOp[] = [];
  for (let s = from; s <= to;) {
    const e = runEnd(cells, s, to, sameStyle);
    const style = cells[s].style;
    if (style) out.push({ op: 'style', sheet, range: columnRange(col, cells[s].row, cells[e].row), style });
    s = e + 1;
  }
  return out;
}

/** Values and styles for one column, as runs of consecutive rows; its cells are claimed. */
function columnOps(st: SheetState, col: number, cells: Cell[], own: boolean, texts: SharedTexts): ColumnOps {
  const sorted = cells.filter((c) => c.value !== '').sort((a, b) => a.row - b.row);
  const ops: ColumnOps = { values: [], styles: [] };
  for (let i = 0; i < sorted.length;) {
    const j = runEnd(sorted, i, sorted.length - 1, nextRow);
    const range = columnRange(col, sorted[i].row, sorted[j].row);
    ops.values.push({
      op: 'values',
      sheet: st.name,
      range,
      values: sorted.slice(i, j + 1).map((c) => texts.row(c.value)),
    });
    st.written.push(range);
    for (const op of styleOps(st.name, col, sorted, i, j)) ops.styles.push(op);
    i = j + 1;
  }
  for (const c of sorted) {
    const k = cellKey(c.row, col);
    st.claimed.add(k);
    if (own && st.reusable.has(k)) st.rewritten.add(k);
  }
  return ops;
}

/* 1. What the add-in wrote before: reusable unless an officer has typed over it since. */

/** Marks the range's cells reusable; returns those typed over since, in A1. */
function reclaimRange(st: SheetState, r: RangeRef): string[] {
  const typedOver: string[] = [];
  for (let row = r.r0; row <= r.r1; row++) {
    for (let col = r.c0; col <= r.c1; col++) {
      const v = cellAt(st.snap, row, col);
      if (isBlank(v) || looksWritten(v)) st.reusable.add(cellKey(row, col));
      else typedOver.push(a1(row, col));
    }
  }
  return typedOver;
}

/** Reclaims every range written before; returns a notice per sheet where some were typed over. */
function reclaimPrevious(states: SheetStates, previous: RegistryEntry[]): string[] {
  const changed = new Map<string, string[]>();
  for (const e of previous) {
    const st = states.of(e.sheet);
    if (!st) continue;
    const typedOver = reclaimRange(st, parseRangeA1(e.range));
    if (typedOver.length) changed.set(st.name, [...(changed.get(st.name) ?? []), ...typedOver]);
  }
  return [...changed].map(([sheet, cells]) => typedOverNotice(sheet, cells));
}

/* 2. Columns for each table, then its cells. */

interface Placed {
  table: IndicatorTable;
  st: SheetState;
  ragCol: number;
  top: number;
  bottom: number;
  ratedYear: string | null;
}

interface TablesWritten extends ColumnOps {
  placed: Placed[];
  notices: string[];
}

/** The table's sheet, or the notices saying why nothing is written there (a protected sheet is named once). */
function writableSheet(
  states: SheetStates,
  table: IndicatorTable,
  refused: Set<string>,
): SheetState | string[] {
  const st = states.of(table.sheet);
  if (!st) return [sheetMissingNotice(table.sheet)];
  if (!st.snap.protected) return st;
  const first = !refused.has(st.name);
  refused.add(st.name);
  return first ? [protectedNotice(st.name)] : [];
}

function tableRows(table: IndicatorTable): TableRows {
  const dataRows = table.rows.map((r) => r.row);
  return {
    dataRows,
    top: table.headerRows.reduce((m, r) => Math.min(m, r), table.range.r0),
    bottom: dataRows.reduce((m, r) => Math.max(m, r), table.range.r1),
  };
}

/** Last row of each run of consecutive header rows: where a header line sits above data. */
function headerLines(rows: number[]): number[] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  return sorted.filter((r, i) => sorted[i + 1] !== r + 1);
}

/** What every column of one table is written from. */
interface TableSource {
  st: SheetState;
  table: IndicatorTable;
  byRow: Map<number, Rating>;
  ratedYear: string | null;
  /** rows where a header line sits above data */
  lines: number[];
}

/** The header cells above one kind of column. */
function headerCells(src: TableSource, at: RatingColumn, header: string): Cell[] {
  const cells: Cell[] = [];
  for (const line of src.lines) {
    // an officer's own header stays; one the add-in wrote (the table grew over its columns) is renewed
    if (!at.own || src.st.reusable.has(cellKey(line, at.col)))
      cells.push({ row: line, value: header, style: HEADER_STYLE });
  }
  return cells;
}

/** One kind of column's cells: its headers, then a cell per data row. */
function kindCells(src: TableSource, kind: Kind, at: RatingColumn, texts: SharedTexts): Cell[] {
  const cells = headerCells(src, at, headerText(kind, src.ratedYear));
  const cellOf = CELL_OF[kind];
  for (const r of src.table.rows) {
    const c = cellOf(src.byRow.get(r.row));
    cells.push({ row: r.row, value: texts.text(c.value), style: c.style });
  }
  return cells;
}

/** One table's columns and cells; placed is null when it was not rated. */
function writeTable(
  st: SheetState,
  table: IndicatorTable,
  list: Rating[],
  texts: SharedTexts,
): { placed: Placed | null; ops: ColumnOps; notices: string[] } {
  const ops: ColumnOps = { values: [], styles: [] };
  const rows = tableRows(table);
  const { columns, notices } = placeColumns(st, table, rows);
  if (!columns) return { placed: null, ops, notices };
  const src: TableSource = {
    st,
    table,
    byRow: new Map(list.map((r) => [r.row, r])),
    ratedYear: list.find((r) => r.ratedYear)?.ratedYear ?? null,
    lines: headerLines(table.headerRows),
  };
  for (const kind of KINDS) {
    const at = columns[kind];
    append(ops, columnOps(st, at.col, kindCells(src, kind, at, texts), at.own, texts));
  }
  const { top, bottom } = rows;
  return {
    placed: { table, st, ragCol: columns.rag.col, top, bottom, ratedYear: src.ratedYear },
    ops,
    notices,
  };
}

function writeTables(
  states: SheetStates,
  tables: IndicatorTable[],
  ratings: Map<IndicatorTable, Rating[]>,
  texts: SharedTexts,
): TablesWritten {
  const out: TablesWritten = { values: [], styles: [], placed: [], notices: [] };
  const refused = new Set<string>();
  for (const table of tables) {
    const st = writableSheet(states, table, refused);
    if (Array.isArray(st)) {
      out.notices.push(...st);
      continue;
    }
    const written = writeTable(st, table, ratings.get(table) ?? [], texts);
    out.notices.push(...written.notices);
    append(out, written.ops);
    if (written.placed) out.placed.push(written.placed);
  }
  return out;
}

/* 3. Notes, once every table's columns are claimed, so a note never pushes a table aside. */

interface NotesWritten extends ColumnOps {
  notices: string[];
}

function writeNotes(placed: Placed[], settings: Settings, texts: SharedTexts): NotesWritten {
  const out: NotesWritten = { values: [], styles: [], notices: [] };
  for (const p of placed) {
    const text = `${NOTE_PREFIX} ${ratingRules(settings, p.ratedYear).join(' ')}`;
    const spot = [p.bottom + 1, p.top - 1].find((row) => row >= 0 && isFree(p.st, row, p.ragCol));
    if (spot === undefined) {
      out.notices.push(noNoteCellNotice(p.st.name, a1(p.table.range.r0, p.table.range.c0)));
      continue;
    }
    append(out, columnOps(p.st, p.ragCol, [{ row: spot, value: text, style: NOTE_STYLE }], false, texts));
  }
  return out;
}

/* 4. Clear the rest of what was written before; record what was written now. */

function staleClears(states: SheetStates): WriteOp[] {
  const clears: WriteOp[] = [];
  for (const st of states.all()) {
    const stale = [...st.reusable].filter((k) => !st.rewritten.has(k));
    for (const range of keyRanges(stale)) clears.push({ op: 'clear', sheet: st.name, range });
  }
  return clears;
}

/** Every sheet written before or now gets its registry ranges replaced by this run's. */
function recordWritten(registry: Registry, previous: RegistryEntry[], states: SheetStates): Registry {
  const sheetsTouched = new Map<string, string>();
  for (const e of previous) sheetsTouched.set(e.sheet.toLowerCase(), e.sheet);
  for (const st of states.all()) sheetsTouched.set(st.name.toLowerCase(), st.name);
  let next = registry;
  for (const [lower, name] of sheetsTouched) {
    const st = states.made(lower);
    next = withRanges(next, st?.name ?? name, st ? st.written : [], RATING_DETAIL);
  }
  return next;
}

function widthOps(states: SheetStates): WriteOp[] {
  const widths: WriteOp[] = [];
  for (const st of states.all()) {
    if (st.widths.length) widths.push({ op: 'columnWidths', sheet: st.name, widths: st.widths });
  }
  return widths;
}

export function ratingColumnsPlan(
  snapshot: WorkbookSnapshot,
  tables: IndicatorTable[],
  ratings: Map<IndicatorTable, Rating[]>,
  registry: Registry,
  settings: Settings,
): RatingColumnsResult {
  const states = new SheetStates(snapshot);
  // "Not rated: no 2008/09 actual" and "On track (expected 7.9%)" recur down a table: one string each
  const texts = new SharedTexts();
  const previous = rangesOf(registry, RATING_DETAIL);
  const reclaimed = reclaimPrevious(states, previous);
  const tablesWritten = writeTables(states, tables, ratings, texts);
  const notes = writeNotes(tablesWritten.placed, settings, texts);
  // ops: clears, then values, then styles, then widths (steps 2 and 3 had to run before clearing)
  return {
    ops: [
      ...staleClears(states),
      ...tablesWritten.values,
      ...notes.values,
      ...tablesWritten.styles,
      ...notes.styles,
      ...widthOps(states),
    ],
    registry: recordWritten(registry, previous, states),
    notices: [...reclaimed, ...tablesWritten.notices, ...notes.notices],
  };
}
