/**
 * Words for messages: how a cell looks to the officer, what an indicator is called,
 * which column a value sits in. Messages quote what the officer typed, so they can
 * find it, rather than our reading of it.
 */
import type { Unit } from '../values/types';
import type { YearInfo } from '../model/tables';
import { titleText } from './suggest';
// one set of unit words for messages and reports: "31 per 1,000" in both
import { UNIT_SUFFIX } from '../values/value-words';

/** Float noise away: 0.07300000001 -> "0.073". */
export function plainNumber(n: number): string {
  return String(Number(n.toPrecision(12)));
}

/** 8 and percent -> "8%"; 31 and per1000 -> "31 per 1000". */
export function withUnit(value: number, unit: Unit | null): string {
  return `${plainNumber(value)}${unit ? UNIT_SUFFIX[unit] : ''}`;
}

const UNIT_WORDS: Record<Unit, string> = {
  percent: 'percentages',
  ppts: 'percentage points',
  points: 'points',
  per1000: 'rates per 1000',
  per10000: 'rates per 10,000',
  per100000: 'rates per 100,000',
  months: 'months',
  weeks: 'weeks',
  days: 'days',
  hours: 'hours',
  schools: 'numbers of schools',
  count: 'counts',
};

/** percent -> "percentages", for "the row's other figures are percentages". */
export function unitName(unit: Unit): string {
  return UNIT_WORDS[unit];
}

/** The cell as the officer sees it: a 0.073 formatted as a percentage shows as 7.3%. */
export function shown(raw: string | number | boolean | null, format = 'General'): string {
  if (raw === null) return '';
  if (typeof raw === 'string') return raw.trim();
  if (typeof raw === 'boolean') return raw ? 'TRUE' : 'FALSE';
  if (format.includes('%')) return `${plainNumber(raw * 100)}%`;
  return plainNumber(raw);
}

const TITLE_MAX = 70;

/** Long text cut at a word boundary with "...", so messages stay one line. */
export function shorten(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 3);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:(–-]+$/, '')}...`;
}

const LOCAL_CODE = /^([A-Z]{2,5}) (\d{1,4}[a-z]?)$/;

/** The title without the row's own local code in it: "CSC 014 Initial conferences" -> "Initial conferences". */
function withoutLocalCode(title: string, code: string): string {
  const m = LOCAL_CODE.exec(code);
  // NI codes are taken out by titleText, whatever way they were typed
  if (!m || m[1] === 'NI') return title;
  const own = new RegExp(`\\(?(?<![A-Za-z0-9])${m[1]}[\\s-]?${m[2]}(?![0-9A-Za-z])\\)?`, 'i');
  if (!own.test(title)) return title;
  return title
    .replace(own, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s:;,–-]+|[\s:;,–-]+$/g, '')
    .trim();
}

/**
 * "NI 55 (Obesity in primary school age children in Reception Year)"; local rows by
 * title. A code written into the title ("... (NI 19)", "CSC 014 ...") is not repeated.
 */
export function indicatorLabel(code: string | null, title: string): string {
  const short = shorten(code ? withoutLocalCode(titleText(title), code) : title, TITLE_MAX);
  if (!code) return short ? `'${short}'` : 'this indicator';
  return short ? `${code} (${short})` : code;
}

/** "2009/10 target", "2008/09 actual", "2010/11 Q2 actual". */
export function yearLabel(year: YearInfo): string {
  return `${year.label}${year.quarter ? ` Q${year.quarter}` : ''} ${year.role}`;
}
