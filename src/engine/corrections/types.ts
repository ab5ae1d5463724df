/**
 * The table map (what recognition read, column by column) and the officer's corrections to it, as data.
 * A correction is anchored on the header it was made on (its first row's texts and its position), so it
 * follows its table when rows are inserted above, and is reported, never misapplied, when it no longer fits.
 */
import type { RangeRef } from '../model/snapshot';

/** The roles an officer can give a column: the words of the `--json` map and of `ni-targets map`. */
export const MAP_ROLES = [
  'code',
  'title',
  'group',
  'baseline',
  'actual',
  'target',
  'comparator',
  'period',
  'unit',
  'notes',
  'status',
  'ignore',
] as const;

export type MapRole = (typeof MAP_ROLES)[number];

/** Roles that hold a year's figure: they need a year. */
export const YEAR_ROLES: ReadonlySet<MapRole> = new Set<MapRole>(['actual', 'target']);

export interface ColumnMapEntry {
  /** "D" */
  column: string;
  /** the header as read: band and own header joined by " / "; "" for a column with none */
  header: string;
  role: MapRole;
  /** "2010/11", or null */
  year: string | null;
  /** 0..1: how sure the reading is (see confidence.ts) */
  confidence: number;
  /** set by the officer's correction rather than read */
  corrected: boolean;
}

export interface TableMap {
  sheet: string;
  /** "B5:J40" */
  range: string;
  /** the header rows as Excel numbers them: "5:6", "5" */
  header: string;
  columns: ColumnMapEntry[];
  /** Excel row numbers the officer left out / put back */
  excludedRows: number[];
  includedRows: number[];
  /** any part of the table was read with a correction */
  corrected: boolean;
}

export interface ColumnCorrection {
  /** 0-based column when the correction was made */
  col: number;
  /** the column's header text then: the correction follows that header, and fails plainly without it */
  header: string;
  role: MapRole;
  /** first year of the period ("2010/11" -> 2010), with whether it is a calendar year */
  year?: { year: number; calendar: boolean };
}

/** Everything the officer corrected on one table. Rows and columns are 0-based, as when made. */
export interface TableCorrection {
  sheet: string;
  /** the table's header's first row and first column when the correction was made */
  anchor: { row: number; col: number };
  /** the texts of that header row across the table, left to right: how the table is found again */
  anchorTexts: string[];
  columns: ColumnCorrection[];
  /** header rows set by the officer: first and last */
  headerRows?: { first: number; last: number };
  /** the table's range set by the officer */
  range?: RangeRef;
  exclude: number[];
  include: number[];
}
