/**
 * Which column holds the codes and which the titles, chosen from evidence weighed together rather than
 * by the first header that matches: the header's words (strong "NI No." / "Code", weak "No." / "Ref",
 * words that name something else such as "Lead officer" or "Delivery board") and what the body's cells
 * hold (codes alone, distinct, not a running count; text that reads as indicator titles). A reference
 * column ("1.1.1") before the code column, or a "Delivery Board" column before the measure, no longer
 * wins by coming first. Each choice keeps its score and the runner-up's, so a close call can be told.
 */
import { findLocalCode, readCodeCell } from '../catalogue/codes';
import type { Catalogue } from '../catalogue/types';
import type { TableColumn } from '../model/tables';
import type { IndicatorColumns } from './indicator-columns';
import type { SheetView } from './sheet-view';

/** How sure a choice is: its score and the best other column's (null when it had no rival). */
export interface ColumnChoice {
  col: number;
  score: number;
  runnerUp: { col: number; score: number } | null;
}

export interface IdentityChoices {
  code: ColumnChoice | null;
  title: ColumnChoice | null;
}

interface Body {
  view: SheetView;
  rows: number[];
  localPrefixes: ReadonlySet<string>;
  catalogue: Catalogue;
}

const SAMPLE_ROWS = 40;
const STRONG_CODE_HEADER = /\b(ni|n\.i\.|pi|code|national indicator|indicator (ref|no|number|code))\b/i;
/** Columns that hold text but are never the indicator's title. */
const NOT_TITLE_HEADER =
  /\b(lead|officer|owner|responsib|board|partnership|partners?|theme|comments?|notes?|action|group|priority|service|directorate|team|department|contact|portfolio|manager|source|outcome|ecm|strategy|agency|block|area of focus|commitment)\b/i;
const TITLE_HEADER = /\b(indicator|description|measure|title|definition|pi name|name)\b/i;

/** The body rows to sample: the first few dozen with anything in them. */
export function sampleRows(view: SheetView, first: number, last: number, c0: number, c1: number): number[] {
  const rows: number[] = [];
  for (let r = first; r <= last && rows.length < SAMPLE_ROWS; r++)
    if (!view.isBlankRow(r, c0, c1)) rows.push(r);
  return rows;
}

const isBlank = (v: ReturnType<SheetView['value']>): boolean => v === null || v === '';

/** how wholly a column headed as titles must hold distinct codes to be the code column */
const TITLED_CODES = 0.8;

const CODE_SHAPE = /^[A-Za-z]{1,6}[\s-]?\d{1,4}[a-z]?$/;

/** A cell that holds a code alone (not a title that mentions one): NI 112, NI112, 112, N1 117, CSC 014. */
function holdsCode(v: ReturnType<SheetView['value']>, localPrefixes: ReadonlySet<string>): boolean {
  if (typeof v === 'number') return Number.isInteger(v) && readCodeCell(v) !== null;
  if (typeof v !== 'string') return false;
  const t = v.trim();
  if (t.length > 12) return false;
  if (readCodeCell(t) !== null) return true;
  return (localPrefixes.size > 0 && findLocalCode(t, localPrefixes) !== null) || CODE_SHAPE.test(t);
}

/** Whole numbers counting up by one (1, 2, 3 ...): row numbers, not NI codes. */
function isRunningCount(values: readonly unknown[]): boolean {
  const nums = values.filter((v): v is number => typeof v === 'number');
  if (nums.length < 3 || nums.length < values.length) return false;
  for (let i = 1; i < nums.length; i++) if (nums[i] !== nums[i - 1] + 1) return false;
  return true;
}

/** 0..1: how much the column's filled cells read as distinct codes. */
function codeValueScore(b: Body, col: number, rows = b.rows): { score: number; codes: number } {
  const filled: unknown[] = [];
  const seen = new Set<string>();
  let codes = 0;
  for (const r of rows) {
    const v = b.view.value(r, col);
    if (v === null || v === '') continue;
    filled.push(v);
    if (!holdsCode(v, b.localPrefixes)) continue;
    codes++;
    seen.add(String(v).trim().toUpperCase());
  }
  if (codes === 0) return { score: 0, codes };
  const share = codes / filled.length;
  const distinct = seen.size / codes;
  const running = isRunningCount(filled) ? 0.2 : 1;
  // each code names one row: a column where many values repeat (priority numbers 1, 1, 1, 2, 2) numbers groups
  const grouping = distinct < 0.75 ? 0.2 : 1;
  return { score: share * distinct * running * grouping, codes };
}

function codeHeaderScore(column: TableColumn | undefined): number {
  if (!column) return 0;
  // "Indicator", "National Indicator", "Measure ID" over a column of codes alone: the cells decide
  if (column.role === 'title') return -0.3;
  if (column.role !== 'code' && column.role !== 'other') return -Infinity;
  if (column.role === 'other') return NOT_TITLE_HEADER.test(column.header) ? -1 : 0;
  return STRONG_CODE_HEADER.test(column.header) ? 1 : 0.4;
}

function best(scored: { col: number; score: number }[]): ColumnChoice | null {
  const ranked = scored
    .filter((s) => Number.isFinite(s.score))
    .sort((a, b) => b.score - a.score || a.col - b.col);
  if (ranked.length === 0) return null;
  const [top, next] = ranked;
  return { col: top.col, score: top.score, runnerUp: next ? { col: next.col, score: next.score } : null };
}

