/** Dates in the words officers and board papers use: "22 November 2026", "March 2010". */
export const MONTH_NAMES: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** 3 -> "March"; a number outside 1-12 is shown as it is. */
export function monthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? String(month);
}

function parts(iso: string): { y: number; m: number; d: number } {
  return { y: Number(iso.slice(0, 4)), m: Number(iso.slice(5, 7)), d: Number(iso.slice(8, 10)) };
}

/** "2026-11-22" -> "22 November 2026"; anything that is not an ISO date is shown as given. */
export function longDate(iso: string): string {
  // read the digits ourselves: new Date('2010-04-30') is UTC and can print the day before
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = m ? MONTH_NAMES[Number(m[2]) - 1] : undefined;
  return m && month ? `${Number(m[3])} ${month} ${m[1]}` : iso;
}

/** "2010-03-31" -> "March 2010" */
export function monthYear(iso: string): string {
  const { y, m } = parts(iso);
  return `${MONTH_NAMES[m - 1]} ${y}`;
}

/** Whole days from `from` to `to` (both ISO dates); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  const a = parts(from);
  const b = parts(to);
  return Math.round((Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / 86400000);
}
