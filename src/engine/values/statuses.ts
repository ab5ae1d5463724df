/**
 * Words that stand where a number would: "N/A", "TBC", "No target", "New indicator",
 * "ceased", "Numbers too small", "-", and the not-yet-available family with its
 * expected date ("nya: July 2010", "Not yet available (Sept 2010)", "awaiting data").
 */
import { parseLooseDate } from './months';
import type { ParsedValue, Status } from './types';

type StatusValue = Extract<ParsedValue, { kind: 'status' }>;

const PHRASES: Readonly<Record<Status, readonly string[]>> = {
  'not-yet-available': [
    'nya',
    'n.y.a',
    'not yet available',
    'not available yet',
    'not yet known',
    'not available',
    'awaiting',
    'awaiting data',
    'awaiting results',
    'awaiting target',
    'data not yet available',
    'to follow',
  ],
  'not-applicable': ['n/a', 'na', 'n.a', 'n / a', 'not applicable'],
  'to-be-confirmed': [
    'tbc',
    'tba',
    'tbd',
    'to be confirmed',
    'to be agreed',
    'to be set',
    'to be determined',
  ],
  'no-target': ['no target', 'no targets', 'no target set', 'none set'],
  'not-set': ['not set', 'target not set', 'not yet set'],
  new: ['new', 'new indicator', 'new ni', 'new measure', 'new target'],
  ceased: [
    'ceased',
    'deleted',
    'discontinued',
    'deleted indicator',
    'indicator deleted',
    'no longer collected',
  ],
  'too-small': [
    'numbers too small',
    'number too small',
    'numbers too small to report',
    'too small',
    'small numbers',
    'suppressed',
    '*',
  ],
  'no-data': [
    'no data',
    'no data available',
    'data not available',
    '-',
    '--',
    '---',
    'nil return',
    // the statistical releases' ".." for "not available" (a trailing dot is dropped first)
    '.',
    '…',
  ],
};

const BY_PHRASE: ReadonlyMap<string, Status> = new Map(
  (Object.entries(PHRASES) as [Status, readonly string[]][]).flatMap(([status, phrases]) =>
    phrases.map((p): [string, Status] => [p, status]),
  ),
);

/** The status an exact phrase names (lower case, single spaces, trailing dot dropped). */
export function statusOf(key: string): Status | undefined {
  return BY_PHRASE.get(key);
}

export function statusKey(text: string): string {
  const lower = text.toLowerCase();
  const single = lower.includes('  ') || /[\t\n\r]/.test(lower) ? lower.replace(/\s+/g, ' ').trim() : lower;
  return single.endsWith('.') ? single.slice(0, -1) : single;
}

// "nya: July 2010", "Not yet available - Sept 2010", "awaiting target inf from PCT".
const NOT_YET =
  /^(nya|n\.y\.a\.?|not yet available|not available yet|awaiting(?: data| results)?|data due|due|expected)\b\s*[:\-,]?\s*(.*)$/i;
// Words that only mean "not yet available" when a date follows them.
const NEEDS_DATE = new Set(['due', 'expected', 'data due']);

/**
 * Reads the not-yet-available family with whatever follows it. A date that cannot
 * be read is dropped (the status is still clear); a month without a year is kept as
 * expectedMonth rather than given a guessed year.
 */
export function parseNotYet(text: string): StatusValue | null {
  const m = NOT_YET.exec(text);
  if (!m) return null;
  const rest = m[2].replace(/^\((.*)\)$/, '$1').trim();
  const date = rest === '' ? null : parseLooseDate(rest);
  if (NEEDS_DATE.has(m[1].toLowerCase()) && !date) return null;
  const out: StatusValue = { kind: 'status', status: 'not-yet-available' };
  if (date?.year !== undefined)
    out.expected = date.month === undefined ? { year: date.year } : { year: date.year, month: date.month };
  else if (date?.month !== undefined) out.expectedMonth = date.month;
  return out;
}
