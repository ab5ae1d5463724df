/**
 * Year labels Excel turned into dates as they were typed. In a UK Excel, "2009/10" typed
 * into a cell is taken as year/month and becomes 1 October 2009, shown "Oct-09"; "09/10" is
 * taken as day/month and becomes 9 October of the year it was typed, shown "09-Oct". Officers
 * leave many such headers as they are, and the label is still there to read: the first day
 * of the month after the year's last two digits, in a format showing month and year only; or
 * the day and month that make two consecutive years, in a format showing no year. Any other
 * date is a date: these shapes only, so a deadline column's dates are never read as years.
 */
import { formatInfo, serialToIso } from './number-format';

const two = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** "2009/10" for a cell Excel made of that label (see above), else null. */
export function yearTypedAsDate(serial: number, format: string): string | null {
  if (!Number.isInteger(serial)) return null;
  const shape = formatInfo(format).dateShape;
  if (shape === undefined) return null;
  const iso = serialToIso(serial, false);
  if (iso === null) return null;
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  const day = Number(iso.slice(8, 10));
  if (shape === 'month-year') {
    // "2009/10" -> 1 October 2009: the month is the next year's last two digits
    return day === 1 && month === (year + 1) % 100 ? `${year}/${two(month)}` : null;
  }
  // "09/10" -> 9 October: day and month are the two years' last digits, in this century
  return month === day + 1 ? `20${two(day)}/${two(month)}` : null;
}
