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
 * - "token: meaning" ("nya: July 2010" is a value) and two cells (a code beside a
 *   title) count under a "Key" heading, after "Key:", or two or more lines in a row.
 *
 * A pure function of the sheet's cells; the value parser applies what it finds
 * (values/key-tokens.ts), on that sheet only.
 */
import { a1 } from '../model/a1';
import type { CellValue, SheetSnapshot } from '../model/snapshot';
import { isKeyToken, keyMeaning, sheetKeyOf, type KeyEntry, type SheetKey } from '../values/key-tokens';
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

interface Line {
  token: string;
  meaning: string;
  sep: string;
}

/** One cell's lines: "X = New Indicator", or several after "Key:". */
function linesOf(text: string): { lines: Line[]; prefixed: boolean } {
  const prefixed = KEY_PREFIX.test(text);
  const body = prefixed ? text.replace(KEY_PREFIX, '') : text;
  const lines: Line[] = [];
  for (const part of body.split(SPLIT)) {
    const m = LINE.exec(part.trim());
    if (m && isKeyToken(m[1])) lines.push({ token: m[1], meaning: m[3].trim(), sep: m[2].trim() });
  }
  return { lines, prefixed };
}

function textOf(v: CellValue | undefined): string {
  return typeof v === 'string' ? v.trim() : '';
}

/** The sheet's cells in absolute coordinates. */
class Cells {
  constructor(private readonly sheet: SheetSnapshot) {}

  text(row: number, col: number): string {
    return textOf(this.sheet.values[row - this.sheet.origin.row]?.[col - this.sheet.origin.col]);
  }
}

/** The key's lines found so far, one per cell, in reading order at the end. */
class Found {
  private readonly byCell = new Map<string, KeyEntry[]>();

  add(row: number, col: number, lines: Line[]): void {
    const entries: KeyEntry[] = [];
    for (const l of lines) {
      const read = keyMeaning(l.meaning);
      if (read) entries.push({ token: l.token, meaning: l.meaning, read, cell: a1(row, col) });
    }
    if (entries.length > 0) this.byCell.set(`${row}:${col}`, entries);
  }

  has(row: number, col: number): boolean {
    return this.byCell.has(`${row}:${col}`);
  }

  entries(): KeyEntry[] {
    const keys = [...this.byCell.keys()].map((k) => k.split(':').map(Number));
    keys.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    return keys.flatMap(([r, c]) => this.byCell.get(`${r}:${c}`) ?? []);
  }
}

/** A line in two cells: a token, and its meaning in the next filled cell within two columns. */
function twoCellLine(cells: Cells, row: number, col: number): Line | null {
  const token = cells.text(row, col);
  if (!isKeyToken(token)) return null;
  for (let c = col + 1; c <= col + 2; c++) {
    const meaning = cells.text(row, c);
    if (meaning !== '') return { token, meaning, sep: '' };
  }
  return null;
}

/** The lines of one cell of a key block: in the cell itself, or in it and the cell beside it. */
function blockLines(cells: Cells, row: number, col: number): Line[] | null {
  const text = cells.text(row, col);
  if (text === '' || text.length > LONGEST_LINE) return null;
  const { lines } = linesOf(text);
  if (lines.length > 0) return lines;
  const two = twoCellLine(cells, row, col);
  return two ? [two] : null;
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
    const { lines } = linesOf(text);
    if (lines.length === 0) return;
    found.add(row, c, lines);
  }
}

interface Loose {
  row: number;
  col: number;
  lines: Line[];
}

/** Lines that need company ("token: meaning", two cells): kept when a neighbour above or below is a line too. */
function keepRuns(loose: Loose[], found: Found): void {
  const at = new Set(loose.map((l) => `${l.row}:${l.col}`));
  for (const l of loose) {
    const above = at.has(`${l.row - 1}:${l.col}`) || found.has(l.row - 1, l.col);
    const below = at.has(`${l.row + 1}:${l.col}`) || found.has(l.row + 1, l.col);
    if (above || below) found.add(l.row, l.col, l.lines);
  }
}

/** What one cell outside a key block offers: lines that count on their own, or loose ones. */
function scanCell(cells: Cells, found: Found, loose: Loose[], row: number, col: number, text: string): void {
  if (text.includes('=') || text.includes(':')) {
    const { lines, prefixed } = linesOf(text);
    const sure = prefixed ? lines : lines.filter((l) => l.sep === '=');
    if (sure.length > 0) found.add(row, col, sure);
    const rest = lines.filter((l) => !sure.includes(l));
    if (rest.length > 0) loose.push({ row, col, lines: rest });
    return;
  }
  const two = twoCellLine(cells, row, col);
  if (two && keyMeaning(two.meaning)) loose.push({ row, col, lines: [two] });
}

/**
 * The key on a sheet: every line that says what a token stands for, read as the
 * value parser will apply it. A sheet without one gives an empty key.
 */
export function findSheetKey(sheet: SheetView | SheetSnapshot): SheetKey {
  const snap = sheet instanceof SheetView ? sheet.sheet : sheet;
  const cells = new Cells(snap);
  const found = new Found();
  const loose: Loose[] = [];
  const { row: r0, col: c0 } = snap.origin;
  const lastRow = r0 + snap.values.length - 1;
  snap.values.forEach((values, i) => {
    const lastCol = c0 + values.length - 1;
    for (let j = 0; j < values.length; j++) {
      const text = textOf(values[j]);
      if (text === '' || text.length > LONGEST_LINE) continue;
      const row = r0 + i;
      const col = c0 + j;
      if (HEADING.test(text)) {
        readBlock(cells, found, row, col, lastRow);
        readBeside(cells, found, row, col, lastCol);
      } else if (!found.has(row, col)) scanCell(cells, found, loose, row, col, text);
    }
  });
  keepRuns(loose, found);
  return sheetKeyOf(found.entries());
}
