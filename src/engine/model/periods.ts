import type { PeriodType } from './tables';

/** Month (1-12) each kind of year starts in. */
const START_MONTH: Record<PeriodType, number> = {
  financial: 4,
  academic: 9,
  calendar: 1,
  'previous-calendar': 1,
  other: 4,
};

/**
 * The year label (first calendar year, as YearInfo.year) of the period a date falls in:
 * 2010-05-14 is in financial year 2010/11 (2010) but academic year 2009/10 (2009).
 * Rows that do not say which kind of year they use are read as financial years.
 */
export function periodYearOf(isoDate: string, period: PeriodType | undefined): number {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  return month >= START_MONTH[period ?? 'financial'] ? year : year - 1;
}

/** Last day of a month, ISO: (2010, 2) -> "2010-02-28". */
export function endOfMonth(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
