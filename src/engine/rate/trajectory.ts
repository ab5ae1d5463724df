/**
 * Trajectory: the straight line from the baseline to the final target,
 * expected(t) = baseline + (target - baseline) * (t - t0) / (T - t0), and the rated
 * year's actual measured against it like a RAG (On track / Near track / Off track).
 */
import type { Tolerance } from '../model/settings';
import type { TrajectoryRating, RagRating } from './types';
import { compare, type Aim } from './rag';

export interface Point {
  year: number;
  value: number;
}

/** The expected value for `year`, or null when the line does not reach it (before the baseline). */
export function expectedValue(baseline: Point, final: Point, year: number): number | null {
  if (final.year <= baseline.year || year < baseline.year) return null;
  if (year >= final.year) return final.value;
  return (
    baseline.value + ((final.value - baseline.value) * (year - baseline.year)) / (final.year - baseline.year)
  );
}

const WORD: Record<RagRating, TrajectoryRating> = {
  Green: 'On track',
  Amber: 'Near track',
  Red: 'Off track',
};

/**
 * Rates the actual against the expected value: `better` is the polarity, or 'either-side'
 * for a point target on a band indicator (NI 44's 0 ppts), where any gap is a miss.
 */
export function trajectoryOf(
  actual: number,
  expected: number,
  better: 'higher' | 'lower' | 'either-side',
  tolerance: Tolerance,
): { trajectory: TrajectoryRating; miss: number; allowance: number } {
  const aim: Aim =
    better === 'either-side'
      ? { kind: 'band', low: expected, high: expected }
      : { kind: 'level', value: expected, better };
  const c = compare(actual, aim, tolerance);
  return { trajectory: WORD[c.rag], miss: c.miss, allowance: c.allowance };
}
