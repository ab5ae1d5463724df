/**
 * The grammar of a targets table: its columns (leading reference columns, code,
 * title, other text columns, year columns, the officer's own status / notes /
 * comparator columns), its header style, its rows (indicators, sub-rows, lettered
 * sub-lists, outcome headings, blank rows, repeated page headers) and how values are
 * typed. Families change a spec; render-table.ts lays it out and writes the truth.
 */
import type { Indicator } from './indicators';
import { IndicatorPool } from './indicators';
import type { Rng } from './prng';
import type { ValueStyle } from './values';
import type { Scheme, YearCol, YearRole, YearStyle } from './years';
import { yearPlan } from './years';

/** ref: 1.1.1; ref2: 1.2 typed as a number; priority: 1, 2, 3; spacer: an empty column */
export type LeadKind = 'ref' | 'ref2' | 'priority' | 'spacer';
export type TextKind = 'lead' | 'board' | 'theme' | 'partner' | 'comments';
/** How a code is typed: NI 112, NI112, "112", 112, N1 117, NI 056; NI055, NI-55, NI.55, N.I. 55, NI-055; ni 112, NI 56(a) */
export type CodeForm =
  | 'spaced'
  | 'tight'
  | 'bare-text'
  | 'bare-number'
  | 'typo'
  | 'padded'
  | 'padded-tight'
  | 'dashed'
  | 'dotted'
  | 'full-stops'
  | 'dashed-padded'
  /** in a code column only: ni 112, Ni112, NI 56A */
  | 'cased'
  /** in a code column only: NI 56(a), NI 56 (b) */
  | 'bracket-letter';
/** Where a code sits inside a title */
export type CodePos = 'start' | 'start-bracket' | 'middle' | 'end' | 'end-bracket';

export type ColSpec =
  | { kind: 'lead'; lead: LeadKind; header: string }
  | { kind: 'code'; header: string }
  | { kind: 'title'; header: string }
  | { kind: 'text'; text: TextKind; header: string }
  | { kind: 'year'; y: YearCol }
  | {
      kind: 'status';
      header: string;
      fill: 'empty' | 'letters' | 'words';
      /** under the header of the year column to its left, merged over both ("2009/10 Target" over "36 | G") */
      paired?: boolean;
    }
  | { kind: 'notes'; header: string }
  | { kind: 'comparator'; header: string };

export type HeaderLayout = 'inline' | 'bands' | 'years-over-roles' | 'super-bands' | 'bands-years-roles';

export interface HeaderStyle {
  layout: HeaderLayout;
  yearStyle: YearStyle;
  /** inline label pattern per role (see years.ts) */
  patterns: Record<YearRole, number>;
  /** each column its own pattern */
  mixPatterns: boolean;
  bandWords: Record<YearRole, string>;
  /** under a band, labels still say the use ("2009/10 Target") */
  roleInLabel: boolean;
  /** the latest actual's header is merged down through the band row instead of under a band */
  mergeDownLatestActual: boolean;
  /** where the non-year headers of a deep header sit */
  otherPos: 'bottom' | 'top' | 'down';
  superBand: string;
  /** "Q2" after "Q1 2009/10" */
  quarterCarry: boolean;
  /** labels broken over two lines in the cell ("2009/10" Alt+Enter "Actual") */
  newlines: boolean;
  /** the unit written after each year label: "2009/10 Actual (%)", "Target 2010/11 (per 1,000)" */
  unit: string | null;
  /** year labels typed as Excel takes them: "2009/10" alone in a cell becomes the date Oct-09, "09/10" 09-Oct */
  excelDates: boolean;
}

export type RowPlan =
  | { kind: 'ind'; ind: Indicator; role: 'main' | 'parent' | 'sub'; letter: string | null; laa: boolean }
  /** a lettered item; `form` picks how the letter is written, the same down a list */
  | { kind: 'item'; letter: string; title: string; form: number }
  | { kind: 'local-marker'; title: string; ind: Indicator }
  | { kind: 'heading'; text: string }
  | { kind: 'list-heading'; text: string }
  | { kind: 'blank' }
  /** the officer's comment on the indicator above, merged across the year columns */
  | { kind: 'comment'; text: string }
  | { kind: 'repeat'; caption: string | null };

