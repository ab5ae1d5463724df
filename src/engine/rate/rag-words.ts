/** The words of a RAG reason: how an actual fared against a target, or why a row is not rated. */
import type { Tolerance } from '../model/settings';
import type { Unit } from '../values/types';
import { formatDifference, isPercentScale, settle } from './explain';
import type { Comparison } from './rag';
import type { NotRated, TargetFigure } from './read-figures';
import type { RatingFields } from './row-rating';
import { toleranceWords } from './tolerance';

export function notRated(label: string, n: NotRated): RatingFields {
  return { notRated: n.short, reason: settle(`${label}: not rated, because ${n.why}.`) };
}

/** "met", "inside the band", "missed by 0.5 ppts, within the tolerance of ..." */
export function outcome(
  c: Comparison,
  aim: TargetFigure['aim'],
  unit: Unit | null,
  tolerance: Tolerance,
): string {
  const point = aim.kind === 'band' && aim.low === aim.high;
  if (c.met) return aim.kind === 'band' && !point && Number.isFinite(aim.low) ? 'inside the band' : 'met';
  const missed =
    c.miss === 0 ? 'on the limit but not beyond it' : `missed by ${formatDifference(c.miss, unit)}`;
  if (c.allowance === 0 && tolerance.kind === 'relative') {
    return `${missed}; ${tolerance.value}% of a target of 0 allows no miss`;
  }
  const of =
    aim.kind === 'level' || point ? 'the target' : aim.kind === 'bound' ? 'the limit' : "the band's edge";
  const tol = `the tolerance of ${formatDifference(c.allowance, unit)} (${toleranceWords(tolerance, isPercentScale(unit), of)})`;
  return `${missed}, ${c.rag === 'Amber' ? 'within' : 'more than'} ${tol}`;
}
