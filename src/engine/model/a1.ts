import type { RangeRef } from './snapshot';

/** Columns on a sheet, A to XFD. */
export const SHEET_COLUMNS = 16384;

/** One number per cell, for sets and maps of cells that stay cheap at 100k rows. */
export function cellKey(row: number, col: number): number {
  return row * SHEET_COLUMNS + col;
}

// every cell reference a plan or finding makes starts here: one string per column, made once
const LETTERS: string[] = [];

/** Column index (0-based) to letters: 0 -> A, 27 -> AB. */
export function colLetters(col: number): string {
  const known = LETTERS[col];
  if (known !== undefined) return known;
  const s = letters(col);
  if (Number.isInteger(col) && col >= 0 && col < SHEET_COLUMNS) LETTERS[col] = s;
  return s;
}

function letters(col: number): string {
  let s = '';
  let n = col + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 0-based row/col to "C7". */
export function a1(row: number, col: number): string {
  return `${colLetters(col)}${row + 1}`;
}

export function rangeA1(r: RangeRef): string {
  const a = a1(r.r0, r.c0);
  const b = a1(r.r1, r.c1);
  return a === b ? a : `${a}:${b}`;
}

export function lettersToCol(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "C7" or "$C$7" to 0-based {row, col}. */
export function parseA1(ref: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
  if (!m) throw new Error(`Not a cell reference: ${ref}`);
  return { row: Number(m[2]) - 1, col: lettersToCol(m[1]) };
}

/** "A3:I40" (or a single cell) to a RangeRef. */
export function parseRangeA1(ref: string): RangeRef {
  const [a, b] = ref.split(':');
  const p = parseA1(a);
  const q = b ? parseA1(b) : p;
  return {
    r0: Math.min(p.row, q.row),
    c0: Math.min(p.col, q.col),
    r1: Math.max(p.row, q.row),
    c1: Math.max(p.col, q.col),
  };
}

/** Sheet-qualified reference as Excel writes it: 'My Sheet'!C7 (quotes doubled inside). */
export function sheetRef(sheet: string, cell: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet);
  return plain ? `${sheet}!${cell}` : `'${sheet.replace(/'/g, "''")}'!${cell}`;
}
