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
  // the fields are set on the one object rather than spread into new ones: spreading objects of a
  // dozen shapes was most of this function's time at 100k rows
  const out = shownFigures(actual, target);
  if (!actual.ok) return Object.assign(out, notRated(label, actual));
  if (!target.ok) return Object.assign(out, notRated(label, target));
  if (!sameScale(actual.unit, target.unit)) return Object.assign(out, notRated(label, UNITS_DIFFER));
  const unit = actual.unit ?? target.unit;
  const c = compare(actual.value, target.aim, tolerance);
  const notes = target.notes.length ? ` (${target.notes.join('; ')})` : '';
  out.rag = c.rag;
  out.target = c.against;
  out.assumedUnits = actual.assumed || target.assumed;
  out.reason = settle(
    `${label}: ${actual.text} against a target of ${target.text}${notes}: ${outcome(c, target.aim, unit, tolerance)}, ${c.rag}.`,
  );
  return out;
}
