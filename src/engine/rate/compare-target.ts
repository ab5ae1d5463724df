/** RAG: the rated year's actual against its target, with the sentence saying how. */
import type { Tolerance } from '../model/settings';
import { settle } from './explain';
import { compare } from './rag';
import { notRated, outcome } from './rag-words';
import type { ActualFigure, NotRated, TargetFigure } from './read-figures';
import type { RatingFields } from './row-rating';
import { sameScale } from './units';

const UNITS_DIFFER: NotRated = {
  ok: false,
  short: 'units differ',
  why: 'the actual and the target are in different units',
};

/** The figures shown whatever the rating: the actual and the target, when they were read. */
function shownFigures(actual: ActualFigure | NotRated, target: TargetFigure | NotRated): RatingFields {
  const out: RatingFields = {};
  if (actual.ok) {
    out.actual = actual.value;
    out.actualText = actual.text;
    out.unit = actual.unit;
  }
  const shown = target.ok ? target : target.figure;
  if (shown) {
    out.targetText = shown.text;
    out.target = shown.value;
    out.unit = out.unit ?? shown.unit;
  }
  return out;
}

export function rateAgainstTarget(
  label: string,
  actual: ActualFigure | NotRated,
  target: TargetFigure | NotRated,
  tolerance: Tolerance,
): RatingFields {
  const shown = shownFigures(actual, target);
  if (!actual.ok) return { ...shown, ...notRated(label, actual) };
  if (!target.ok) return { ...shown, ...notRated(label, target) };
  if (!sameScale(actual.unit, target.unit)) return { ...shown, ...notRated(label, UNITS_DIFFER) };
  const unit = actual.unit ?? target.unit;
  const c = compare(actual.value, target.aim, tolerance);
  const notes = target.notes.length ? ` (${target.notes.join('; ')})` : '';
  return {
    ...shown,
    rag: c.rag,
    target: c.against,
    assumedUnits: actual.assumed || target.assumed,
    reason: settle(
      `${label}: ${actual.text} against a target of ${target.text}${notes}: ${outcome(c, target.aim, unit, tolerance)}, ${c.rag}.`,
    ),
  };
}
