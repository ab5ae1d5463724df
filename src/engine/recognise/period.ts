/**
 * The period written on a row: "FY", "Ac Yr", "Cal Yr", "Prev Cal Yr",
 * "Annual (Apr)". Decision: "Annual (Apr)" is a financial year (April to March),
 * as Oxfordshire uses it for child poverty measured each April.
 */
import type { PeriodType } from '../model/tables';

const PERIODS: readonly [RegExp, PeriodType][] = [
  [/^prev(ious)?\.?\s*cal(endar)?\.?\s*(yr|year)?/i, 'previous-calendar'],
  [/^cal(endar)?\.?\s*(yr|year)?\b/i, 'calendar'],
  [/^(ac(ad(emic)?)?\.?\s*(yr|year)|ay\b|school\s*year)/i, 'academic'],
  [/^(fy|fin(ancial)?\.?\s*(yr|year)|annual\s*\(apr|apr(il)?\s*-\s*mar)/i, 'financial'],
];

export function readPeriod(text: string): PeriodType | null {
  if (text === '') return null;
  for (const [pattern, period] of PERIODS) if (pattern.test(text)) return period;
  return 'other';
}
