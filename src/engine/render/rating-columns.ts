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
 */
import { SharedTexts } from '../model/shared-texts';
import type { CellStyle, WriteOp } from '../model/plan';
import type { CellValue, RangeRef, SheetSnapshot, WorkbookSnapshot } from '../model/snapshot';
import { cellAt } from '../model/snapshot';
import type { ColumnRole, IndicatorTable } from '../model/tables';
import type { Settings } from '../model/settings';
import { a1, colLetters, parseRangeA1 } from '../model/a1';
import { rangesOf, withRanges, type Registry } from '../model/registry';
import type { Rating } from '../rate/types';
import { formatValue, ratingRules, settle } from '../rate/explain';
import { HEADER_STYLE, NOTE_STYLE, RAG_STYLES, type RagStyleKey } from './styles';

export const RATING_DETAIL = 'rating columns';
export const NOTE_PREFIX = 'NI Targets ratings:';

export interface RatingColumnsResult {
  ops: WriteOp[];
  registry: Registry;
  notices: string[];
}

type Kind = 'rag' | 'direction' | 'trajectory';
const KINDS: Kind[] = ['rag', 'direction', 'trajectory'];
const OWN_ROLE: Record<Kind, ColumnRole> = {
  rag: 'status',
  direction: 'direction',
  trajectory: 'trajectory',
};
const KIND_WORDS: Record<Kind, string> = {
  rag: 'RAG ratings',
  direction: 'directions',
  trajectory: 'trajectories',
};
const WIDTHS: Record<Kind, number> = { rag: 22, direction: 15, trajectory: 30 };

const ARROWS: Record<NonNullable<Rating['direction']>, string> = {
  Improving: '▲ Improving',
  Worsening: '▼ Worsening',
  'No change': '► No change',
  Increasing: '▲ Increasing',
  Decreasing: '▼ Decreasing',
};

/** Beginnings of everything this file writes: a cell starting otherwise was typed by someone. */
const OUR_WORDS = [
  'Green',
  'Amber',
  'Red',
  'Not rated',
  '▲ ',
  '▼ ',
  '► ',
  'On track',
  'Near track',
  'Off track',
  'RAG',
  'Direction',
  'Trajectory',
  NOTE_PREFIX,
];

const MAX_COLS = 16384;
const key = (row: number, col: number): number => row * MAX_COLS + col;

function isBlank(v: CellValue): boolean {
  return v === null || v === '';
}

function looksWritten(v: CellValue): boolean {
  return typeof v === 'string' && OUR_WORDS.some((w) => v.startsWith(w));
}

interface Cell {
  row: number;
  value: string;
  style?: CellStyle;
}

interface SheetState {
  name: string;
  snap: SheetSnapshot;
  /** cells the add-in wrote before and may write again */
  reusable: Set<number>;
  /** cells this run writes */
  claimed: Set<number>;
  /** reusable cells rewritten in place (own columns), which must not be cleared */
  rewritten: Set<number>;
  mergesByCol: Map<number, RangeRef[]>;
  lastCol: number;
  /** last column holding a cell the officer wrote (the add-in's own cells not counted); lazy */
  officerLastCol?: number;
  /** A1 ranges written this run, for the registry */
  written: string[];
  widths: { col: number; width: number }[];
}

function sheetState(snap: SheetSnapshot): SheetState {
  const mergesByCol = new Map<number, RangeRef[]>();
  for (const m of snap.merges) {
    for (let c = m.c0; c <= m.c1; c++) {
      const list = mergesByCol.get(c);
      if (list) list.push(m);
      else mergesByCol.set(c, [m]);
    }
  }
  let lastCol = -1;
  for (const r of snap.values) lastCol = Math.max(lastCol, snap.origin.col + r.length - 1);
  return {
    name: snap.name,
    snap,
    reusable: new Set(),
    claimed: new Set(),
    rewritten: new Set(),
    mergesByCol,
    lastCol,
    written: [],
    widths: [],
  };
}

/**
 * Widths are set only on columns beyond the officer's own data, so their widths are
 * never changed; columns the add-in alone has written count as beyond it, so a
 * re-run sets the same widths as a first run (and a run that Excel stopped
 * part-way still gets them on the next).
 */
