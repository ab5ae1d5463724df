/**
 * Numbers in parsed values, for rules that compare them. Kept here (rather than in
 * the rating code) because validation only needs the plain reading: a band's two
 * ends, a bound's limit, a dated target's figure.
 */
import type { ParsedValue, Unit, NumericValue } from '../values/types';

export interface Reading {
  kind: NumericValue['kind'];
  /** the figure; for a band its low end */
  value: number;
  /** for a band its high end, else the same as value */
  high: number;
  unit: Unit | null;
  /** +8% / -2%: a change, not a level */
  signed: boolean;
  /** for a bound: which side of the figure the target lies */
  op?: '<' | '<=' | '>' | '>=';
}

export function readingOf(p: ParsedValue): Reading | null {
  switch (p.kind) {
    case 'number':
      return { kind: p.kind, value: p.value, high: p.value, unit: p.unit, signed: p.signed };
    case 'bound':
      return { kind: p.kind, value: p.value, high: p.value, unit: p.unit, signed: false, op: p.op };
    case 'dated':
      return { kind: p.kind, value: p.value, high: p.value, unit: p.unit, signed: false };
    case 'band':
      return { kind: p.kind, value: p.low, high: p.high, unit: p.unit, signed: false };
    default:
      return null;
  }
}

/**
 * The unit most of a row's levels were typed in (signed changes left out), or null
 * when nothing in the row names a unit. Ties go to the leftmost unit. Not rating's
 * rowUnit (values/reconcile.ts), which lets changes vote when a row has nothing else:
 * here that would call Bromley's counts of 392 beside "-2%" targets bare percentages.
 */
export function rowUnit(readings: readonly (Reading | null)[]): Unit | null {
  const counts = new Map<Unit, number>();
  let best: Unit | null = null;
  let bestCount = 0;
  for (const r of readings) {
    if (!r || r.signed || !r.unit) continue;
    const n = (counts.get(r.unit) ?? 0) + 1;
    counts.set(r.unit, n);
    if (n > bestCount) {
      best = r.unit;
      bestCount = n;
    }
  }
  return best;
}

/** Percent and percentage points are read alike for comparisons (gaps are typed either way). */
export function sameUnitFamily(a: Unit | null, b: Unit | null): boolean {
  if (a === b) return true;
  return onPercentScale(a) && onPercentScale(b);
}

// module-level, not a closure per call: this runs for every figure on every row
function onPercentScale(u: Unit | null): boolean {
  return u === 'percent' || u === 'ppts';
}