/**
 * The code column: left of the figures, the one whose cells read as codes, helped by a header that says
 * so. A header-named column whose cells hold no codes (reference numbers) is no longer the code column.
 */
function chooseCode(b: Body, cols: IndicatorColumns, c0: number, limit: number): ColumnChoice | null {
  const byCol = new Map(cols.columns.map((c) => [c.col, c]));
  const scored: { col: number; score: number }[] = [];
  let figureRows: number[] | null = null;
  for (let col = c0; col < limit; col++) {
    const header = codeHeaderScore(byCol.get(col));
    if (!Number.isFinite(header)) continue;
    if (byCol.get(col)?.role === 'title') {
      // under a title's header, only codes on (nearly) every row with figures make the code column:
      // "National Indicator" over 14, 64, 53 between outcome headings
      figureRows ??= b.rows.filter((r) => cols.valueCols.some((c) => !isBlank(b.view.value(r, c))));
      const values = codeValueScore(b, col, figureRows);
      if (values.score >= TITLED_CODES) scored.push({ col, score: header + 2 * values.score });
      continue;
    }
    const values = codeValueScore(b, col);
    const enough = values.codes >= Math.min(2, b.rows.length) && values.score >= 0.3;
    // a strong header keeps its column when no column holds codes (codes may sit in the titles)
    if (enough || header >= 1) scored.push({ col, score: header + 2 * values.score });
  }
  return best(scored);
}

/**
 * No code column left of the figures: one after them ("Indicator | 2008/09 ... | NI") is it when its
 * header names codes and codes fill its rows.
 */
function codeAtRight(b: Body, cols: IndicatorColumns, c1: number): ColumnChoice | null {
  if (cols.valueCols.length === 0) return null;
  const scored: { col: number; score: number }[] = [];
  const lastValue = Math.max(...cols.valueCols);
  for (const c of cols.columns) {
    if (c.role !== 'code' || c.col < lastValue || c.col > c1) continue;
    const values = codeValueScore(b, c.col);
    if (values.score >= TITLED_CODES) scored.push({ col: c.col, score: 1 + 2 * values.score });
  }
  return best(scored);
}

/** 0..1: how much the column's text reads like indicator titles. */
function titleValueScore(b: Body, col: number): number {
  let texts = 0;
  let filled = 0;
  let length = 0;
  let fit = 0;
  let fitted = 0;
  for (const r of b.rows) {
    const v = b.view.value(r, col);
    if (v === null || v === '') continue;
    filled++;
    if (typeof v !== 'string' || !/[A-Za-z]{3}/.test(v)) continue;
    texts++;
    length += Math.min(v.length, 80);
    if (fitted < 12) {
      fit += b.catalogue.matchTitle(v, 1)[0]?.score ?? 0;
      fitted++;
    }
  }
  if (texts === 0 || texts < 0.5 * filled) return 0;
  const share = texts / Math.max(filled, b.rows.length);
  return share * (0.5 * (fit / fitted) + 0.5 * Math.min(1, length / texts / 40));
}

function titleHeaderScore(column: TableColumn | undefined): number {
  if (!column) return 0;
  if (column.role !== 'title' && column.role !== 'other') return -Infinity;
  if (NOT_TITLE_HEADER.test(column.header)) return -0.5;
  return TITLE_HEADER.test(column.header) ? 0.4 : 0;
}

/** The title column: the text column whose cells read most like indicator titles. */
function chooseTitle(b: Body, cols: IndicatorColumns, c0: number, c1: number, codeCol: number | null) {
  const byCol = new Map(cols.columns.map((c) => [c.col, c]));
  const values = new Set(cols.valueCols);
  const scored: { col: number; score: number }[] = [];
  for (let col = c0; col <= c1; col++) {
    if (col === codeCol || values.has(col)) continue;
    const header = titleHeaderScore(byCol.get(col));
    if (!Number.isFinite(header)) continue;
    const text = titleValueScore(b, col);
    if (text > 0 || header > 0) scored.push({ col, score: header + text });
  }
  return best(scored);
}

/** Sets the role of `col` in the column list (adding it when no header named it). */
function setRole(cols: IndicatorColumns, col: number, role: 'code' | 'title'): void {
  for (const c of cols.columns) if (c.role === role && c.col !== col) c.role = 'other';
  const named = cols.columns.find((c) => c.col === col);
  if (named) named.role = role;
  else {
    cols.columns.push({ col, role, header: '' });
    cols.columns.sort((a, b) => a.col - b.col);
  }
}

/**
 * Chooses the code and title columns from the header and the first body rows, and records them in
 * `cols` (columns no longer chosen become 'other').
 */
export function chooseIdentityColumns(
  b: Body,
  cols: IndicatorColumns,
  c0: number,
  c1: number,
): IdentityChoices {
  const firstValue = cols.valueCols.length > 0 ? Math.min(...cols.valueCols) : c1 + 1;
  const code = chooseCode(b, cols, c0, firstValue) ?? codeAtRight(b, cols, c1);
  if (code) setRole(cols, code.col, 'code');
  else for (const c of cols.columns) if (c.role === 'code') c.role = 'other';
  cols.codeCol = code?.col ?? null;
  const title = chooseTitle(b, cols, c0, c1, cols.codeCol);
  if (title) setRole(cols, title.col, 'title');
  cols.titleCol = title?.col ?? null;
  return { code, title };
}
