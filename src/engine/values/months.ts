/**
 * Month names as officers abbreviate them ("Sept", "Dec", "April") and the dates
 * they write after "nya:" ("July 2010", "Sept 2010", "June", "07/2010").
 */
import type { YearMonth } from './types';
import { MONTH_NAMES } from '../model/dates';

const LOWER_NAMES = MONTH_NAMES.map((n) => n.toLowerCase());

/**
 * 1-12 for a month name or any abbreviation of it of three letters or more ("Sept",
 * "sep", "Septem", "Dec."), else undefined. The one reading of month words, for
 * figures' dates ("nya: Sept 2010") and action plans' deadlines alike.
 */
export function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return undefined;
  const i = LOWER_NAMES.findIndex((name) => name.startsWith(w));
  return i >= 0 ? i + 1 : undefined;
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
    const month = monthNumber(m[1]);
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
