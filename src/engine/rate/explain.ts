/**
 * Words for ratings: numbers with their units, differences, and the rules as a
 * legend. Kept in one place so the sheet, the pane and the reports say the same.
 */
import type { Unit } from '../values/types';
import type { Settings } from '../model/settings';
import { toleranceWords } from './tolerance';
import { UNIT_SUFFIX } from '../values/value-words';

const THOUSANDS = /\B(?=(\d{3})+(?!\d))/g;

// targets and tolerances repeat down a table, and number-to-text is the slow part
const FORMATTED = new Map<number, string>();

/** Up to two decimals, thousands separated: 1234.567 -> "1,234.57". Hot: runs for every row. */
export function formatNumber(n: number): string {
  let s = FORMATTED.get(n);
  if (s === undefined) {
    if (FORMATTED.size > 10_000) FORMATTED.clear();
    s = format(n);
    FORMATTED.set(n, s);
  }
  return s;
}

function format(n: number): string {
  const abs = Math.abs(n);
  // a miss of 0.004 must not read as "0"
  let s = abs > 0 && abs < 0.005 ? String(Number(n.toPrecision(2))) : String(Math.round(n * 100) / 100);
  if (abs >= 1000 && !s.includes('e')) {
    const dot = s.indexOf('.');
    const int = dot < 0 ? s : s.slice(0, dot);
    s = int.replace(THOUSANDS, ',') + (dot < 0 ? '' : s.slice(dot));
  }
  return s === '-0' ? '0' : s;
}

/** 7.3 percent -> "7.3%"; 34 per1000 -> "34 per 1,000". */
export function formatValue(n: number, unit: Unit | null): string {
  return formatNumber(n) + (unit === null ? '' : UNIT_SUFFIX[unit]);
}

/** A difference: on a % scale it is in percentage points, not percent. */
export function formatDifference(n: number, unit: Unit | null): string {
  if (unit === 'percent' || unit === 'ppts') {
    return `${formatNumber(n)} percentage point${Math.abs(n) === 1 ? '' : 's'}`;
  }
  return formatValue(n, unit);
}

export function isPercentScale(unit: Unit | null): boolean {
  return unit === 'percent' || unit === 'ppts';
}

/** "2008/09" from the first calendar year of a split year. */
export function yearLabel(year: number): string {
  return `${year}/${String((year + 1) % 100).padStart(2, '0')}`;
}

/** The rules in words, for the note beside the ratings and for report legends. */
export function ratingRules(settings: Settings, ratedYear: string | null): string[] {
  const tol = toleranceWords(settings.tolerance, false);
  const tolText =
    settings.tolerance.kind === 'relative'
      ? tol
      : `${settings.tolerance.value} (percentage points for % indicators, units otherwise)`;
  return [
    ratedYear ? `Rated for ${ratedYear}.` : 'No year could be rated.',
    `RAG: Green = the target is met or beaten; Amber = missed by no more than ${tolText}` +
      ' (or the tolerance set for the indicator in the definitions sheet); Red = missed by more.',
    `Direction: the latest actual against the previous one; a change smaller than ${settings.noChangePercent}%` +
      ' of the earlier value is No change; Increasing / Decreasing where it is not known which way is better.',
    'Trajectory: a straight line from the baseline (or the earliest actual) to the final target;' +
      ' On track = meets the expected value for the year, Near track = within the tolerance, Off track = further.',
  ];
}

/**
 * A sentence built by concatenation is a tree of its pieces in V8 and keeps them all
 * alive (100k ratings held ~250 MB that way). Reading a character makes V8 flatten it in
 * place, so the pieces can be collected young. Harmless on other engines.
 */
export function settle(sentence: string): string {
  sentence.charCodeAt(0);
  return sentence;
}
