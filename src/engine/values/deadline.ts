/**
 * Reading an action plan's deadline as officers type it: a real date (an Excel date,
 * "31/03/2011"), a month ("April 2010"), a season or term ("Summer 2011"), a quarter
 * ("Q2 2010/11"), a financial or academic year ("2010/11"), "Ongoing", or a
 * recurring task ("6 m'thly"). Periods are read as their last day, because a task
 * due "April 2010" is not late until April is over.
 */
import { endOfMonth } from '../model/periods';
import { monthNumber } from './months';

/** How much of the date the officer gave; 'day' is an exact date. */
export type DeadlinePrecision = 'day' | 'month' | 'season' | 'term' | 'quarter' | 'year';

export type Deadline =
  | { kind: 'date'; date: string; precision: DeadlinePrecision; text: string }
  | { kind: 'ongoing'; text: string }
  | { kind: 'recurring'; text: string }
  | { kind: 'unreadable'; text: string };

type DateReading = { date: string; precision: DeadlinePrecision };

function fullYear(y: string): number {
  const n = Number(y);
  if (y.length === 4) return n;
  return n < 70 ? 2000 + n : 1900 + n;
}

function iso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const last = endOfMonth(year, month);
  if (day > Number(last.slice(8))) return null;
  return `${last.slice(0, 8)}${String(day).padStart(2, '0')}`;
}

/** Last month of each season, and how many years past the named year it ends in. */
const SEASON_END: Record<string, { month: number; nextYear: boolean }> = {
  spring: { month: 5, nextYear: false },
  summer: { month: 8, nextYear: false },
  autumn: { month: 11, nextYear: false },
  fall: { month: 11, nextYear: false },
  winter: { month: 2, nextYear: true },
};
/** School terms: autumn to Christmas, spring to Easter, summer to the end of July. */
const TERM_END: Record<string, number> = { autumn: 12, fall: 12, spring: 4, summer: 7 };

/** End month of each quarter: financial quarters start in April, calendar ones in January. */
const FY_QUARTER_END = [6, 9, 12, 3];
const CAL_QUARTER_END = [3, 6, 9, 12];

/** The second year of a span when it follows the first: ("2010", "11") -> 2011. */
function spanEnd(first: string, second: string): number | null {
  const a = fullYear(first);
  const b = second.length === 4 ? Number(second) : Math.floor(a / 100) * 100 + Number(second);
  return b === a + 1 ? b : null;
}

const ACADEMIC = /^(?:ay|ac\.?\s*yr|academic\s+year|school\s+year)\s*/;
const FINANCIAL = /^(?:fy|fin\.?\s*yr|financial\s+year)\s*/;

type Pattern = { re: RegExp; read: (m: RegExpExecArray) => DateReading | null };

const day = (d: string | null): DateReading | null => (d ? { date: d, precision: 'day' } : null);

/** Tried in order on lower-case text with "by" / "end of" stripped. */
const PATTERNS: Pattern[] = [
  // 2011-03-31, possibly with a time
  {
    re: /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t\s][\d:.]+z?)?$/,
    read: (m) => day(iso(Number(m[1]), Number(m[2]), Number(m[3]))),
  },
  // 31/03/2011, 31.3.11, 31-03-2011: British order
  {
    re: /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/,
    read: (m) => day(iso(fullYear(m[3]), Number(m[2]), Number(m[1]))),
  },
  // 31 March 2011, 31st Mar 11, 1-Apr-11
  {
    re: /^(\d{1,2})(?:st|nd|rd|th)?[\s-]+([a-z]+\.?)[\s,-]+'?(\d{4}|\d{2})$/,
    read: (m) => {
      const month = monthNumber(m[2]);
      return month ? day(iso(fullYear(m[3]), month, Number(m[1]))) : null;
    },
  },
  // Summer 2011, Autumn term 2009, Spring term 2010/11
  {
    re: /^(spring|summer|autumn|fall|winter)(\s+term)?\s+(\d{4})(?:\s*[/-]\s*(\d{4}|\d{2}))?$/,
    read: (m) => {
      // in an academic year span, autumn falls in the first year and the rest in the second
      const span = m[4] ? spanEnd(m[3], m[4]) : null;
      if (m[4] && span === null) return null;
      const inFirst = m[1] === 'autumn' || m[1] === 'fall';
      const year = span !== null && !inFirst ? span : Number(m[3]);
      if (m[2]) return { date: endOfMonth(year, TERM_END[m[1]]), precision: 'term' };
      const s = SEASON_END[m[1]];
      return { date: endOfMonth(s.nextYear ? year + 1 : year, s.month), precision: 'season' };
    },
  },
  // April 2010, Apr-10, March '11
  {
    re: /^([a-z]+\.?)[\s,/'-]+(\d{4}|\d{2})$/,
    read: (m) => {
      const month = monthNumber(m[1]);
      return month ? { date: endOfMonth(fullYear(m[2]), month), precision: 'month' } : null;
    },
  },
  // Q2 2010/11 (financial quarters), Q2 2010 (calendar quarters), Quarter 4 2010-11
  {
    re: /^(?:q|quarter\s*)([1-4])\s+(\d{4})(?:\s*[/-]\s*(\d{4}|\d{2}))?$/,
    read: (m) => {
      const q = Number(m[1]) - 1;
      const first = Number(m[2]);
      if (m[3]) {
        if (spanEnd(m[2], m[3]) === null) return null;
        const month = FY_QUARTER_END[q];
        return { date: endOfMonth(month <= 3 ? first + 1 : first, month), precision: 'quarter' };
      }
      return { date: endOfMonth(first, CAL_QUARTER_END[q]), precision: 'quarter' };
    },
  },
  // 2010/11, 2010-2011, 10/11 (financial unless it says academic): see readYearSpan
  // 2011
  { re: /^(\d{4})$/, read: (m) => ({ date: endOfMonth(Number(m[1]), 12), precision: 'year' }) },
];

