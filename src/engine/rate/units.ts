/**
 * Putting a row's figures on one scale before comparing, through the shared rule in
 * values/reconcile.ts (a bare 8 beside 7.3% is 8%). Rating adds one thing: which
 * units may be compared at all. Percent and percentage points share a scale; other
 * families (% against per 1,000) are never compared.
 */
import type { ParsedValue, Unit } from '../values/types';
import { comparable as reconcile, rowUnit as sharedRowUnit } from '../values/reconcile';

const FAMILY: Record<Unit, string> = {
  percent: 'percent',
  ppts: 'percent',
  points: 'points',
  per1000: 'per1000',
  per10000: 'per10000',
  per100000: 'per100000',
  months: 'months',
  weeks: 'weeks',
  days: 'days',
  hours: 'hours',
  schools: 'count',
  count: 'count',
};

export function unitFamily(unit: Unit | null): string | null {
  return unit === null ? null : FAMILY[unit];
}

/** The row's unit; change targets ("-2%" beside counts) are left out so they cannot lend it theirs. */
export function rowUnit(values: readonly ParsedValue[], isChange: (v: ParsedValue) => boolean): Unit | null {
  return sharedRowUnit(values.filter((v) => !isChange(v)));
}

export interface Comparable {
  value: number;
  unit: Unit | null;
  /** the unit was taken from the row, not typed */
  assumed: boolean;
}

/** One figure on the row's scale (a bare number takes the row's unit when plausible). */
export function comparable(value: number, unit: Unit | null, row: Unit | null): Comparable {
  return reconcile({ kind: 'number', value, unit, signed: false }, row);
}

/**
 * Whether two reconciled units can be compared. A figure left unitless in a row that has
 * a unit was implausible in it (392 beside percentages), so it compares only with unitless ones.
 */
export function sameScale(a: Unit | null, b: Unit | null): boolean {
  return unitFamily(a) === unitFamily(b);
}
