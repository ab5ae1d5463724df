/**
 * Indicator rows as most rules see them: the row, its definition, a label for
 * messages and its year cells with their columns. Built once per validation run
 * (memoised on the context) so a dozen rules over 100k rows do one catalogue
 * lookup per row, not a dozen.
 */
import type { IndicatorDefinition } from '../catalogue/types';
import type { IndicatorRow, IndicatorTable, TableColumn, ValueCell, YearInfo } from '../model/tables';
import { a1 } from '../model/a1';
import { indicatorLabel } from './message-words';
import { readingOf, type Reading } from './numbers';
import type { RuleContext } from './types';
import type { ParsedValue } from '../values/types';

export interface YearCell {
  value: ValueCell;
  column: TableColumn;
  year: YearInfo;
  /** the numeric reading, when there is one */
  reading: Reading | null;
}

/**
 * A cell of a baseline column with no year: "Baseline", "Baseline or current
 * performance", "Current performance". Whatever year it was, it came before every
 * target: a baseline is where the targets start from.
 */
export interface BaselineCell {
  value: ValueCell;
  column: TableColumn;
  reading: Reading | null;
}

/**
 * Recognition reports a baseline column that names no year with the role 'baseline'
 * and no year (a dated one is a year column with the use 'baseline').
 */
export function isYearlessBaseline(column: TableColumn): boolean {
  const role: string = column.role;
  return role === 'baseline' && !column.year;
}

const NO_BASELINES: readonly BaselineCell[] = Object.freeze([]);

export class RowView {
  private named: string | null = null;
  constructor(
    /** labels already made, shared by the rows of one run: the same NI recurs across sheets */
    private readonly labels: Map<string, string>,
    readonly table: IndicatorTable,
    readonly row: IndicatorRow,
    /** null for unknown codes and local rows the workbook does not define */
    readonly definition: IndicatorDefinition | null,
    /** cells in year columns, left to right */
    readonly years: YearCell[],
    /** cells in baseline columns with no year, left to right (usually none) */
    readonly baselines: readonly BaselineCell[] = NO_BASELINES,
  ) {}

  /** "NI 55 (Obesity ...)": made only for rows that get a finding */
  get label(): string {
    if (this.named === null) {
      const key = `${this.row.code}|${this.row.title}`;
      let label = this.labels.get(key);
      if (label === undefined) {
        label = indicatorLabel(this.row.code, this.row.title);
        this.labels.set(key, label);
      }
      this.named = label;
    }
    return this.named;
  }

  /** where to point at the row itself: its code cell, else its title cell, else its first cell */
  get anchor(): string {
    return this.row.codeCell ?? this.row.titleCell ?? a1(this.row.row, this.table.range.c0);
  }
}

const cache = new WeakMap<RuleContext, RowView[]>();
const SHARED_READINGS = 100_000;

/**
 * Drop the views once the rules have run: a WeakMap entry only goes at a full
 * collection, and at 100k rows the views are tens of megabytes the rating would
 * otherwise share the heap with.
 */
export function forgetIndicatorRows(ctx: RuleContext): void {
  cache.delete(ctx);
}

export function indicatorRows(ctx: RuleContext): RowView[] {
  let views = cache.get(ctx);
  if (!views) {
    views = build(ctx);
    cache.set(ctx, views);
  }
  return views;
}

function build(ctx: RuleContext): RowView[] {
  const out: RowView[] = [];
  const labels = new Map<string, string>();
  const lookups = new Map<string, IndicatorDefinition | null>();
  const define = (row: IndicatorRow): IndicatorDefinition | null => {
    const key = row.code ?? `title:${row.title}`;
    if (!lookups.has(key)) {
      const d = row.code
        ? (ctx.catalogue.lookup(row.code)?.definition ?? null)
        : ctx.catalogue.lookupLocalByTitle(row.title);
      lookups.set(key, d);
    }
    return lookups.get(key) ?? null;
  };
  // parsed values are shared between cells (the parse cache), so their readings can be too:
  // a reading per cell was 800k objects at 100k rows
  const readings = new Map<ParsedValue, Reading | null>();
  const read = (value: ValueCell): Reading | null => {
    let reading = readings.get(value.parsed);
    if (reading === undefined) {
      reading = readingOf(value.parsed);
      if (readings.size < SHARED_READINGS) readings.set(value.parsed, reading);
    }
    return reading;
  };
  for (const table of ctx.tables) {
    if (table.kind !== 'targets') continue;
    const byCol = new Map<number, TableColumn>();
    for (const c of table.columns) byCol.set(c.col, c);
    for (const row of table.rows) {
      const years: YearCell[] = [];
      let baselines: BaselineCell[] | undefined;
      for (const value of row.values) {
        const column = byCol.get(value.col);
        if (column?.role === 'year' && column.year) {
          years.push({ value, column, year: column.year, reading: read(value) });
        } else if (column && isYearlessBaseline(column)) {
          (baselines ??= []).push({ value, column, reading: read(value) });
        }
      }
      out.push(new RowView(labels, table, row, define(row), years, baselines));
    }
  }
  return out;
}
