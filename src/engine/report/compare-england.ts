/**
 * "How we compare": the rated year's actual against the England figure the source
 * gives, in words a board reads at a glance (Better / Similar / Worse than England),
 * polarity-aware. Similar means within the same tolerance that makes a RAG Amber,
 * taken of England's figure (5% of England's 63.3% is 3.17 points; an absolute
 * tolerance of 2pp is 2 points), so "Similar" never hides a gap bigger than the one
 * the officer already accepts against a target. Where it is not known which way is
 * better the words are Higher / Lower than England: a fact, not a judgement.
 */
import type { IndicatorDefinition } from '../catalogue/types';
import type { ValueCell } from '../model/tables';
import { allowance } from '../rate/tolerance';
import type { Rating } from '../rate/types';
import type { Unit } from '../values/types';

/** Under the header "Against England", one word: the column must fit an A4 page across. */
export type EnglandWord = 'Better' | 'Similar' | 'Worse' | 'Higher' | 'Lower';

/** Which way is better, as far as the comparison needs it. */
export type Way = 'higher' | 'lower' | { band: { low: number; high: number } } | null;

/** The definition's polarity; a band without its edges is not judged (null). */
export function wayOf(definition: IndicatorDefinition | null): Way {
  const p = definition?.polarity;
  if (p === 'higher' || p === 'lower') return p;
  if (p === 'band' && definition?.band) return { band: definition.band };
  return null;
}

/**
 * England's figure as a number in the row's unit: a bare 6.3 beside actuals in % is
 * 6.3%, as a bare target is; a figure in another unit, or not a plain figure, is none.
 */
export function englandFigure(cell: ValueCell | null, rowUnit: Unit | null): number | null {
  if (!cell) return null;
  const p = cell.parsed;
  if (p.kind !== 'number' || p.comparator !== undefined || p.count !== undefined) return null;
  if (p.unit !== null && rowUnit !== null && p.unit !== rowUnit) return null;
  return p.value;
}

/** How far a value lies outside the band: 0 inside it. */
function outside(value: number, band: { low: number; high: number }): number {
  if (value < band.low) return band.low - value;
  return value > band.high ? value - band.high : 0;
}

/**
 * The rated actual against England's figure; null when there is nothing to compare
 * (no rated actual, no England figure).
 */
export function againstEngland(rating: Rating | null, england: number | null, way: Way): EnglandWord | null {
  if (!rating || rating.actual === null || england === null) return null;
  const actual = rating.actual;
  const margin = allowance(rating.tolerance, england);
  if (way === null) {
    if (Math.abs(actual - england) <= margin) return 'Similar';
    return actual > england ? 'Higher' : 'Lower';
  }
  // how much better the actual is than England's figure (negative: worse)
  const lead =
    way === 'higher'
      ? actual - england
      : way === 'lower'
        ? england - actual
        : outside(england, way.band) - outside(actual, way.band);
  if (Math.abs(lead) <= margin) return 'Similar';
  return lead > 0 ? 'Better' : 'Worse';
}
