/**
 * Where a row's actual, baseline and target for a year sit: the table's year columns
 * grouped by role and year, worked out once per table. A full-year column wins over
 * quarterly ones; without it the latest quarter holding a value stands for the year.
 */
import type { IndicatorRow, IndicatorTable, TableColumn, ValueCell } from '../model/tables';
import type { ParsedValue } from '../values/types';
import { yearLabel } from './explain';

export interface YearColumns {
  /** per role and year, quarterly columns first (quarter 1 to 4), then full-year ones */
  actual: Map<number, TableColumn[]>;
  baseline: Map<number, TableColumn[]>;
  target: Map<number, TableColumn[]>;
  /** every column holding a year value, for reconciling the row's units */
  yearCols: Set<number>;
  labels: Map<number, string>;
  /** ascending years of each map, worked out once */
  actualYears: number[];
  baselineYears: number[];
  targetYears: number[];
}

export function yearColumns(table: IndicatorTable): YearColumns {
  const out: YearColumns = {
    actual: new Map(),
    baseline: new Map(),
    target: new Map(),
    yearCols: new Set(),
    labels: new Map(),
    actualYears: [],
    baselineYears: [],
    targetYears: [],
  };
  for (const c of table.columns) {
    if (c.role !== 'year' || !c.year) continue;
    const byYear = out[c.year.role];
    const list = byYear.get(c.year.year);
    if (list) list.push(c);
    else byYear.set(c.year.year, [c]);
    out.yearCols.add(c.col);
    // a full-year column's label ("2008/09") is the one to show
    if (!out.labels.has(c.year.year) || c.year.quarter === undefined)
      out.labels.set(c.year.year, c.year.label);
  }
  for (const m of [out.actual, out.baseline, out.target]) {
    for (const list of m.values()) list.sort((a, b) => (a.year?.quarter ?? 5) - (b.year?.quarter ?? 5));
  }
  const asc = (m: Map<number, unknown>) => [...m.keys()].sort((a, b) => a - b);
  out.actualYears = asc(out.actual);
  out.baselineYears = asc(out.baseline);
  out.targetYears = asc(out.target);
  return out;
}

export function labelFor(cols: YearColumns, year: number): string {
  return cols.labels.get(year) ?? yearLabel(year);
}

/** The row's cells by column, in `into` (one map reused down the table: rating is per row). */
export function cellsByCol(row: IndicatorRow, into: Map<number, ValueCell>): Map<number, ValueCell> {
  into.clear();
  for (const v of row.values) into.set(v.col, v);
  return into;
}

export function isEmpty(v: ParsedValue | undefined): boolean {
  return v === undefined || v.kind === 'empty';
}

/** A value that says something: a number, bound, band, dated or compound figure. */
export function hasFigure(v: ParsedValue | undefined): boolean {
  return (
    v !== undefined &&
    (v.kind === 'number' ||
      v.kind === 'bound' ||
      v.kind === 'band' ||
      v.kind === 'dated' ||
      v.kind === 'compound')
  );
}

function isQuarter(c: TableColumn): boolean {
  return c.year?.quarter !== undefined;
}

/** Where the full-year columns at the end of `cols` start; cols.length when there are none. */
function fullYearStart(cols: TableColumn[]): number {
  let first = cols.length;
  while (first > 0 && !isQuarter(cols[first - 1])) first--;
  return first;
}

/** The latest cell among cols[from..] holding anything. */
function latestFilled(cols: TableColumn[], cells: Map<number, ValueCell>, from: number): ValueCell | null {
  for (let i = cols.length - 1; i >= from; i--) {
    const v = cells.get(cols[i].col);
    if (v && !isEmpty(v.parsed)) return v;
  }
  return null;
}

/**
 * The row's cell for a year among `cols` (full year first, then quarters from the
 * latest): the first holding anything, else the full-year cell even if empty.
 */
export function pickCell(cols: TableColumn[] | undefined, cells: Map<number, ValueCell>): ValueCell | null {
  if (!cols || cols.length === 0) return null;
  // full-year columns sit at the end (see yearColumns); when there are any, the quarters do not count
  const first = fullYearStart(cols);
  if (first < cols.length) return latestFilled(cols, cells, first) ?? cells.get(cols[first].col) ?? null;
  return latestFilled(cols, cells, 0) ?? cells.get(cols[cols.length - 1].col) ?? null;
}

/** The actual for a year: the actual column, else a baseline column for that year. */
export function actualCell(cols: YearColumns, year: number, cells: Map<number, ValueCell>): ValueCell | null {
  const a = pickCell(cols.actual.get(year), cells);
  if (a && !isEmpty(a.parsed)) return a;
  return pickCell(cols.baseline.get(year), cells) ?? a;
}

/** Years with an actual or baseline column, ascending. */
export function actualYears(cols: YearColumns): number[] {
  return [...new Set([...cols.actual.keys(), ...cols.baseline.keys()])].sort((a, b) => a - b);
}
