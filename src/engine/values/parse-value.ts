/**
 * The one value parser: a cell's value and Excel number format in, a typed
 * ParsedValue out. It never throws and never guesses: whatever it cannot read
 * comes back as kind 'text' for the caller to report.
 */
import { readCompound } from './compound';
import { peel, readGroups, type BracketReading } from './trailing-marks';
import { formatInfo, serialToIso, serialToTime } from './number-format';
import { readBand, readBound, readDated, readMaintained } from './bounds-and-bands';
import { parseNotYet, statusKey, statusOf } from './statuses';
import { readQuantity } from './tokens';
import { figureBeforeToken, isEmptyKey, keyStatus, withKeyMarks, type SheetKey } from './key-tokens';
import type { NumberExtras, ParsedValue, ParseInput, Unit } from './types';

export { parseExpectedDate } from './months';

const ERROR_CODES = new Set([
  '#N/A',
  '#DIV/0!',
  '#REF!',
  '#VALUE!',
  '#NAME?',
  '#NUM!',
  '#NULL!',
  '#SPILL!',
  '#CALC!',
  '#GETTING_DATA',
]);
// The common cases ("7.3%", "50.9", "-2%") skip everything else.
const PLAIN = /^([+-]?)(\d+(?:\.\d+)?)(%?)$/;
const NEEDS_CLEANING = /[^\x21-\x7e ]| {2}/;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;

// Non-breaking and odd spaces, Unicode dashes, ≤ ≥ and curly quotes read as their plain forms.
function clean(text: string): string {
  if (!NEEDS_CLEANING.test(text)) return text;
  return text
    .replace(/[\s\u00a0\u2007\u202f\u200b]+/g, ' ')
    .replace(DASHES, '-')
    .replace(/≤/g, '<=')
    .replace(/≥/g, '>=')
    .replace(/[‘’]/g, "'")
    .trim();
}

function parseNumberCell(n: number, format: string | undefined): ParsedValue {
  if (!Number.isFinite(n)) return { kind: 'text', text: String(n) };
  const info = formatInfo(format);
  switch (info.kind) {
    case 'plain':
      return { kind: 'number', value: n === 0 ? 0 : n, unit: info.unit, signed: info.signed || n < 0 };
    case 'percent': {
      // 0.073 * 100 is 7.300000000000001: round away the binary noise, keep 15 digits
      const scaled = n * 100;
      if (!Number.isFinite(scaled)) return { kind: 'text', text: String(n) };
      const value = Number(scaled.toPrecision(15));
      return {
        kind: 'number',
        value: value === 0 ? 0 : value,
        unit: 'percent',
        signed: info.signed || n < 0,
      };
    }
    case 'date':
      return { kind: 'text', text: serialToIso(n, info.withTime) ?? String(n) };
    case 'time':
      return { kind: 'text', text: serialToTime(n) ?? String(n) };
  }
}

function withExtras<T extends object>(base: T, extras: NumberExtras): T & NumberExtras {
  const out: T & NumberExtras = base;
  if (extras.comparator !== undefined) out.comparator = extras.comparator;
  if (extras.count !== undefined) out.count = extras.count;
  if (extras.qualifier !== undefined) out.qualifier = extras.qualifier;
  if (extras.provisional !== undefined) out.provisional = extras.provisional;
  if (extras.periodYear !== undefined) out.periodYear = extras.periodYear;
  if (extras.footnote !== undefined) out.footnote = extras.footnote;
  return out;
}

// "c.45%", "~45", "approx. 45", "around 45": the figure, said to be approximate
const APPROXIMATELY = /^(?:c\.|ca\.|c\s|~|approx\.?|approximately|around|about)\s*/i;

// The figure without its brackets: a bound, band, dated target or plain quantity.
function readCore(core: string, text: string): ParsedValue {
  const plain = readQuantity(core);
  if (plain) {
    return { kind: 'number', value: plain.value, unit: plain.unit, signed: plain.signed };
  }
  const bound = readBound(core);
  if (bound) {
    const { value, unit } = bound.quantity;
    return { kind: 'bound', op: bound.op, value, unit, maintain: bound.maintain };
  }
  const band = readBand(core);
  if (band) return { kind: 'band', low: band.low, high: band.high, unit: band.unit };
  const dated = readDated(core);
  if (dated) {
    return { kind: 'dated', value: dated.quantity.value, unit: dated.quantity.unit, byYear: dated.byYear };
  }
  const maintained = readMaintained(core);
  if (maintained) {
    return { kind: 'number', value: maintained.value, unit: maintained.unit, signed: false };
  }
  const approx = APPROXIMATELY.exec(core);
  const about = approx ? readQuantity(core.slice(approx[0].length)) : null;
  if (about) {
    return {
      kind: 'number',
      value: about.value,
      unit: about.unit,
      signed: about.signed,
      qualifier: 'approximately',
    };
  }
  const status = statusOf(statusKey(core)) ?? statusOf(statusKey(text));
  if (status) return { kind: 'status', status };
  return { kind: 'text', text };
}