export interface TableSpec {
  name: string;
  columns: ColSpec[];
  header: HeaderStyle;
  /** code column forms: one for the whole table, or several mixed */
  codeForms: CodeForm[];
  /** where codes sit in titles when there is no code column */
  codePos: CodePos[];
  rows: RowPlan[];
  values: ValueStyle;
  /** share of rows whose rated-year actual is a status (nya, N/A) */
  statusShare: number;
  useShortTitles: boolean;
  /** a notes column beside the table, after `gap` blank columns; its header on the header's last row or above it */
  sideNotes: { gap: number; header: string | null; headerAbove: boolean; long: boolean } | null;
  listObject: { name: string; totals: boolean } | null;
  /** a "Total" row under the body, in the title column, summing each year column (no Excel table) */
  totalsRow?: boolean;
  headingPlacement: 'first' | 'title' | 'merged';
  /** the workbook's definitions sheet defines the local codes used */
  definedLocals: string[];
}

export function defaultHeader(rng: Rng): HeaderStyle {
  return {
    layout: 'inline',
    yearStyle: 'slash',
    patterns: { actual: rng.int(0, 1), baseline: 0, target: rng.int(0, 1) },
    mixPatterns: false,
    bandWords: { actual: 'Actual', baseline: 'Baseline', target: 'Target' },
    roleInLabel: false,
    mergeDownLatestActual: false,
    otherPos: 'bottom',
    superBand: 'Performance',
    quarterCarry: false,
    newlines: false,
    unit: null,
    excelDates: false,
  };
}

/** The latest actual year the base tables are built around. */
export function latestActualYear(rng: Rng): number {
  return rng.pick([2008, 2009]);
}

export function yearCols(cols: YearCol[]): ColSpec[] {
  return cols.map((y) => ({ kind: 'year' as const, y }));
}

/** Replace the table's year columns with a scheme's, where the old ones stood. */
export function setYears(spec: TableSpec, scheme: Scheme, rng: Rng): void {
  const first = spec.columns.findIndex((c) => c.kind === 'year');
  const latest = Math.max(
    ...spec.columns.map((c) => (c.kind === 'year' && c.y.role !== 'target' ? c.y.year : 0)),
  );
  const rest: ColSpec[] = spec.columns.filter((c) => c.kind !== 'year');
  const at = first < 0 ? rest.length : first;
  rest.splice(at, 0, ...yearCols(yearPlan(scheme, latest > 0 ? latest : 2009, rng)));
  spec.columns = rest;
}

export function indicatorRows(pool: IndicatorPool, n: number, rng: Rng): RowPlan[] {
  const out: RowPlan[] = [];
  for (let i = 0; i < n; i++)
    out.push({ kind: 'ind', ind: pool.take(), role: 'main', letter: null, laa: rng.chance(0.1) });
  return out;
}

/** A plain table a seed-like recogniser reads: NI | Indicator | actuals and targets labelled inline. */
export function baseTable(rng: Rng, pool: IndicatorPool, name = 'T1'): TableSpec {
  const scheme: Scheme = rng.pick(['past-future', 'baseline-actual-targets']);
  return {
    name,
    columns: [
      { kind: 'code', header: rng.pick(['NI', 'NI No.', 'Code']) },
      { kind: 'title', header: rng.pick(['Indicator', 'Description', 'Indicator title']) },
      ...yearCols(yearPlan(scheme, latestActualYear(rng), rng)),
    ],
    header: defaultHeader(rng),
    codeForms: [rng.pick(['spaced', 'spaced', 'tight'] as const)],
    codePos: ['start'],
    rows: indicatorRows(pool, rng.int(4, 9), rng),
    values: 'plain',
    statusShare: 0,
    useShortTitles: rng.chance(0.5),
    sideNotes: null,
    listObject: null,
    headingPlacement: 'first',
    definedLocals: [],
  };
}

export function columnIndex(spec: TableSpec, kind: ColSpec['kind']): number {
  return spec.columns.findIndex((c) => c.kind === kind);
}

/** Where a block of rows may go without splitting a parent from its sub-rows or a heading from its list. */
export function safeCuts(rows: RowPlan[]): number[] {
  const out: number[] = [];
  for (let i = 1; i <= rows.length; i++) {
    const next = rows[i];
    const prev = rows[i - 1];
    if (prev.kind === 'list-heading' || prev.kind === 'heading') continue;
    if (next && ((next.kind === 'ind' && next.role === 'sub') || next.kind === 'item')) continue;
    out.push(i);
  }
  return out;
}

export function insertBlock(spec: TableSpec, block: RowPlan[], rng: Rng): void {
  const cuts = safeCuts(spec.rows);
  spec.rows.splice(cuts.length > 0 ? rng.pick(cuts) : spec.rows.length, 0, ...block);
}
