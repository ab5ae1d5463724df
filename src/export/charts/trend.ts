/**
 * An indicator's trend, read from its Table A row: the actuals and targets of the
 * years the table shows (and the rated year's, when it is earlier), each with the
 * figure as printed. Read back from the printed figures on purpose: the picture
 * then shows exactly the numbers beside it, never a more precise one the board
 * cannot see.
 */
import { yearLabel } from '../../engine/rate/explain';
import { RATED_ACTUAL, RATED_TARGET } from '../../engine/report/table-a-columns';
import type { TableAColumn, TableARow } from '../../engine/report/types';
import { parseText } from '../../engine/values/parse-value';

export interface TrendPoint {
  /** first calendar year of the year: 2008 for 2008/09 */
  year: number;
  /** the figure as Table A prints it, comparator in brackets left off: "8.4%" */
  text: string;
  value: number;
}

export interface Trend {
  actuals: TrendPoint[];
  targets: TrendPoint[];
}

/** "8.4% (9.9%)" -> 8.4 and "8.4%"; "10-15%" -> its middle; "<5%" -> 5; words -> null. */
function readFigure(text: string): { text: string; value: number } | null {
  const p = parseText(text);
  let value: number;
  if (p.kind === 'number' || p.kind === 'bound') value = p.value;
  else if (p.kind === 'band') value = (p.low + p.high) / 2;
  else return null;
  if (!Number.isFinite(value)) return null;
  return { text: p.comparator ? text.replace(/\s*\([^)]*\)\s*$/, '') : text, value };
}

// the same few figures ("8%", "Not yet available") recur down a long table: each is read once
const FIGURES = new Map<string, { text: string; value: number } | null>();

function pointOf(year: number, text: string): TrendPoint | null {
  let figure = FIGURES.get(text);
  if (figure === undefined) {
    figure = readFigure(text);
    if (FIGURES.size > 5000) FIGURES.clear();
    FIGURES.set(text, figure);
  }
  return figure && { year, ...figure };
}

const YEAR_KEY = /^(actual|target):(\d{4})$/;
/** "2008/09: 7.3%": the rated figure of a row rated for another year than the report's */
const RATED_PREFIX = /^(\d{4})\/\d{2}: (.*)$/;

function add(into: Map<number, TrendPoint>, point: TrendPoint | null): void {
  if (point && !into.has(point.year)) into.set(point.year, point);
}

/** The rated figures, with their year from the report year or from their own prefix. */
function ratedPoint(text: string | undefined, reportYear: number | null): TrendPoint | null {
  if (!text) return null;
  const m = RATED_PREFIX.exec(text);
  if (m) return pointOf(Number(m[1]), m[2]);
  return reportYear === null ? null : pointOf(reportYear, text);
}

const byYear = (m: Map<number, TrendPoint>): TrendPoint[] => [...m.values()].sort((a, b) => a.year - b.year);

/**
 * The row's figures by year; null when there is nothing to draw a line through
 * (no actual that is a number, or fewer than two figures in all).
 */
export function trendOf(columns: TableAColumn[], row: TableARow, reportYear: number | null): Trend | null {
  const actuals = new Map<number, TrendPoint>();
  const targets = new Map<number, TrendPoint>();
  for (const c of yearColumns(columns)) {
    const text = row.cells[c.key];
    if (text) add(c.actual ? actuals : targets, pointOf(c.year, text));
  }
  add(actuals, ratedPoint(row.cells[RATED_ACTUAL], reportYear));
  add(targets, ratedPoint(row.cells[RATED_TARGET], reportYear));
  if (actuals.size === 0 || actuals.size + targets.size < 2) return null;
  return { actuals: byYear(actuals), targets: byYear(targets) };
}

interface YearColumn {
  key: string;
  actual: boolean;
  year: number;
}

// a model's columns are read once, not once per row
const YEAR_COLUMNS = new WeakMap<TableAColumn[], YearColumn[]>();

/** The columns holding one year's actual or target ("actual:2008"), in table order. */
function yearColumns(columns: TableAColumn[]): YearColumn[] {
  let out = YEAR_COLUMNS.get(columns);
  if (out) return out;
  out = [];
  for (const c of columns) {
    const m = YEAR_KEY.exec(c.key);
    if (m) out.push({ key: c.key, actual: m[1] === 'actual', year: Number(m[2]) });
  }
  YEAR_COLUMNS.set(columns, out);
  return out;
}

/** The report year of a model's "2008/09" label, as trendOf wants it. */
export function reportYearOf(ratedYear: string | null): number | null {
  const m = ratedYear === null ? null : /^(\d{4})/.exec(ratedYear);
  return m ? Number(m[1]) : null;
}

/**
 * What a trend is called in its alt text: the code, or for a local indicator with
 * no code of its own ("Local") the start of its description.
 */
export function trendName(row: Pick<TableARow, 'code' | 'description'>): string {
  if (row.code && row.code !== 'Local') return row.code;
  const d = row.description.trim();
  return d.length > 60 ? `${d.slice(0, 59).trimEnd()}…` : d || 'this indicator';
}

/** "Actuals 2007/08 8.4%, 2008/09 7.3%; targets 2009/10 8%": the figures the picture draws. */
export function trendWords(t: Trend): string {
  const list = (ps: TrendPoint[]) => ps.map((p) => `${yearLabel(p.year)} ${p.text}`).join(', ');
  const actual = `actual${t.actuals.length === 1 ? '' : 's'} ${list(t.actuals)}`;
  if (t.targets.length === 0) return `${actual}; no targets`;
  return `${actual}; target${t.targets.length === 1 ? '' : 's'} ${list(t.targets)}`;
}
