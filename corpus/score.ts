/**
 * Scoring one layout: found tables matched to expected ones (same sheet, largest
 * overlap first, one to one), rows matched by Excel row number within the found
 * tables that overlap the expected table, then codes, titles, ratings and the roles
 * of the code, title and year columns compared with the truth. Every shortfall is
 * kept as a miss so a recognition engineer can see the misread.
 */
import type { RangeRef } from '../src/engine/model/snapshot';
import type { TruthTable } from './model';
import type { Found, FoundRow, FoundTable } from './product';

export interface Counts {
  layouts: number;
  tablesExpected: number;
  tablesFound: number;
  /** found tables overlapping no expected table */
  falseTables: number;
  /** found tables overlapping an expected table already matched (a split) */
  extraTables: number;
  rowsExpected: number;
  rowsFound: number;
  codesCorrect: number;
  titlesCorrect: number;
  ratingsExpected: number;
  ratingsCorrect: number;
  /** found indicator rows that are no expected row (a heading, a totals row, a budget line) */
  spuriousRows: number;
  columnsExpected: number;
  columnsCorrect: number;
  /** NI-VALUE-UNREADABLE findings on values the rules read */
  unreadable: number;
  /** warnings that rows with figures were left unread */
  leftOut: number;
}

export type MissKind =
  'table' | 'false-table' | 'row' | 'code' | 'title' | 'rating' | 'column' | 'spurious-row';

export interface Miss {
  layout: string;
  family: string;
  kind: MissKind;
  sheet: string;
  /** Excel row (or the table's first row) */
  row: number;
  expected: string;
  found: string;
  /** groups like misreads together: "rating: not rated (polarity unknown)" */
  key: string;
}

export interface LayoutScore {
  counts: Counts;
  misses: Miss[];
}

export function emptyCounts(): Counts {
  return {
    layouts: 0,
    tablesExpected: 0,
    tablesFound: 0,
    falseTables: 0,
    extraTables: 0,
    rowsExpected: 0,
    rowsFound: 0,
    codesCorrect: 0,
    titlesCorrect: 0,
    ratingsExpected: 0,
    ratingsCorrect: 0,
    spuriousRows: 0,
    columnsExpected: 0,
    columnsCorrect: 0,
    unreadable: 0,
    leftOut: 0,
  };
}

export function addCounts(into: Counts, c: Counts): void {
  for (const k of Object.keys(into) as (keyof Counts)[]) into[k] += c[k];
}

export function overlapArea(a: RangeRef, b: RangeRef): number {
  const rows = Math.min(a.r1, b.r1) - Math.max(a.r0, b.r0) + 1;
  const cols = Math.min(a.c1, b.c1) - Math.max(a.c0, b.c0) + 1;
  return rows > 0 && cols > 0 ? rows * cols : 0;
}

/** One-to-one: the largest overlaps first. Returns, per expected table, its found table or null. */
export function matchTables(expected: TruthTable[], found: FoundTable[]): (FoundTable | null)[] {
  const pairs: { e: number; f: number; area: number }[] = [];
  expected.forEach((e, ei) =>
    found.forEach((f, fi) => {
      const area = f.kind === 'targets' && f.sheet === e.sheet ? overlapArea(e.range, f.range) : 0;
      if (area > 0) pairs.push({ e: ei, f: fi, area });
    }),
  );
  pairs.sort((a, b) => b.area - a.area || a.e - b.e || a.f - b.f);
  const out: (FoundTable | null)[] = expected.map(() => null);
  const usedF = new Set<number>();
  for (const p of pairs) {
    if (out[p.e] || usedF.has(p.f)) continue;
    out[p.e] = found[p.f];
    usedF.add(p.f);
  }
  return out;
}

export function normCode(code: string | null): string | null {
  return code === null ? null : code.replace(/\s+/g, '').toUpperCase();
}

function words(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The found title says the expected one: it holds it, or is most of it. */
export function titleMatches(expected: string, found: string): boolean {
  const e = words(expected);
  const f = words(found);
  if (f === '') return false;
  return f.includes(e) || (e.includes(f) && f.length >= 0.6 * e.length);
}

/** "Not rated: no 2009/10 target" -> "no <year> target": reasons grouped across years and figures. */
export function reasonClass(text: string | null): string {
  if (!text) return 'no rating';
  return text
    .replace(/\b(19|20)\d\d(\/\d{2,4})?\b/g, '<year>')
    .replace(/"[^"]*"/g, '"…"')
    .replace(/\b\d+(\.\d+)?%?/g, '<n>')
    .slice(0, 60);
}

export { type Found, type FoundRow, type FoundTable };
