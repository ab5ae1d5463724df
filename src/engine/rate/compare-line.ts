/** Trajectory: the rated year's actual against the line from the baseline to the final target. */
import type { Tolerance } from '../model/settings';
import type { ValueCell } from '../model/tables';
import type { Better } from './direction';
import { baselineOf, finalTargetOf } from './other-years';
import { bandReading } from './polarity';
import type { ActualFigure, RowScale } from './read-figures';
import { FINAL_IS_BAND, NO_FIELDS, RATED_IN_BASELINE_YEAR, type RatingFields } from './row-rating';
import type { TableContext } from './table-context';
import { expectedValue, trajectoryOf } from './trajectory';
import { sameScale } from './units';

/** Which way a miss counts; on a band indicator the final target is read as in RAG: a ceiling inside the band, else a point. */
function lineWay(better: Better, finalValue: number): 'higher' | 'lower' | 'either-side' | null {
  if (better === 'higher' || better === 'lower' || better === null) return better;
  return bandReading(better.band, finalValue).low < finalValue ? 'lower' : 'either-side';
}

export function rateAgainstLine(
  ctx: TableContext,
  cells: Map<number, ValueCell>,
  scale: RowScale,
  actual: ActualFigure,
  better: Better,
  tolerance: Tolerance,
): RatingFields {
  const year = ctx.year as number;
  const base = baselineOf(ctx, cells, scale);
  const final = finalTargetOf(ctx, cells, scale);
  if (!base || final === null) return NO_FIELDS;
  if (final === 'band') return { trajectoryWords: FINAL_IS_BAND };
  if (final.year <= base.year || !sameScale(base.unit, final.unit) || !sameScale(actual.unit, final.unit))
    return NO_FIELDS;
  const line: RatingFields = {
    baseline: { year: base.label, value: base.value },
    finalTarget: { year: final.label, value: final.value },
  };
  // fields set on the one object, not spread into new ones (see compare-target.ts)
  if (year <= base.year) {
    line.trajectoryWords = RATED_IN_BASELINE_YEAR;
    return line;
  }
  const expected = expectedValue(base, final, year);
  if (expected === null) return line;
  const unit = actual.unit ?? final.unit;
  const way = lineWay(better, final.value);
  line.expected = expected;
  if (way === null) {
    line.trajectoryWords = { kind: 'line', way, miss: 0, unit, actualText: actual.text };
    return line;
  }
  const t = trajectoryOf(actual.value, expected, way, tolerance);
  line.trajectory = t.trajectory;
  line.trajectoryWords = { kind: 'line', way, miss: t.miss, unit, actualText: actual.text };
  return line;
}
