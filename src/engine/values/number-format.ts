/**
 * What an Excel number format says about a numeric cell: a percentage ("0.0%"), a
 * date ("d-mmm-yy", "mmmm yyyy"), a time, a unit in literal text (`0" pts"`), or a
 * plain number. Formats repeat across a workbook, so each is analysed once.
 */
import type { Unit } from './types';
import { unitOf } from './units';

export type FormatKind = 'plain' | 'percent' | 'date' | 'time';

export interface FormatInfo {
  kind: FormatKind;
  /** unit named in the format's literal text, e.g. `0.0" ppts"` */
  unit: Unit | null;
  /** the format always shows a sign (`+0%;-0%`): its values are changes */
  signed: boolean;
  /** a date format that also shows the time of day */
  withTime: boolean;
  /**
   * a date format showing only month and year ("mmm-yy"), or only day and month ("dd-mmm"):
   * the shapes Excel gives a year label it took for a date (year-typed-as-date.ts)
   */
  dateShape?: DateShape;
}

export type DateShape = 'month-year' | 'day-month';

/** Which of the two shapes the format's codes show, if either (no time, no digit placeholders). */
function dateShapeOf(bare: string): DateShape | undefined {
  if (/[hs0#?%@]/.test(bare)) return undefined;
  const d = bare.includes('d');
  const m = bare.includes('m');
  const y = bare.includes('y');
  if (m && y && !d) return 'month-year';
  return d && m && !y ? 'day-month' : undefined;
}

function dateInfo(bare: string, withTime: boolean): FormatInfo {
  const info: FormatInfo = { kind: 'date', unit: null, signed: false, withTime };
  const shape = dateShapeOf(bare);
  if (shape) info.dateShape = shape;
  return info;
}

const PLAIN: FormatInfo = { kind: 'plain', unit: null, signed: false, withTime: false };
const cache = new Map<string, FormatInfo>();
const CACHE_LIMIT = 2000;

function analyse(format: string): FormatInfo {
  let literal = '';
  // Quoted text, escaped characters, padding (_x) and fill (*x) are shown, not codes.
  const codes = format
    .replace(/"([^"]*)"/g, (_m, text: string) => {
      literal += text;
      return ' ';
    })
    .replace(/\\(.)/g, (_m, ch: string) => {
      literal += ch;
      return ' ';
    })
    .replace(/[_*]./g, ' ');
  // [Red], [$-409], [>100]: colours, locales and conditions; [h] / [mm] are elapsed time.
  const bracketTime = /\[(h+|m+|s+)\]/i.test(codes);
  const bare = codes
    .replace(/\[[^\]]*\]/g, ' ')
    .toLowerCase()
    .replace(/general/g, ' ')
    .replace(/am\/pm|a\/p/g, 'h')
    .replace(/e[+-]/g, ' ');
  const signed = literal.includes('+') || /\+/.test(bare);
  const unitText = literal.replace(/[+\-()]/g, '').trim();
  const unit = unitText === '' ? null : (unitOf(unitText) ?? null);
  if (bare.includes('%')) return { kind: 'percent', unit: 'percent', signed, withTime: false };
  const hasDate = /[dy]/.test(bare);
  const hasTime = /[hs]/.test(bare) || bracketTime;
  if (hasDate) return dateInfo(bare, hasTime);
  if (hasTime) return { kind: 'time', unit: null, signed: false, withTime: true };
  if (bare.includes('m')) return dateInfo(bare, false);
  return unit === null && !signed ? PLAIN : { kind: 'plain', unit, signed, withTime: false };
}

export function formatInfo(format: string | undefined): FormatInfo {
  if (format === undefined || format === '' || format === 'General' || format === '@') return PLAIN;
  let info = cache.get(format);
  if (info === undefined) {
    info = analyse(format);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(format, info);
  }
  return info;
}

// Excel's 1900 date system counts 29 February 1900, a day that never was: serials
// from 61 on are one day ahead of a true count from 31 December 1899.
const SERIAL_OF_1970 = 25569;
const MAX_SERIAL = 2958465; // 31 December 9999

// Days since 1970-01-01 to a civil date (proleptic Gregorian), without Date objects
// because date cells come by the thousand.
function civil(days: number): [number, number, number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function timeOfDay(fraction: number): string {
  const seconds = Math.round(fraction * 86400) % 86400;
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return s === 0 ? `${pad(h)}:${pad(m)}` : `${pad(h)}:${pad(m)}:${pad(s)}`;
}

/** An Excel serial as an ISO date ("2010-07-01", or "2010-07-01T09:30"), or null out of range. */
export function serialToIso(serial: number, withTime: boolean): string | null {
  if (!(serial >= 1 && serial < MAX_SERIAL + 1)) return null;
  const day = Math.floor(serial);
  let date: string;
  if (day === 60) date = '1900-02-29';
  else {
    const [y, m, d] = civil(day - SERIAL_OF_1970 + (day < 60 ? 1 : 0));
    date = `${y}-${pad(m)}-${pad(d)}`;
  }
  const fraction = serial - day;
  return withTime && fraction > 0 ? `${date}T${timeOfDay(fraction)}` : date;
}

/** A time-of-day serial (fraction of a day) as "09:30". */
export function serialToTime(serial: number): string | null {
  if (!(serial >= 0 && serial < 1)) return null;
  return timeOfDay(serial);
}
