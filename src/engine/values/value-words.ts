/**
 * A short human rendering of a parsed value for messages and reports:
 * "7.3%", "<5%", "10–15%", "Not yet available (July 2010)", "45 by 2014",
 * "31.0 per 1,000". Words always accompany symbols a reader might not know.
 */
import type { NumberExtras, ParsedValue, Status, Unit } from './types';
import { monthName } from '../model/dates';

const STATUS_WORDS: Readonly<Record<Status, string>> = {
  'not-yet-available': 'Not yet available',
  'not-applicable': 'N/A',
  'to-be-confirmed': 'TBC',
  'no-target': 'No target',
  'not-set': 'Not set',
  new: 'New',
  ceased: 'Ceased',
  'too-small': 'Numbers too small',
  'no-data': 'No data',
};

// Suffix after the figure; rates keep one decimal place as they are published.
export const UNIT_SUFFIX: Readonly<Record<Unit, string>> = {
  percent: '%',
  ppts: ' ppts',
  points: ' points',
  per1000: ' per 1,000',
  per10000: ' per 10,000',
  per100000: ' per 100,000',
  months: ' months',
  weeks: ' weeks',
  days: ' days',
  hours: ' hours',
  schools: ' schools',
  count: '',
};

const RATES = new Set<Unit>(['per1000', 'per10000', 'per100000']);
const OP_SYMBOL = { '<': '<', '<=': '≤', '>': '>', '>=': '≥' } as const;

const plainNumber = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 4 });
const oneDecimal = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 4 });

// Intl formatting is the slow part of describing a value, and figures repeat down a table
const PLAIN = new Map<number, string>();
const ONE_DECIMAL = new Map<number, string>();
const REMEMBERED = 10_000;

function digits(value: number, unit: Unit | null): string {
  const rate = unit !== null && RATES.has(unit);
  const formatter = rate ? oneDecimal : plainNumber;
  // a Map takes -0 for 0, which Intl writes as "-0"
  if (Object.is(value, -0)) return formatter.format(value);
  const memory = rate ? ONE_DECIMAL : PLAIN;
  let s = memory.get(value);
  if (s === undefined) {
    if (memory.size >= REMEMBERED) memory.clear();
    s = formatter.format(value);
    memory.set(value, s);
  }
  return s;
}

function figure(value: number, unit: Unit | null, signed = false): string {
  const sign = signed && value > 0 ? '+' : '';
  return `${sign}${digits(value, unit)}${unit === null ? '' : UNIT_SUFFIX[unit]}`;
}

function extras(v: NumberExtras, unit: Unit | null): string {
  let out = '';
  if (v.comparator) out += ` (${figure(v.comparator.value, v.comparator.unit ?? unit)})`;
  if (v.count !== undefined) out += ` [${plainNumber.format(v.count)}]`;
  if (v.qualifier !== undefined) out += ` (${v.qualifier})`;
  return out;
}

export function describeValue(v: ParsedValue): string {
  switch (v.kind) {
    case 'empty':
      return '(blank)';
    case 'number':
      return figure(v.value, v.unit, v.signed) + extras(v, v.unit);
    case 'bound':
      return `${v.maintain ? 'Maintain at ' : ''}${OP_SYMBOL[v.op]}${figure(v.value, v.unit)}${extras(v, v.unit)}`;
    case 'band':
      return `${digits(v.low, v.unit)}–${figure(v.high, v.unit)}${extras(v, v.unit)}`;
    case 'dated':
      return `${figure(v.value, v.unit)} by ${v.byYear}${extras(v, v.unit)}`;
    case 'compound':
      return v.parts.map((p) => (p.label === null ? '' : `${p.label}: `) + describeValue(p.value)).join('; ');
    case 'status': {
      const words = STATUS_WORDS[v.status];
      if (v.expected) {
        const when = v.expected.month === undefined ? '' : `${monthName(v.expected.month)} `;
        return `${words} (${when}${v.expected.year})`;
      }
      return v.expectedMonth === undefined ? words : `${words} (${monthName(v.expectedMonth)})`;
    }
    case 'error':
      return v.code;
    case 'text':
      return v.text;
  }
}
