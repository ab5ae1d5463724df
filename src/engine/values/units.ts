/**
 * Unit words as typed after a number: "14pts", "16 points", "-4.4 ppts",
 * "31.0 per 1000", "per 10,000", "0 schools", "18 months". Keys are lower case with
 * single spaces and no thousands commas (see unitKey).
 */
import type { Unit } from './types';

const PER_1000 = ['per 1000', 'per thousand', '/1000', 'per 1000 population', 'per 1000 pop'];
const PER_10000 = ['per 10000', '/10000', 'per 10000 population', 'per 10000 pop'];
const PER_100000 = ['per 100000', '/100000', 'per 100000 population', 'per 100000 pop'];

// Counted things seen in children's services plans; a word not listed stays unread
// (the cell becomes text) rather than being taken for a count.
const COUNT_WORDS = [
  'centres',
  'centre',
  'children',
  'child',
  'pupils',
  'young people',
  'people',
  'cases',
  'places',
  'placements',
  'families',
  'settings',
  'referrals',
  'entrants',
  'offenders',
  'visits',
  'applications',
  'carers',
  'adoptions',
  'learners',
  'starts',
  'clients',
  'plans',
  'staff',
];

const UNIT_WORDS: ReadonlyMap<string, Unit> = new Map<string, Unit>([
  ['%', 'percent'],
  ['per cent', 'percent'],
  ['percent', 'percent'],
  ['pts', 'points'],
  ['pt', 'points'],
  ['points', 'points'],
  ['point', 'points'],
  ['ppts', 'ppts'],
  ['ppt', 'ppts'],
  ['pp', 'ppts'],
  ['p.p.', 'ppts'],
  ['p.p', 'ppts'],
  ['% pts', 'ppts'],
  ['% points', 'ppts'],
  ['%pts', 'ppts'],
  ['percentage points', 'ppts'],
  ['percentage point', 'ppts'],
  ...PER_1000.map((k): [string, Unit] => [k, 'per1000']),
  ...PER_10000.map((k): [string, Unit] => [k, 'per10000']),
  ...PER_100000.map((k): [string, Unit] => [k, 'per100000']),
  ['months', 'months'],
  ['month', 'months'],
  ['mths', 'months'],
  ['mth', 'months'],
  ['weeks', 'weeks'],
  ['week', 'weeks'],
  ['wks', 'weeks'],
  ['wk', 'weeks'],
  ['days', 'days'],
  ['day', 'days'],
  ['hours', 'hours'],
  ['hour', 'hours'],
  ['hrs', 'hours'],
  ['hr', 'hours'],
  ['schools', 'schools'],
  ['school', 'schools'],
  ...COUNT_WORDS.map((k): [string, Unit] => [k, 'count']),
]);

/** Normalises what follows a number so "Per 1,000" and "per  1000" look alike. */
export function unitKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/(\d),(?=\d{3})/g, '$1')
    .replace(/(\d) (?=\d{3}\b)/g, '$1')
    .replace(/\s+/g, ' ')
    .replace(/\.$/, '')
    .trim();
}

/** The unit for the words after a number; undefined when they are not a unit. */
export function unitOf(text: string): Unit | undefined {
  return UNIT_WORDS.get(text) ?? UNIT_WORDS.get(unitKey(text));
}
