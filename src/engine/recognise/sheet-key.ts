/**
 * A sheet's own key: the lines where the officer says what the tokens in the table
 * stand for, often under it or beside it:
 *
 *   Key                      Key:                  X = New Indicator
 *   X   New Indicator        X = New Indicator     * = provisional
 *   *   provisional          * = provisional
 *
 * A line is "token = meaning" or "token: meaning" in one cell, or the token and its
 * meaning in two cells side by side; "Key: X = New, * = provisional" may hold several.
 * Only lines whose meaning a value can take count (a status such as "New indicator",
 * "no data", "not applicable", or "provisional"): "R = target missed" says nothing
 * about how to read a figure. Where the form is loose, more is asked of it:
 * - "token = meaning" counts anywhere on the sheet: the "=" says it is a key;
 * - "token: meaning" ("nya: July 2010" is a value) counts under a "Key" heading,
 *   after "Key:", or two or more lines in a row;
 * - a token and its meaning in two cells count only under a "Key" heading (in a
 *   table, "FY | nya: July 2010" and "New | New" look just like one).
 *
 * A pure function of the sheet's cells; the value parser applies what it finds
 * (values/key-tokens.ts), on that sheet only.
 */
import { a1 } from '../model/a1';
import type { CellValue, SheetSnapshot } from '../model/snapshot';
import {
  isKeyToken,
  keyMeaning,
  sheetKeyOf,
  type KeyEntry,
  type KeyMeaning,
  type SheetKey,
} from '../values/key-tokens';
import { SheetView } from './sheet-view';

const HEADING =
  /^(?:key|legend|key to (?:the )?(?:symbols|table|codes|tokens|abbreviations)|symbols(?: used)?|notes? and key|key and notes?)\s*:?$/i;
const KEY_PREFIX = /^(?:key|legend)\s*[:\-–]\s*/i;
// "X = New Indicator", "n/a: not applicable", "X - New Indicator" (the dash only under a heading)
const LINE = /^([^\s\d=:]{1,4})\s*(=|:|\s[-–—]\s)\s*(\S.*)$/;
// where one cell holds several lines: "X = New; * = provisional", "X = New, * = provisional"
const SPLIT = /\s*[;\n]\s*|\s*,\s*(?=[^\s\d=:,]{1,4}\s*[=:])|\s{2,}(?=[^\s\d=:]{1,4}\s*[=:])/;
/** how far under a heading its lines may run */
const BLOCK_ROWS = 15;
const LONGEST_LINE = 160;
/** a key's meaning is a few words ("New indicator - no data"), not a title */
const LONGEST_MEANING = 40;
/** where "=" or ":" may stand in a line: after a token of four characters and some spaces */
const SEPARATOR_BY = 8;
const COLS = 16384;

interface Line {
  token: string;
  meaning: string;
  sep: string;
}

/** What a text says, worked out once per distinct text: cells repeat down a sheet. */
class Readings {
  private readonly meanings = new Map<string, KeyMeaning | null>();
  private readonly lines = new Map<string, { lines: Line[]; prefixed: boolean }>();

  meaning(text: string): KeyMeaning | null {
    let m = this.meanings.get(text);
    if (m === undefined) {
      m = text.length > LONGEST_MEANING ? null : keyMeaning(text);
      this.meanings.set(text, m);
    }
    return m;
  }

  /** One cell's lines whose meaning a value can take: "X = New Indicator", or several after "Key:". */
  linesOf(text: string): { lines: Line[]; prefixed: boolean } {
    let out = this.lines.get(text);
    if (!out) {
      const prefixed = KEY_PREFIX.test(text);
      const body = prefixed ? text.replace(KEY_PREFIX, '') : text;
      const lines: Line[] = [];
      for (const part of body.split(SPLIT)) {
        const m = LINE.exec(part.trim());
        if (m && isKeyToken(m[1]) && this.meaning(m[3].trim()))
          lines.push({ token: m[1], meaning: m[3].trim(), sep: m[2].trim() });
      }
      out = { lines, prefixed };
      this.lines.set(text, out);
    }
    return out;
  }
}

function textOf(v: CellValue | undefined): string {
  return typeof v === 'string' ? v.trim() : '';
}

/** The sheet's cells in absolute coordinates, and what their texts say. */
class Cells extends Readings {
  constructor(private readonly sheet: SheetSnapshot) {
    super();
  }

  text(row: number, col: number): string {
    return textOf(this.sheet.values[row - this.sheet.origin.row]?.[col - this.sheet.origin.col]);
  }
}

/** The key's lines found so far, one cell at a time, in reading order at the end. */
class Found {
  private readonly byCell = new Map<number, KeyEntry[]>();

  constructor(private readonly cells: Cells) {}

  add(row: number, col: number, lines: Line[]): void {
    const entries: KeyEntry[] = [];
    for (const l of lines) {
      const read = this.cells.meaning(l.meaning);
      if (read) entries.push({ token: l.token, meaning: l.meaning, read, cell: a1(row, col) });
    }
    if (entries.length > 0) this.byCell.set(row * COLS + col, entries);
  }

  has(row: number, col: number): boolean {
    return this.byCell.has(row * COLS + col);
  }

  entries(): KeyEntry[] {
    return [...this.byCell.keys()].sort((a, b) => a - b).flatMap((k) => this.byCell.get(k) ?? []);
  }
}

/** A line in two cells: a token, and its meaning in the next filled cell within two columns. */
function twoCellLine(cells: Cells, row: number, col: number): Line | null {
  const token = cells.text(row, col);
  if (!isKeyToken(token)) return null;
  for (let c = col + 1; c <= col + 2; c++) {
    const meaning = cells.text(row, c);
    if (meaning !== '') return cells.meaning(meaning) ? { token, meaning, sep: '' } : null;
  }
  return null;
}

