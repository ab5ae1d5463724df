/**
 * Reading a year column's header: "2008/09 Actual Full Year", "Target 2008/09",
 * "2010/11 Target", "Baseline 2008/09", "2005/6 Actual", "Q1 2009/10", "Q2",
 * "2010", and the bands above them ("Past Performance", "Future Targets",
 * "Baseline"). Only headers made of a year, a quarter and known words are read:
 * "nya: July 2010" or "45 by 2014" are values, not headers. A year may be written
 * as the months it spans ("Apr 09 - Mar 10", "April 2009 - March 2010"), and a
 * header may carry its unit in brackets ("2009/10 Actual (%)", "(per 1,000)"),
 * which says nothing about the year or its use.
 */
import type { YearRole } from '../model/tables';

export interface YearLabel {
  /** first calendar year of the period, null when the text names no year */
  year: number | null;
  /** a single calendar year (2010) rather than a 2010/11 period */
  calendar: boolean;
  quarter: number | null;
  /** what the words say the column holds; 'other' for budgets, forecasts */
  role: YearRole | 'other' | null;
  /** a year was written but is not a consecutive pair (2008/10) */
  unreadable: boolean;
}

type Meaning = YearRole | 'other' | 'filler';

/** Every word a year header may hold, and what it says. Anything else: not a year header. */
const WORDS: Record<string, Meaning> = {
  target: 'target',
  targets: 'target',
  // abbreviated in narrow columns: "Tgt 2009/10", "2008/09 Act"
  tgt: 'target',
  tgts: 'target',
  trgt: 'target',
  targ: 'target',
  aim: 'target',
  goal: 'target',
  stretch: 'target',
  planned: 'target',
  // a "Trajectory" band over years holds the planned path: targets
  trajectory: 'target',
  trajectories: 'target',
  baseline: 'baseline',
  actual: 'actual',
  actuals: 'actual',
  act: 'actual',
  acts: 'actual',
  actl: 'actual',
  outturn: 'actual',
  out: 'filler',
  turn: 'actual',
  result: 'actual',
  results: 'actual',
  performance: 'actual',
  achieved: 'actual',
  latest: 'actual',
  budget: 'other',
  budgets: 'other',
  spend: 'other',
  cost: 'other',
  costs: 'other',
  expenditure: 'other',
  income: 'other',
  forecast: 'other',
  estimate: 'other',
  projected: 'other',
  full: 'filler',
  year: 'filler',
  yr: 'filler',
  years: 'filler',
  end: 'filler',
  ytd: 'filler',
  to: 'filler',
  date: 'filler',
  fy: 'filler',
  financial: 'filler',
  academic: 'filler',
  ac: 'filler',
  calendar: 'filler',
  cal: 'filler',
  future: 'filler',
  past: 'filler',
  previous: 'filler',
  prev: 'filler',
  provisional: 'filler',
  prov: 'filler',
  final: 'filler',
  data: 'filler',
  value: 'filler',
  figure: 'filler',
  the: 'filler',
  for: 'filler',
  of: 'filler',
  and: 'filler',
  annual: 'filler',
  period: 'filler',
  laa: 'filler',
  local: 'filler',
  quarter: 'filler',
  qtr: 'filler',
  // how settled a figure is ("Target 2010/11 (revised)", "2009/10 agreed target"): the use is the same
  agreed: 'filler',
  proposed: 'filler',
  revised: 'filler',
  draft: 'filler',
  original: 'filler',
  interim: 'filler',
  confirmed: 'filler',
  negotiated: 'filler',
  indicative: 'filler',
  updated: 'filler',
};

const SPLIT_YEAR = /(?<![\d.])(\d{4}|\d{2})\s*[/\-–]\s*(\d{4}|\d{1,2})(?![\d.%])/g;
const CAL_YEAR = /(?<![\d.])((?:19|20)\d{2})(?![\d.%])/g;
const QUARTER = /\b(?:q|qtr|quarter)\s*([1-4])\b/g;
const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)[.]?';
// "apr 09 - mar 10", "april 2009 to march 2010" (the text is lower case by then)
const MONTH_SPAN = new RegExp(
  `\\b${MONTH}\\s*'?(\\d{4}|\\d{2})\\s*(?:-|–|to)\\s*${MONTH}\\s*'?(\\d{4}|\\d{2})(?![\\d.%])`,
  'g',
);
// a unit in brackets: "(%)", "(per 1,000)", "(rate per 10,000)", "(No.)", "(days)", "(£000s)"
const UNIT =
  /\(\s*(?:%|£(?:000s?|m)?|no\.?|number|days|weeks|pp|ppts|percent(?:age)?(?: points)?|(?:rate\s+)?per\s+[\d,]+(?:\s+[a-z]+)?)\s*\)/g;
