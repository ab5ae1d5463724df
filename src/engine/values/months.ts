/**
 * Month names as officers abbreviate them ("Sept", "Dec", "April") and the dates
 * they write after "nya:" ("July 2010", "Sept 2010", "June", "07/2010").
 */
import type { YearMonth } from './types';

const MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

/** 1-12 for a month name or abbreviation, else undefined. */
export function monthNumber(name: string): number | undefined {
  return MONTHS[name.toLowerCase()];
}

/** A month with or without its year: "June" on its own is a real answer in plans. */
export interface LooseYearMonth {
  year?: number;
  month?: number;
}

// Words around a date that add nothing to it: "end of June 2010", "by Sept 2010".
const LEAD =
  /^(?:(?:in|by|from|due|expected|around|approx\.?|c\.)\s+)?(?:(?:end|beginning|start|early|mid|late)(?:\s+of|-)?\s*)?/;
const MONTH_YEAR = /^([a-z]+)\.?(?:[\s\-/,']+(\d{4}|\d{2}))?$/;
const YEAR_ONLY = /^(\d{4})$/;
const NUMERIC_MONTH_YEAR = /^(\d{1,2})[/\-.](\d{4}|\d{2})$/;
const ISO_YEAR_MONTH = /^(\d{4})[/-](\d{1,2})$/;

function fullYear(digits: string): number | undefined {
  const y = digits.length === 2 ? 2000 + Number(digits) : Number(digits);
  return y >= 1900 && y <= 2100 ? y : undefined;
}

function validMonth(m: number): number | undefined {
  return m >= 1 && m <= 12 ? m : undefined;
}

/** Reads a month and/or year; a month named without a year gives only the month. */
export function parseLooseDate(text: string): LooseYearMonth | null {
  const t = text
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(LEAD, '')
    .replace(/[.)]+$/, '');
  if (t === '') return null;
  let m = MONTH_YEAR.exec(t);
  if (m) {
    const month = MONTHS[m[1]];
    if (month === undefined) return null;
    if (m[2] === undefined) return { month };
    const year = fullYear(m[2]);
    return year === undefined ? null : { year, month };
  }
  m = YEAR_ONLY.exec(t);
  if (m) {
    const year = fullYear(m[1]);
    return year === undefined ? null : { year };
  }
  m = NUMERIC_MONTH_YEAR.exec(t);
  if (m) {
    const month = validMonth(Number(m[1]));
    const year = fullYear(m[2]);
    return month === undefined || year === undefined ? null : { year, month };
  }
  m = ISO_YEAR_MONTH.exec(t);
  if (m) {
    const month = validMonth(Number(m[2]));
    const year = fullYear(m[1]);
    return month === undefined || year === undefined ? null : { year, month };
  }
  return null;
}

/**
 * The month and year a figure is expected: "July 2010", "Sept 2010", "Dec 2010".
 * A month without a year ("June") needs the year from context: pass it as
 * defaultYear, or get null, because guessing the year would make dates up.
 */
export function parseExpectedDate(text: string, defaultYear?: number): YearMonth | null {
  const d = parseLooseDate(text);
  if (!d) return null;
  if (d.year !== undefined)
    return d.month === undefined ? { year: d.year } : { year: d.year, month: d.month };
  if (defaultYear === undefined || d.month === undefined) return null;
  return { year: defaultYear, month: d.month };
}