/** The lines of one cell of a key block: in the cell itself, or in it and the cell beside it. */
function blockLines(cells: Cells, row: number, col: number): Line[] | null {
  const text = cells.text(row, col);
  if (text === '' || text.length > LONGEST_LINE) return null;
  if (LINE.test(text) || KEY_PREFIX.test(text)) return cells.linesOf(text).lines;
  const two = twoCellLine(cells, row, col);
  if (two) return [two];
  // a line of the key about something else ("R - target missed") keeps the block going
  return isKeyToken(text) ? [] : null;
}

/** Under a "Key" heading: its lines down the column, until a line that is not one. */
function readBlock(cells: Cells, found: Found, row: number, col: number, lastRow: number): void {
  for (let r = row + 1; r <= Math.min(lastRow, row + BLOCK_ROWS); r++) {
    const lines = blockLines(cells, r, col);
    if (!lines) return;
    found.add(r, col, lines);
  }
}

/** Beside a "Key" heading on its own row: "Key | X = New | * = provisional". */
function readBeside(cells: Cells, found: Found, row: number, col: number, lastCol: number): void {
  for (let c = col + 1; c <= lastCol; c++) {
    const text = cells.text(row, c);
    if (text === '') continue;
    const { lines } = cells.linesOf(text);
    if (lines.length === 0) return;
    found.add(row, c, lines);
  }
}

interface Loose {
  row: number;
  col: number;
  lines: Line[];
}

/** Lines that need company ("token: meaning"): kept when a neighbour above or below is a line too. */
function keepRuns(loose: Loose[], found: Found): void {
  const at = new Set(loose.map((l) => l.row * COLS + l.col));
  for (const l of loose) {
    const above = at.has((l.row - 1) * COLS + l.col) || found.has(l.row - 1, l.col);
    const below = at.has((l.row + 1) * COLS + l.col) || found.has(l.row + 1, l.col);
    if (above || below) found.add(l.row, l.col, l.lines);
  }
}

/** Where a cell's text might start a line: "=" or ":" just after a short token, or "Key:" before it. */
function mayHoldLines(text: string): boolean {
  const eq = text.indexOf('=');
  const colon = text.indexOf(':');
  if (eq < 0 && colon < 0) return false;
  const first = eq < 0 ? colon : colon < 0 ? eq : Math.min(eq, colon);
  return first <= SEPARATOR_BY || KEY_PREFIX.test(text);
}

/**
 * What one cell outside a key block offers: lines that count on their own, or loose
 * ones. A token and a meaning in two cells count only under a Key heading: in a table
 * a period beside a status ("FY | nya: July 2010") or two statuses ("New | New") look
 * just like one.
 */
function scanCell(cells: Cells, found: Found, loose: Loose[], row: number, col: number, text: string): void {
  if (mayHoldLines(text)) {
    const { lines, prefixed } = cells.linesOf(text);
    if (lines.length === 0) return;
    const sure = prefixed ? lines : lines.filter((l) => l.sep === '=');
    if (sure.length > 0) found.add(row, col, sure);
    const rest = sure.length === lines.length ? [] : lines.filter((l) => !sure.includes(l));
    if (rest.length > 0) loose.push({ row, col, lines: rest });
  }
}

/** Letters a key's heading starts with: Key, Legend, Symbols, Notes and key. */
function startsLikeHeading(text: string): boolean {
  const c = text.charCodeAt(0) | 32;
  return c === 107 /* k */ || c === 108 /* l */ || c === 115 /* s */ || c === 110; /* n */
}

/**
 * Whether a cell could be part of a key, from its text as it stands (no copy made):
 * most cells are titles and figures, and a sheet can hold a million of them.
 */
function mayBeKey(v: string): boolean {
  const n = v.length;
  if (n === 0 || n > LONGEST_LINE + 20) return false;
  if (v.includes('=') || v.includes(':')) return true;
  return n <= 40 && startsLikeHeading(v.trimStart());
}

/** Reads a key on the cells of one row (the headings, lines and loose lines it holds). */
function scanRow(
  cells: Cells,
  found: Found,
  loose: Loose[],
  at: { row: number; c0: number; lastRow: number },
  values: readonly CellValue[],
): void {
  const lastCol = at.c0 + values.length - 1;
  for (let j = 0; j < values.length; j++) {
    const v = values[j];
    if (typeof v !== 'string' || !mayBeKey(v)) continue;
    const text = v.trim();
    if (text === '' || text.length > LONGEST_LINE) continue;
    const col = at.c0 + j;
    if (text.length <= 40 && startsLikeHeading(text) && HEADING.test(text)) {
      readBlock(cells, found, at.row, col, at.lastRow);
      readBeside(cells, found, at.row, col, lastCol);
    } else if (!found.has(at.row, col)) scanCell(cells, found, loose, at.row, col, text);
  }
}

/**
 * The key on a sheet: every line that says what a token stands for, read as the
 * value parser will apply it. A sheet without one gives an empty key.
 */
export function findSheetKey(sheet: SheetView | SheetSnapshot): SheetKey {
  const snap = sheet instanceof SheetView ? sheet.sheet : sheet;
  const cells = new Cells(snap);
  const found = new Found(cells);
  const loose: Loose[] = [];
  const { row: r0, col: c0 } = snap.origin;
  const lastRow = r0 + snap.values.length - 1;
  for (let i = 0; i < snap.values.length; i++)
    scanRow(cells, found, loose, { row: r0 + i, c0, lastRow }, snap.values[i]);
  keepRuns(loose, found);
  return sheetKeyOf(found.entries());
}