function officerLastCol(st: SheetState): number {
  if (st.officerLastCol !== undefined) return st.officerLastCol;
  const { values, origin } = st.snap;
  let last = -1;
  for (let i = 0; i < values.length; i++) {
    const r = values[i];
    for (let j = r.length - 1; j >= 0 && origin.col + j > last; j--) {
      const col = origin.col + j;
      if (isBlank(r[j]) || st.reusable.has(key(origin.row + i, col))) continue;
      last = col;
      break;
    }
  }
  st.officerLastCol = last;
  return last;
}

function merged(st: SheetState, row: number, col: number): boolean {
  const list = st.mergesByCol.get(col);
  return !!list && list.some((m) => row >= m.r0 && row <= m.r1);
}

function isFree(st: SheetState, row: number, col: number): boolean {
  const k = key(row, col);
  if (st.claimed.has(k) || merged(st, row, col)) return false;
  return st.reusable.has(k) || isBlank(cellAt(st.snap, row, col));
}

function columnFree(st: SheetState, col: number, top: number, bottom: number): boolean {
  if (col > st.lastCol && !st.mergesByCol.has(col)) {
    for (let r = top; r <= bottom; r++) if (st.claimed.has(key(r, col))) return false;
    return true;
  }
  for (let r = top; r <= bottom; r++) if (!isFree(st, r, col)) return false;
  return true;
}

/** The first column of `width` free columns from `from`, or -1. */
function freeBlock(st: SheetState, from: number, width: number, top: number, bottom: number): number {
  let s = from;
  outer: while (s + width <= MAX_COLS) {
    for (let j = s; j < s + width; j++) {
      if (!columnFree(st, j, top, bottom)) {
        s = j + 1;
        continue outer;
      }
    }
    return s;
  }
  return -1;
}

function span(c0: number, c1: number): string {
  return c0 === c1 ? `column ${colLetters(c0)}` : `columns ${colLetters(c0)}:${colLetters(c1)}`;
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Quote a sheet name for a notice: 'Table A'. */
function q(sheet: string): string {
  return `'${sheet}'`;
}

/** Last row of each run of consecutive header rows: where a header line sits above data. */
function headerLines(rows: number[]): number[] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  return sorted.filter((r, i) => sorted[i + 1] !== r + 1);
}

function ragCell(r: Rating | undefined): { value: string; style: CellStyle } {
  if (r?.rag) return { value: r.rag, style: RAG_STYLES[r.rag] };
  const why = r?.notRated ? `: ${r.notRated}` : '';
  const k: RagStyleKey = 'Not rated';
  return { value: `Not rated${why}`, style: RAG_STYLES[k] };
}

function trajectoryText(r: Rating | undefined): string {
  if (!r || r.expected === null) return '';
  const expected = `expected ${formatValue(r.expected, r.unit)}`;
  return r.trajectory ? `${r.trajectory} (${expected})` : `Not rated (${expected})`;
}

const CELL_TEXT: Record<Exclude<Kind, 'rag'>, (r: Rating | undefined) => string> = {
  direction: (r) => (r?.direction ? ARROWS[r.direction] : ''),
  trajectory: trajectoryText,
};

/** Values and styles for one column, as runs of consecutive rows. */
function columnOps(
  st: SheetState,
  col: number,
  cells: Cell[],
  own: boolean,
  ops: Ops,
  texts: SharedTexts,
): void {
  const sorted = cells.filter((c) => c.value !== '').sort((a, b) => a.row - b.row);
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1].row === sorted[j].row + 1) j++;
    const range =
      sorted[i].row === sorted[j].row
        ? a1(sorted[i].row, col)
        : settle(`${a1(sorted[i].row, col)}:${a1(sorted[j].row, col)}`);
    ops.values.push({
      op: 'values',
      sheet: st.name,
      range,
      values: sorted.slice(i, j + 1).map((c) => texts.row(c.value)),
    });
    st.written.push(range);
    // styles in runs of the same style object
    let s = i;
    while (s <= j) {
      let e = s;
      while (e + 1 <= j && sorted[e + 1].style === sorted[s].style) e++;
      const style = sorted[s].style;
      if (style) {
        const r =
          s === e ? a1(sorted[s].row, col) : settle(`${a1(sorted[s].row, col)}:${a1(sorted[e].row, col)}`);
        ops.styles.push({ op: 'style', sheet: st.name, range: r, style });
      }
      s = e + 1;
    }
    i = j + 1;
  }
  for (const c of sorted) {
    const k = key(c.row, col);
    st.claimed.add(k);
    if (own && st.reusable.has(k)) st.rewritten.add(k);
  }
}

