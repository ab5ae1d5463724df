/**
 * RAG for one actual against what the target asks for. Green when the target is met
 * or beaten; Amber when missed by no more than the allowance; Red when missed by more.
 */
import type { Tolerance } from '../model/settings';
import type { RagRating } from './types';
import { allowance } from './tolerance';

/** What a target asks for, once read and put on the row's scale. */
export type Aim =
  /** a plain number: meet or beat it in the better direction */
  | { kind: 'level'; value: number; better: 'higher' | 'lower' }
  /** "<5%", "Maintain at <10%": strictly below / at most / above / at least */
  | { kind: 'bound'; op: '<' | '<=' | '>' | '>='; value: number }
  /** "10-15%": inside the band, edges included; low may be -Infinity for "at most" bands */
  | { kind: 'band'; low: number; high: number };

export interface Comparison {
  rag: RagRating;
  met: boolean;
  /** the target, bound or band edge the actual was measured against */
  against: number;
  /** how far the actual falls short (0 when met, and 0 when it sits on a strict bound) */
  miss: number;
  /** the largest miss that is still Amber */
  allowance: number;
}

/** Float noise (15.7 - 15 = 0.6999999999999993) must not flip a rating at its edge. */
function near(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

function atLeast(a: number, b: number): boolean {
  return a > b || near(a, b);
}

const BOUND_MET: Record<'<' | '<=' | '>' | '>=', (a: number, v: number) => boolean> = {
  '<': (a, v) => a < v && !near(a, v),
  '<=': (a, v) => atLeast(v, a),
  '>': (a, v) => a > v && !near(a, v),
  '>=': (a, v) => atLeast(a, v),
};

function graded(met: boolean, against: number, miss: number, tolerance: Tolerance): Comparison {
  const allow = allowance(tolerance, against);
  const m = met ? 0 : Math.max(0, miss);
  const rag = met ? 'Green' : atLeast(allow, m) && !(allow === 0 && m > 0) ? 'Amber' : 'Red';
  return { rag, met, against, miss: m, allowance: allow };
}

export function compare(actual: number, aim: Aim, tolerance: Tolerance): Comparison {
  if (aim.kind === 'level') {
    const met = aim.better === 'higher' ? atLeast(actual, aim.value) : atLeast(aim.value, actual);
    const miss = aim.better === 'higher' ? aim.value - actual : actual - aim.value;
    return graded(met, aim.value, miss, tolerance);
  }
  if (aim.kind === 'bound') {
    const met = BOUND_MET[aim.op](actual, aim.value);
    const below = aim.op === '<' || aim.op === '<=';
    return graded(met, aim.value, below ? actual - aim.value : aim.value - actual, tolerance);
  }
  const { low, high } = aim;
  if (atLeast(actual, low) && atLeast(high, actual)) {
    // inside: report the edge it is closest to
    const against = Number.isFinite(low) && actual - low < high - actual ? low : high;
    return graded(true, against, 0, tolerance);
  }
  return actual < low
    ? graded(false, low, low - actual, tolerance)
    : graded(false, high, actual - high, tolerance);
}
