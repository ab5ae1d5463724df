/**
 * A small text rendering of a sheet region, for reading a misread: row numbers,
 * column letters, each cell cut to a width. Numbers with a format show it in
 * braces (0.073{0.0%}); cells covered by a merge show "<" (merged from the left)
 * or "^" (merged from above).
 */
import { colLetters } from '../src/engine/model/a1';
import type { RangeRef, SheetSnapshot } from '../src/engine/model/snapshot';
import { cellAt, formatAt, sheetBounds } from '../src/engine/model/snapshot';

const WIDTH = 13;

function cellText(sheet: SheetSnapshot, r: number, c: number): string {
  const v = cellAt(sheet, r, c);
  if (v === null) return mergeMark(sheet, r, c);
  const f = formatAt(sheet, r, c);
  const s = typeof v === 'number' && f !== 'General' ? `${v}{${f}}` : String(v);
  return s.replace(/\s+/g, ' ');
}

function mergeMark(sheet: SheetSnapshot, r: number, c: number): string {
  for (const m of sheet.merges) {
    if (r < m.r0 || r > m.r1 || c < m.c0 || c > m.c1) continue;
    return r === m.r0 ? '<' : '^';
  }
  return '';
}

function fit(s: string): string {
  return s.length > WIDTH ? `${s.slice(0, WIDTH - 1)}…` : s.padEnd(WIDTH);
}

/** The region around a range (default: the whole used range), a few rows and columns either side. */
export function gridText(sheet: SheetSnapshot, around?: RangeRef, margin = 2, maxCols = 14): string {
  const { lastRow, lastCol } = sheetBounds(sheet);
  if (lastRow < 0) return `${sheet.name}: (blank)`;
  const r0 = Math.max(sheet.origin.row, (around?.r0 ?? sheet.origin.row) - margin);
  const r1 = Math.min(lastRow, (around?.r1 ?? lastRow) + margin);
  const c0 = Math.max(sheet.origin.col, (around?.c0 ?? sheet.origin.col) - margin);
  const c1 = Math.min(lastCol, (around?.c1 ?? lastCol) + margin, c0 + maxCols - 1);
  const lines = [`     ${Array.from({ length: c1 - c0 + 1 }, (_, i) => fit(colLetters(c0 + i))).join('|')}`];
  for (let r = r0; r <= r1; r++) {
    const cells: string[] = [];
    for (let c = c0; c <= c1; c++) cells.push(fit(cellText(sheet, r, c)));
    lines.push(`${String(r + 1).padStart(4)} ${cells.join('|')}`.trimEnd());
  }
  return lines.join('\n');
}