interface Ops {
  clears: WriteOp[];
  values: WriteOp[];
  styles: WriteOp[];
}

interface Placed {
  table: IndicatorTable;
  st: SheetState;
  ragCol: number;
  top: number;
  bottom: number;
  ratedYear: string | null;
}

export function ratingColumnsPlan(
  snapshot: WorkbookSnapshot,
  tables: IndicatorTable[],
  ratings: Map<IndicatorTable, Rating[]>,
  registry: Registry,
  settings: Settings,
): RatingColumnsResult {
  const notices: string[] = [];
  const ops: Ops = { clears: [], values: [], styles: [] };
  // "Not rated: no 2008/09 actual" and "On track (expected 7.9%)" recur down a table: one string each
  const texts = new SharedTexts();
  const states = new Map<string, SheetState>();
  const stateOf = (name: string): SheetState | null => {
    const lower = name.toLowerCase();
    const existing = states.get(lower);
    if (existing) return existing;
    const snap = snapshot.sheets.find((s) => s.name.toLowerCase() === lower);
    if (!snap) return null;
    const st = sheetState(snap);
    states.set(lower, st);
    return st;
  };

  // 1. What the add-in wrote before: reusable unless an officer has typed over it since.
  const previous = rangesOf(registry, RATING_DETAIL);
  const changed = new Map<string, string[]>();
  for (const e of previous) {
    const st = stateOf(e.sheet);
    if (!st) continue;
    const r = parseRangeA1(e.range);
    for (let row = r.r0; row <= r.r1; row++) {
      for (let col = r.c0; col <= r.c1; col++) {
        const v = cellAt(st.snap, row, col);
        if (isBlank(v) || looksWritten(v)) st.reusable.add(key(row, col));
        else changed.set(st.name, [...(changed.get(st.name) ?? []), a1(row, col)]);
      }
    }
  }
  for (const [sheet, cells] of changed) {
    const list =
      cells.length > 5 ? `${cells.slice(0, 5).join(', ')} and ${cells.length - 5} more` : cells.join(', ');
    notices.push(
      `${list} on ${q(sheet)} ${cells.length === 1 ? 'was' : 'were'} typed over since the last run, so left as ${cells.length === 1 ? 'it is' : 'they are'}.`,
    );
  }

  // 2. Columns for each table, then its cells.
  const placed: Placed[] = [];
  const refused = new Set<string>();
  for (const table of tables) {
    const st = stateOf(table.sheet);
    if (!st) {
      notices.push(`The sheet ${q(table.sheet)} was not found, so its table was not rated.`);
      continue;
    }
    if (st.snap.protected) {
      if (!refused.has(st.name))
        notices.push(`${q(st.name)} is protected, so no ratings were written there.`);
      refused.add(st.name);
      continue;
    }
    const list = ratings.get(table) ?? [];
    const byRow = new Map(list.map((r) => [r.row, r]));
    const dataRows = table.rows.map((r) => r.row);
    const top = table.headerRows.reduce((m, r) => Math.min(m, r), table.range.r0);
    const bottom = dataRows.reduce((m, r) => Math.max(m, r), table.range.r1);
    const lines = headerLines(table.headerRows);
    const ratedYear = list.find((r) => r.ratedYear)?.ratedYear ?? null;

    const columns: Partial<Record<Kind, { col: number; own: boolean }>> = {};
    const blockedOwn: { kind: Kind; col: number; header: string }[] = [];
    for (const kind of KINDS) {
      const c = table.columns.find((x) => x.role === OWN_ROLE[kind]);
      if (!c) continue;
      if (dataRows.every((row) => isFree(st, row, c.col))) columns[kind] = { col: c.col, own: true };
      else blockedOwn.push({ kind, col: c.col, header: c.header });
    }
    const blockKinds = KINDS.filter((k) => !columns[k]);
    if (blockKinds.length > 0) {
      const wanted = table.range.c1 + 1;
      const start = freeBlock(st, wanted, blockKinds.length, top, bottom);
      if (start < 0) {
        notices.push(
          `No free columns right of the table at ${a1(table.range.r0, table.range.c0)} on ${q(st.name)}: not rated.`,
        );
        continue;
      }
      blockKinds.forEach((k, i) => (columns[k] = { col: start + i, own: false }));
      const end = start + blockKinds.length - 1;
      if (start !== wanted) {
        const taken = span(wanted, wanted + blockKinds.length - 1);
        const verb = blockKinds.length === 1 ? 'holds' : 'hold';
        notices.push(
          `${capital(taken)} on ${q(st.name)} ${verb} your data, so ratings were written to ${span(start, end)}.`,
        );
      }
      for (const b of blockedOwn) {
        const to = columns[b.kind]!.col;
        notices.push(
          `Column ${colLetters(b.col)} (${b.header}) on ${q(st.name)} holds your own entries, so the ${KIND_WORDS[b.kind]} were written to column ${colLetters(to)}.`,
        );
      }
      for (let c = start; c <= end; c++) {
        if (c > officerLastCol(st)) st.widths.push({ col: c, width: WIDTHS[blockKinds[c - start]] });
      }
    }

    for (const kind of KINDS) {
      const at = columns[kind]!;
      const cells: Cell[] = [];
      const header = kind === 'rag' ? (ratedYear ? `RAG ${ratedYear}` : 'RAG') : capital(kind);
      for (const line of lines) {
        // an officer's own header stays; one the add-in wrote (the table grew over its columns) is renewed
        if (!at.own || st.reusable.has(key(line, at.col)))
          cells.push({ row: line, value: header, style: HEADER_STYLE });
      }
      for (const row of dataRows) {
        const r = byRow.get(row);
        if (kind === 'rag') {
          const c = ragCell(r);
          cells.push({ row, value: texts.text(c.value), style: c.style });
        } else cells.push({ row, value: texts.text(CELL_TEXT[kind](r)) });
      }
      columnOps(st, at.col, cells, at.own, ops, texts);
    }
    placed.push({ table, st, ragCol: columns.rag!.col, top, bottom, ratedYear });
  }

  // 3. Notes, once every table's columns are claimed, so a note never pushes a table aside.
  for (const p of placed) {
    const text = `${NOTE_PREFIX} ${ratingRules(settings, p.ratedYear).join(' ')}`;
    const spot = [p.bottom + 1, p.top - 1].find((row) => row >= 0 && isFree(p.st, row, p.ragCol));
    if (spot === undefined) {
      notices.push(
        `No free cell under or above the table at ${a1(p.table.range.r0, p.table.range.c0)} on ${q(p.st.name)} for the note on the rules.`,
      );
      continue;
    }
    columnOps(p.st, p.ragCol, [{ row: spot, value: text, style: NOTE_STYLE }], false, ops, texts);
  }

  // 4. Clear the rest of what was written before; record what was written now.
  let next = registry;
  const sheetsTouched = new Map<string, string>();
  for (const e of previous) sheetsTouched.set(e.sheet.toLowerCase(), e.sheet);
  for (const st of states.values()) {
    sheetsTouched.set(st.name.toLowerCase(), st.name);
    const stale = [...st.reusable].filter((k) => !st.rewritten.has(k));
    for (const range of runs(stale)) ops.clears.push({ op: 'clear', sheet: st.name, range });
  }
  for (const [lower, name] of sheetsTouched) {
    const st = states.get(lower);
    next = withRanges(next, st?.name ?? name, st ? st.written : [], RATING_DETAIL);
  }
  const widths: WriteOp[] = [];
  for (const st of states.values()) {
    if (st.widths.length) widths.push({ op: 'columnWidths', sheet: st.name, widths: st.widths });
  }
  return { ops: [...ops.clears, ...ops.values, ...ops.styles, ...widths], registry: next, notices };
}

/** Cell keys as A1 ranges: vertical runs of consecutive rows in one column. */
function runs(keys: number[]): string[] {
  const cells = keys.map((k) => ({ row: Math.floor(k / MAX_COLS), col: k % MAX_COLS }));
  cells.sort((a, b) => a.col - b.col || a.row - b.row);
  const out: string[] = [];
  let i = 0;
  while (i < cells.length) {
    let j = i;
    while (j + 1 < cells.length && cells[j + 1].col === cells[i].col && cells[j + 1].row === cells[j].row + 1)
      j++;
    const a = a1(cells[i].row, cells[i].col);
    out.push(i === j ? a : `${a}:${a1(cells[j].row, cells[j].col)}`);
    i = j + 1;
  }
  return out;
}
