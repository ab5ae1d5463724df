/**
 * Header rows whose year labels Excel turned into dates as they were typed ("2009/10" became
 * Oct-09: values/year-typed-as-date.ts). Such a cell is read as its label, but only in a row
 * that is a header by everything else in it: each other filled cell a year label, a header
 * word or a year. A row of an action plan holding "Sep-08" and "Oct-09" as its start and end
 * also holds a task, so its dates stay dates.
 */
import type { CellValue } from '../model/snapshot';
import { yearTypedAsDate } from '../values/year-typed-as-date';
import { isYearNumber } from './anchor';
import { columnWordFor } from './column-words';
import { parseYearLabel } from './year-label';

/** Labels by position in the row, or null when the row holds none or is not a header. */
export type YearDates = Map<number, string> | null;

function isHeaderCell(v: CellValue): boolean {
  if (typeof v === 'number') return isYearNumber(v);
  if (typeof v !== 'string') return v === null;
  const t = v.trim();
  return t === '' || (t.length <= 60 && (parseYearLabel(t) !== null || columnWordFor(t) !== null));
}

/** The row's year labels typed as dates, read from its values and their number formats. */
export function yearDatesOf(values: readonly CellValue[], formats: readonly string[] | undefined): YearDates {
  if (!formats) return null;
  let labels: Map<number, string> | null = null;
  for (let j = 0; j < values.length; j++) {
    const v = values[j];
    if (typeof v !== 'number') continue;
    const label = yearTypedAsDate(v, formats[j] ?? 'General');
    if (label === null) continue;
    labels ??= new Map();
    labels.set(j, label);
  }
  if (labels === null) return null;
  for (let j = 0; j < values.length; j++) if (!labels.has(j) && !isHeaderCell(values[j])) return null;
  return labels;
}