// cheap gate: a header is short and holds a digit or one of the band words
const BAND_HINT =
  /target|tgt|trgt|baseline|actual|\bact\b|perform|outturn|result|latest|budget|forecast|aim|goal|trajector/i;

function fullYear(digits: string): number {
  if (digits.length === 4) return Number(digits);
  const n = Number(digits);
  return n < 50 ? 2000 + n : 1900 + n;
}

/** 2008 and "09", "9", "2009": is the second the year after the first? */
function followsOn(first: number, second: string): boolean {
  const next = first + 1;
  if (second.length === 4) return Number(second) === next;
  if (second.length === 2) return Number(second) === next % 100;
  return Number(second) === next % 10;
}

/** The year a header names, taken out of its text: by its months, as 2008/09, or as a calendar year. */
interface YearsRead {
  rest: string;
  year: number | null;
  calendar: boolean;
  unreadable: boolean;
  count: number;
}

function readYears(text: string): YearsRead {
  const out: YearsRead = { rest: text, year: null, calendar: false, unreadable: false, count: 0 };
  // the months a year spans: April to March is that financial year, September to August the academic one
  out.rest = out.rest.replace(MONTH_SPAN, (_m, a: string, b: string) => {
    out.count++;
    const first = fullYear(a);
    const last = fullYear(b);
    if (last === first + 1 || last === first) out.year = first;
    else out.unreadable = true;
    out.calendar = last === first;
    return ' ';
  });
  if (out.count === 0)
    out.rest = out.rest.replace(SPLIT_YEAR, (_m, a: string, b: string) => {
      out.count++;
      const y = fullYear(a);
      if (followsOn(y, b)) out.year = y;
      else out.unreadable = true;
      return ' ';
    });
  if (out.count === 0)
    out.rest = out.rest.replace(CAL_YEAR, (_m, a: string) => {
      out.count++;
      out.year = Number(a);
      out.calendar = true;
      return ' ';
    });
  return out;
}

/**
 * What the words left beside the year say the column holds: null when only fillers, undefined
 * when a word is not a header's, or another figure makes it a value or a note ("Target for
 * 2010/11 revised to 12%").
 */
function roleOfWords(text: string): YearLabel['role'] | undefined {
  if (/\d/.test(text)) return undefined;
  let role: YearLabel['role'] = null;
  for (const word of text.split(/[^a-z]+/)) {
    if (word === '') continue;
    const meaning = WORDS[word];
    if (meaning === undefined) return undefined;
    if (meaning !== 'filler' && role === null) role = meaning;
  }
  return role;
}

export function parseYearLabel(input: string): YearLabel | null {
  if (input.length === 0 || input.length > 60) return null;
  if (!/\d/.test(input) && !BAND_HINT.test(input)) return null;

  let text = input.toLowerCase().replace(/\b(fy|ay)(?=\d)/g, '$1 ');
  if (text.includes('(')) text = text.replace(UNIT, ' ');
  const years = readYears(text);
  if (years.count > 1) return null;

  let quarter: number | null = null;
  text = years.rest.replace(QUARTER, (_m, q: string) => {
    quarter = Number(q);
    return ' ';
  });

  const role = roleOfWords(text);
  if (role === undefined) return null;
  if (years.count === 0 && quarter === null && role === null) return null;
  const { year, calendar, unreadable } = years;
  return { year, calendar, quarter, role, unreadable };
}

/**
 * The use a text names with no year or quarter: "Target", "Actual", "Baseline" (budgets and
 * forecasts are no use), or null. A figure outside brackets is a year, a quarter or a value, so
 * such a text names none; only a unit in brackets may hold one ("Target (per 1,000)"). The
 * check costs little, and runs on whole columns of figures ("8.4% (9.9%)").
 */
export function useWord(text: string): YearRole | null {
  if (DIGIT.test(text) && DIGIT.test(text.replace(BRACKETED, ''))) return null;
  const l = parseYearLabel(text);
  return l && l.year === null && l.quarter === null && l.role !== null && l.role !== 'other' ? l.role : null;
}

const DIGIT = /\d/;
const BRACKETED = /\([^)]*\)/g;

/** "2008/09" for a period starting 2008; "2010" for a calendar year. */
export function yearLabelText(year: number, calendar: boolean): string {
  return calendar ? String(year) : `${year}/${String((year + 1) % 100).padStart(2, '0')}`;
}
