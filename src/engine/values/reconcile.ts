/**
 * Units agreeing within a row. Officers type the unit on some cells and not others:
 * actuals "7.3%" beside targets "8". The rule:
 *
 * 1. The row's unit is the explicit unit most of its levels carry. Signed changes
 *    ("-2%" targets beside counts 392, 533) measure something else, so they only
 *    vote when the row has nothing but changes. A tie goes to the unit seen first.
 *    Comparators, counts and compound parts do not vote.
 * 2. A bare number takes the row's unit, flagged `assumed` so the caller can warn,
 *    unless that would be implausible: more than 100 percent or percentage points
 *    (392 beside "-2%" stays a bare count).
 * 3. A value with its own unit keeps it, even when it differs from the row's: the
 *    caller reports the mismatch rather than this code converting silently.
 * 4. Nothing is rescaled. A percent-formatted fraction was already read as a
 *    percentage by the parser (0.08 formatted "0%" is 8 percent, like a typed 8 or
 *    "8%"); a bare fraction such as 0.23 is not multiplied by 100, because rates
 *    like "0.23 [101]" (per cent of pupils) are typed exactly that way.
 */
import type { NumericValue, ParsedValue, Unit } from './types';

function isNumeric(v: ParsedValue): v is NumericValue {
  return v.kind === 'number' || v.kind === 'bound' || v.kind === 'band' || v.kind === 'dated';
}

function dominant(values: readonly ParsedValue[], signedOnly: boolean): Unit | null {
  const counts = new Map<Unit, number>();
  for (const v of values) {
    if (!isNumeric(v) || v.unit === null) continue;
    const signed = v.kind === 'number' && v.signed;
    if (signed !== signedOnly) continue;
    counts.set(v.unit, (counts.get(v.unit) ?? 0) + 1);
  }
  let best: Unit | null = null;
  let bestCount = 0;
  // Map keeps first-seen order, so ">" leaves ties with the earlier unit
  for (const [unit, n] of counts) {
    if (n > bestCount) {
      best = unit;
      bestCount = n;
    }
  }
  return best;
}

/** The dominant explicit unit of a row's numeric values, or null when none names one. */
export function rowUnit(values: readonly ParsedValue[]): Unit | null {
  return dominant(values, false) ?? dominant(values, true);
}

const CAPPED_AT_100 = new Set<Unit>(['percent', 'ppts']);

/** A band is compared at its midpoint; rating code wanting both ends reads low/high itself. */
function figureOf(v: NumericValue): number {
  return v.kind === 'band' ? (v.low + v.high) / 2 : v.value;
}

/** The value and unit to compare within the row (see the rule above). */
export function comparable(
  v: NumericValue,
  rowUnit: Unit | null,
): { value: number; unit: Unit | null; assumed: boolean } {
  const value = figureOf(v);
  if (v.unit !== null || rowUnit === null) return { value, unit: v.unit, assumed: false };
  const ends = v.kind === 'band' ? [v.low, v.high] : [value];
  if (CAPPED_AT_100.has(rowUnit) && ends.some((x) => Math.abs(x) > 100)) {
    return { value, unit: null, assumed: false };
  }
  return { value, unit: rowUnit, assumed: true };
}
