/**
 * Trajectory: the straight line from the baseline to the final target,
 * expected(t) = baseline + (target - baseline) * (t - t0) / (T - t0), and the rated
 * year's actual measured against it like a RAG (On track / Near track / Off track).
 */
import type { Tolerance } from '../model/settings';
import type { TrajectoryRating, RagRating } from './types';
import { compare } from './rag';

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

export function trajectoryOf(
  actual: number,
  expected: number,
  better: 'higher' | 'lower',
  tolerance: Tolerance,
): { trajectory: TrajectoryRating; miss: number; allowance: number } {
  const c = compare(actual, { kind: 'level', value: expected, better }, tolerance);
  return { trajectory: WORD[c.rag], miss: c.miss, allowance: c.allowance };
}
