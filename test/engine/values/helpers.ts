/** Short builders for expected parsed values, so test tables stay readable. */
import type { NumberExtras, ParsedValue, Status, Unit } from '../../../src/engine/values/types';

/** An unsigned percentage: P(7.3) is what "7.3%" should read as. */
export const P = (value: number, extras: NumberExtras = {}): ParsedValue => ({
  kind: 'number',
  value,
  unit: 'percent',
  signed: false,
  ...extras,
});
/** A bare number: no unit typed. */
export const N = (value: number, extras: NumberExtras = {}): ParsedValue => ({
  kind: 'number',
  value,
  unit: null,
  signed: false,
  ...extras,
});
/** An unsigned number with a unit. */
export const U = (value: number, unit: Unit, extras: NumberExtras = {}): ParsedValue => ({
  kind: 'number',
  value,
  unit,
  signed: false,
  ...extras,
});
/** A number typed with an explicit + or -. */
export const SG = (value: number, unit: Unit | null, extras: NumberExtras = {}): ParsedValue => ({
  kind: 'number',
  value,
  unit,
  signed: true,
  ...extras,
});
export const ST = (status: Status): ParsedValue => ({ kind: 'status', status });
export const NYA = (year: number, month?: number): ParsedValue => ({
  kind: 'status',
  status: 'not-yet-available',
  expected: month === undefined ? { year } : { year, month },
});
export const B = (
  op: '<' | '<=' | '>' | '>=',
  value: number,
  maintain = false,
  unit: Unit | null = 'percent',
): ParsedValue => ({
  kind: 'bound',
  op,
  value,
  unit,
  maintain,
});
export const D = (value: number, unit: Unit | null, byYear: number): ParsedValue => ({
  kind: 'dated',
  value,
  unit,
  byYear,
});
export const T = (text: string): ParsedValue => ({ kind: 'text', text });
/** A comparator in percent. */
export const pc = (value: number): NumberExtras['comparator'] => ({ value, unit: 'percent' });
