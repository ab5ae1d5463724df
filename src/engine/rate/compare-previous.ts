/** Direction of travel: the rated year's actual against the previous actual. */
import type { ValueCell } from '../model/tables';
import { directionOf, type Better } from './direction';
import type { Earlier } from './other-years';
import type { ActualFigure } from './read-figures';
import { NO_FIELDS, type RatingFields } from './row-rating';
import { sameScale } from './units';

export function rateAgainstPrevious(
  actual: ActualFigure,
  aCell: ValueCell | null,
  previous: Earlier | null,
  better: Better,
  noChangePercent: number,
): RatingFields {
  if (aCell?.parsed.kind !== 'number' || !previous || !sameScale(actual.unit, previous.unit))
    return NO_FIELDS;
  const d = directionOf(actual.value, previous.value, better, noChangePercent);
  return {
    direction: d.direction,
    previous: { year: previous.label, value: previous.value },
    directionWords: {
      better,
      change: d.change,
      unit: actual.unit ?? previous.unit,
      noChangePercent,
    },
  };
}