function mainUnit(v: ParsedValue): Unit | null {
  return v.kind === 'number' || v.kind === 'bound' || v.kind === 'band' || v.kind === 'dated' ? v.unit : null;
}

// A figure with whatever brackets and markers follow it.
function readFigure(text: string): ParsedValue {
  const peeled = peel(text);
  const core = readCore(peeled.core, text);
  if (peeled.groups.length === 0 && peeled.footnote === undefined) return core;
  if (core.kind === 'status') {
    // "Not yet available (July 2010)", "New (2009)": the words decide
    return core.status === 'not-yet-available' ? (parseNotYet(text) ?? core) : core;
  }
  if (core.kind === 'text') return core;
  const extras: BracketReading = readGroups(peeled, mainUnit(core));
  if (extras.byYear !== undefined && core.kind === 'number' && !core.signed) {
    const { byYear, ...rest } = extras;
    return withExtras({ kind: 'dated', value: core.value, unit: core.unit, byYear }, rest);
  }
  delete extras.byYear;
  return withExtras(core, extras);
}

const DIGIT = /\d/;
// Footnote marks and brackets can follow a status: "No target (see notes)", "N/A*".
const TRAILING_EXTRA = /[)\]*¹²³⁴⁵⁶⁷⁸⁹⁰†‡§¶#]$/;

function isLetter(code: number): boolean {
  const lower = code | 32;
  return lower >= 97 && lower <= 122;
}

// Everything except compounds: used for the parts of a compound too.
function parseSimple(text: string): ParsedValue {
  const startsWithLetter = isLetter(text.charCodeAt(0));
  const hasDigit = DIGIT.test(text);
  // Figures start with a digit, sign or operator: only words need the status tables.
  if (startsWithLetter || !hasDigit) {
    const status = statusOf(statusKey(text));
    if (status) return { kind: 'status', status };
    if (startsWithLetter) {
      const notYet = parseNotYet(text);
      if (notYet) return notYet;
    }
    if (!hasDigit && !TRAILING_EXTRA.test(text)) return { kind: 'text', text };
  }
  return readFigure(text);
}

/** Reads text typed into a cell (what parseValue does for strings, without its safety net). */
export function parseText(raw: string): ParsedValue {
  const plain = PLAIN.exec(raw);
  if (plain) {
    const value = plain[1] === '-' ? -Number(plain[2]) : Number(plain[2]);
    return {
      kind: 'number',
      value: value === 0 ? 0 : value,
      unit: plain[3] ? 'percent' : null,
      signed: plain[1] !== '',
    };
  }
  const text = clean(raw.trim());
  if (text === '') return { kind: 'empty' };
  if (text.charCodeAt(0) === 35 /* # */) {
    const code = text.toUpperCase();
    if (ERROR_CODES.has(code)) return { kind: 'error', code };
  }
  if (text !== raw) {
    const again = PLAIN.exec(text);
    if (again) return parseText(text);
  }
  const simple = parseSimple(text);
  if (simple.kind !== 'text' || !text.includes(':')) return simple;
  return readCompound(text, parseSimple) ?? simple;
}

/**
 * Text read under the sheet's own key: a cell holding only a token the key defines
 * ("X = New Indicator") is that status; a token after a figure that the key says
 * means provisional ("72.1%*") makes the figure provisional, still read.
 */
function parseKeyed(raw: string, key: SheetKey): ParsedValue {
  const text = clean(raw.trim());
  if (text !== '') {
    const status = keyStatus(text, key);
    if (status) return status;
  }
  const v = parseText(raw);
  if (v.kind === 'text') return figureBeforeToken(text, key, parseText) ?? v;
  return withKeyMarks(v, key);
}

/**
 * Reads one cell; `key` is the key of the sheet the cell is on, when it has one.
 * Never throws: anything unexpected comes back as text.
 */
export function parseValue(input: ParseInput, key?: SheetKey): ParsedValue {
  try {
    const { value } = input;
    if (value === null || value === undefined) return { kind: 'empty' };
    if (typeof value === 'number') return parseNumberCell(value, input.format);
    if (typeof value === 'boolean') return { kind: 'text', text: value ? 'TRUE' : 'FALSE' };
    if (typeof value === 'string') return key && !isEmptyKey(key) ? parseKeyed(value, key) : parseText(value);
    return { kind: 'text', text: String(value) };
  } catch {
    return { kind: 'text', text: safeString(input) };
  }
}

function safeString(input: ParseInput): string {
  try {
    return String(input?.value ?? '');
  } catch {
    return '';
  }
}
