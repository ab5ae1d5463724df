/**
 * The RAG the rules in docs/rating.md give a row, worked out here from the figures
 * the generator planted (never by the product's rating code): relative tolerance of
 * 5% of the target; Green when the actual meets or beats the target, Amber when it
 * misses by no more than the tolerance, Red when by more. Figures are compared as
 * integers of their last decimal place, and a pair too close to a boundary (equal,
 * or within 15% of the tolerance from its edge) is reported as ambiguous.
 */
import type { Rag } from './model';

export const TOLERANCE_PERCENT = 5;

export interface RagResult {
  rag: Rag;
  /** true when float noise or the tolerance's edge could tip it */
  ambiguous: boolean;
}

export function ragOf(actual: number, target: number, lowerIsBetter: boolean, decimals: number): RagResult {
  const f = 10 ** decimals;
  const a = Math.round(actual * f);
  const t = Math.round(target * f);
  const miss = lowerIsBetter ? a - t : t - a;
  const tol = (Math.abs(t) * TOLERANCE_PERCENT) / 100;
  const rag: Rag = miss <= 0 ? 'Green' : miss <= tol ? 'Amber' : 'Red';
  const ambiguous = t === 0 || miss === 0 || Math.abs(miss - tol) < Math.max(0.15 * tol, 0.05);
  return { rag, ambiguous };
}

/**
 * An actual that gives the wanted RAG against a target: beyond the target for Green,
 * a fraction of the tolerance short for Amber, well past it for Red.
 */
export function plantActual(target: number, want: Rag, lowerIsBetter: boolean, u: number): number {
  const tol = (Math.abs(target) * TOLERANCE_PERCENT) / 100;
  const sign = lowerIsBetter ? 1 : -1; // the direction of a miss
  if (want === 'Green') return target - sign * tol * (0.4 + 2 * u);
  if (want === 'Amber') return target + sign * tol * (0.3 + 0.5 * u);
  return target + sign * tol * (1.5 + 4 * u);
}
