/**
 * What a cell means once read. One parser (parse-value.ts) produces these from a
 * cell's value and number format; everything downstream (validation, rating,
 * reports) works on them and never re-reads the raw text.
 */

/** The unit the officer typed or the number format implies. */
export type Unit =
  | 'percent' // 7.3%, 0.073 formatted as 0.0%
  | 'ppts' // percentage points: -4.4 ppts
  | 'points' // 16 points, 14pts (scores)
  | 'per1000' // 31.0 per 1000
  | 'per10000'
  | 'per100000'
  | 'months'
  | 'weeks'
  | 'days'
  | 'hours'
  | 'schools'
  | 'count'; // an explicit count unit word other than the above ("45 centres")

/** Statuses that stand in place of a number. */
export type Status =
  | 'not-yet-available' // nya: July 2010, Not yet available, awaiting
  | 'not-applicable' // N/A, n/a
  | 'to-be-confirmed' // TBC, TBA
  | 'no-target' // No target
  | 'not-set' // Not set
  | 'new' // New indicator, New
  | 'ceased' // ceased, deleted
  | 'too-small' // Numbers too small, suppressed, *
  | 'no-data'; // no data, -, blank-like dashes

export interface YearMonth {
  year: number;
  /** 1-12, absent when only a year was given */
  month?: number;
}

/** Parts every numeric reading may carry besides its number. */
export interface NumberExtras {
  /** the comparator in round brackets: 8.4% (9.9%) -> 9.9 percent */
  comparator?: { value: number; unit: Unit | null };
  /** the count in square brackets: 0.23 [101] -> 101 */
  count?: number;
  /** a qualifier in brackets that is not a number: (prov'l), (07/08), (top band) */
  qualifier?: string;
  /** provisional figure */
  provisional?: boolean;
  /** a year the figure belongs to, when different from its column: 91% (07/08) -> 2007 */
  periodYear?: number;
  /** footnote marker(s) stripped from the end: 86% ¹, 86%*, 86% X */
  footnote?: string;
}

export type ParsedValue =
  | { kind: 'empty' }
  | ({
      kind: 'number';
      value: number;
      /** null: a bare number (50.9) whose unit must be inferred from its row */
      unit: Unit | null;
      /** an explicit + or - was typed: a signed change such as -2% or +8% */
      signed: boolean;
    } & NumberExtras)
  | ({
      kind: 'bound';
      op: '<' | '<=' | '>' | '>=';
      value: number;
      unit: Unit | null;
      /** "Maintain at <10%" */
      maintain: boolean;
    } & NumberExtras)
  | ({
      kind: 'band';
      low: number;
      high: number;
      unit: Unit | null;
    } & NumberExtras)
  | ({
      /** 45 by 2014, 0 by 2012, 5.6% by 2011 */
      kind: 'dated';
      value: number;
      unit: Unit | null;
      byYear: number;
    } & NumberExtras)
  | {
      /** English: 81% Maths: 75%; 9.6% LAA: 11.0% (first part unlabelled) */
      kind: 'compound';
      parts: { label: string | null; value: ParsedValue }[];
    }
  | {
      kind: 'status';
      status: Status;
      /** nya: July 2010 -> { year: 2010, month: 7 } */
      expected?: YearMonth;
      /** nya: June -> 6: a month typed without its year (the year is left to the caller's context) */
      expectedMonth?: number;
    }
  | { kind: 'error'; code: string }
  | {
      /** text the parser could not read as a value: reported, never guessed */
      kind: 'text';
      text: string;
    };

export type NumericValue = Extract<ParsedValue, { kind: 'number' | 'bound' | 'band' | 'dated' }>;

export interface ParseInput {
  value: string | number | boolean | null;
  /** Excel number format, e.g. "0.0%", "General", "d-mmm-yy" */
  format?: string;
}