function readYearSpan(text: string): DateReading | null {
  let rest = text;
  let endMonth = 3;
  if (ACADEMIC.test(rest)) {
    rest = rest.replace(ACADEMIC, '');
    endMonth = 8;
  } else rest = rest.replace(FINANCIAL, '');
  const m = /^(\d{4}|\d{2})\s*[/–-]\s*(\d{4}|\d{2})$/.exec(rest);
  if (!m) return null;
  const end = spanEnd(m[1], m[2]);
  return end === null ? null : { date: endOfMonth(end, endMonth), precision: 'year' };
}

function readOne(text: string): DateReading | null {
  for (const p of PATTERNS) {
    const m = p.re.exec(text);
    if (m) {
      const r = p.read(m);
      if (r) return r;
    }
  }
  return readYearSpan(text);
}

const LEAD_IN =
  /^(?:(?:by|before|due|until|till|completed?\s+by|deadline:?)\s+)*(?:the\s+)?(?:end\s+(?:of\s+)?)?/;
const ONGOING =
  /\b(?:on-?going|continuous(?:ly)?|continuing|throughout|rolling|as\s+(?:required|needed)|onwards)\b/;
const RECURRING =
  /\b(?:m'?thly|monthly|weekly|fortnightly|quarterly|termly|annually|annual|yearly|bi-?annual(?:ly)?|every|each)\b/;
/** A range: "September 2009 - July 2010", "2009 to 2011" (spaces needed: 2010-11 is a year). */
const RANGE = /\s+(?:-|–|to|until)\s+/;

/** Excel number formats that show a date: they have d or y, or m without time or digits. */
function isDateFormat(format: string): boolean {
  const f = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '').toLowerCase();
  if (/[dy]/.test(f)) return true;
  return /m/.test(f) && !/[hs0#]/.test(f);
}

/** Excel's 1900 date system: serial 1 is 1900-01-01 (with its fictional 29 Feb 1900). */
function fromSerial(serial: number): string {
  const ms = Date.UTC(1899, 11, 30) + Math.floor(serial) * 86400000;
  return new Date(ms).toISOString().slice(0, 10);
}

/** A number: an Excel date when the cell is formatted as one, else a bare year such as 2011. */
function readNumber(raw: number, format: string): Deadline {
  const text = String(raw);
  if (isDateFormat(format) && raw >= 61) {
    return { kind: 'date', date: fromSerial(raw), precision: 'day', text };
  }
  if (Number.isInteger(raw) && raw >= 1990 && raw <= 2100) {
    return { kind: 'date', date: endOfMonth(raw, 12), precision: 'year', text };
  }
  return { kind: 'unreadable', text };
}

/** "September 2009 - July 2010": the end of a range whose both ends read as dates. */
function readRange(bare: string): DateReading | null {
  const parts = bare.split(RANGE);
  if (parts.length !== 2) return null;
  const last = readOne(parts[1]);
  return last && readOne(parts[0]) ? last : null;
}

function readText(raw: string): Deadline {
  const text = raw.replace(/\s+/g, ' ').trim();
  const lower = text.toLowerCase();
  if (!lower) return { kind: 'unreadable', text };
  if (ONGOING.test(lower)) return { kind: 'ongoing', text };
  const bare = lower.replace(LEAD_IN, '').replace(/[.;,]+$/, '');
  const date = readOne(bare) ?? readRange(bare);
  if (date) return { kind: 'date', ...date, text };
  if (RECURRING.test(lower) && !/\d{4}/.test(lower)) return { kind: 'recurring', text };
  return { kind: 'unreadable', text };
}

export function readDeadline(raw: string | number | null, format: string): Deadline {
  if (raw === null) return { kind: 'unreadable', text: '' };
  return typeof raw === 'number' ? readNumber(raw, format) : readText(raw);
}
