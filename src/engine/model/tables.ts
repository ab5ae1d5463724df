/**
 * What recognition finds: indicator (targets) tables and action-plan tables,
 * located on their sheet with 0-based absolute coordinates.
 */
import type { RangeRef } from './snapshot';
import type { ParsedValue } from '../values/types';

export type PeriodType = 'financial' | 'academic' | 'calendar' | 'previous-calendar' | 'other';

/** How a year column is used. */
export type YearRole = 'actual' | 'baseline' | 'target';

export type ColumnRole =
  | 'code' // NI number in its own column
  | 'title' // description (may also hold the code)
  | 'year' // a value for a year (see YearColumn)
  | 'baseline' // a baseline with no year ("Baseline", "Baseline or current performance"): before every target
  | 'period' // FY / Ac Yr / Cal Yr per row
  | 'comparator' // statistical neighbours, England, region
  | 'notes'
  | 'status' // the officer's own RAG / status column
  | 'direction' // the officer's own direction-of-travel column
  | 'trajectory'
  | 'unit'
  | 'polarity'
  | 'other';

export interface YearInfo {
  role: YearRole;
  /** first calendar year of the period: 2008/09 -> 2008; calendar year 2010 -> 2010 */
  year: number;
  /** 1-4 for quarterly columns */
  quarter?: number;
  /** normalised label, "2008/09" */
  label: string;
}

export interface TableColumn {
  /** 0-based absolute column */
  col: number;
  role: ColumnRole;
  /** header text as the officer wrote it (band + own header joined by " / ") */
  header: string;
  year?: YearInfo;
  /** for comparators */
  comparator?: 'statistical-neighbours' | 'england' | 'region' | 'other';
}

export interface ValueCell {
  /** 0-based absolute column */
  col: number;
  /** "C7" */
  cell: string;
  raw: string | number | boolean | null;
  format: string;
  parsed: ParsedValue;
}

export interface IndicatorRow {
  /** 0-based absolute row of the indicator's (first) line */
  row: number;
  /** normalised: "NI 55", "NI 56b", a local code "CSC 014", or null */
  code: string | null;
  /** the code as typed, when it had to be corrected ("N61", "NI88") */
  codeAsTyped?: string;
  /** the cell the code was read from ("A7"), when there was one */
  codeCell?: string;
  title: string;
  titleCell?: string;
  /** "Local Indicator", "(LAA)" rows and local codes */
  local: boolean;
  /** part of the Local Area Agreement */
  laa: boolean;
  /** outcome heading the row sits under (the source's own words) */
  group: string | null;
  /** period written on the row (FY, Ac Yr...) */
  period?: PeriodType;
  periodCell?: string;
  /** year and comparator values, one per table column of those roles, in column order */
  values: ValueCell[];
  /** notes text */
  notes?: string;
  /** sub-rows ("(b) ...", "a. ...") folded into this indicator: their 0-based rows */
  subRows: number[];
}

export interface IndicatorTable {
  kind: 'targets';
  sheet: string;
  range: RangeRef;
  /** 0-based absolute rows holding the header (one or two, plus repeats) */
  headerRows: number[];
  columns: TableColumn[];
  rows: IndicatorRow[];
  /** outcome heading rows */
  groups: { row: number; title: string }[];
  /** footnote rows under or inside the table */
  footnotes: number[];
  /** the Excel table (ListObject) it came from, if any */
  listObject?: string;
}

export type ActionColumnRole =
  | 'area' // area of focus / priority
  | 'task' // tasks and milestones / actions
  | 'deadline' // deadline / when / by
  | 'lead' // lead officer and partner
  | 'group' // lead strategy group / board
  | 'status' // status / progress / RAG
  | 'indicators' // NIs the action moves
  | 'other';

export interface ActionTask {
  /** 0-based absolute row */
  row: number;
  /** numbered area of focus the task belongs to, as its text ("1. Improve ...") */
  area: string | null;
  areaNumber: number | null;
  /** "1.1", or null when unnumbered */
  number: string | null;
  text: string;
  deadline: { raw: string | number | null; cell: string; format: string } | null;
  lead: string | null;
  group: string | null;
  status: string | null;
  statusCell?: string;
  taskCell: string;
}

export interface ActionPlanTable {
  kind: 'action-plan';
  sheet: string;
  range: RangeRef;
  headerRows: number[];
  columns: { col: number; role: ActionColumnRole; header: string }[];
  tasks: ActionTask[];
  listObject?: string;
}

export type RecognisedTable = IndicatorTable | ActionPlanTable;
