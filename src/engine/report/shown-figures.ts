/**
 * Figures as the source shows them. A formula result of 32.4667 under a "0.0" format
 * reads 32.5 on the officer's sheet, so a board paper printing 32.4667 looks like a
 * different number; a target typed 8 beside actuals in % was read as 8%, so it prints
 * "8%". Excel errors print as "Not available" with a note naming the cell, never as
 * "#DIV/0!".
 */
import type { ValueCell } from '../model/tables';
import type { SharedTexts } from '../model/shared-texts';
import type { Unit } from '../values/types';
import { UNIT_SUFFIX, describeValue } from '../values/value-words';

export const NOT_AVAILABLE = 'Not available';

// formats repeat down a workbook: each is read once
const DECIMALS = new Map<string, number | null>();

/**
 * The decimal places a number format shows in its positive section: "0.0%" -> 1,
 * "#,##0" -> 0; null for General, text and formats it cannot say (then the value's
 * own digits are kept).
 */
export function formatDecimals(format: string): number | null {
  let d = DECIMALS.get(format);
  if (d !== undefined) return d;
  d = readDecimals(format);
  if (DECIMALS.size > 2000) DECIMALS.clear();
  DECIMALS.set(format, d);
  return d;
}

function readDecimals(format: string): number | null {
  if (format === '' || /^(general|@)$/i.test(format)) return null;
  const first = format
    .split(';')[0]
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\./g, '');
  // dates and times are not figures with decimals
  if (/[dmyhs]/i.test(first) || !/[0#?]/.test(first)) return null;
  const m = /\.([0#?]*)/.exec(first);
  return m ? m[1].replace(/[#?]/g, '').length : 0;
}

const THOUSANDS = /\B(?=(\d{3})+(?!\d))/g;

/** "129" -> "130": a string of digits plus one in its last place. */
function increment(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits.charCodeAt(i) === 57 /* 9 */) i--;
  if (i < 0) return `1${'0'.repeat(digits.length)}`;
  return (
    digits.slice(0, i) + String.fromCharCode(digits.charCodeAt(i) + 1) + '0'.repeat(digits.length - 1 - i)
  );
}

/**
 * value with exactly `decimals` places, thousands separated, rounded as Excel shows it:
 * half away from zero on the decimal digits (1.005 -> "1.01", where toFixed says "1.00").
 * The rounding is done on the figure's shortest decimal text, digit by digit: no binary
 * multiply, so no noise past the 15 digits Excel keeps (and no "NaN" for 13 digits and 10 places).
 */
export function fixedDigits(value: number, decimals: number): string {
  const d = Math.min(decimals, 10);
  const plain = Math.abs(value);
  let text = String(plain);
  // a shortest text of at most 15 characters has at most 15 significant digits, so it is already
  // what toPrecision(15) would give back: the round trip is only for longer ones (a report formats
  // a million figures)
  if (text.length > 15) text = String(Number(plain.toPrecision(15)));
  // tiny and huge figures already print in exponent form: toFixed is right for them
  if (text.includes('e')) {
    const abs = Number(text);
    return group(value < 0 && Number(abs.toFixed(d)) !== 0, abs.toFixed(d));
  }
  const dot = text.indexOf('.');
  const fracLength = dot < 0 ? 0 : text.length - dot - 1;
  // the figure as whole units of its last shown place: "12.345" at 2 places -> "1234" + "5" -> "1235"
  let units: string;
  if (fracLength <= d) {
    // nothing to round away: only zeros to add ("12.5" at 2 places -> "1250")
    units = (dot < 0 ? text : text.slice(0, dot) + text.slice(dot + 1)) + ZEROS[d - fracLength];
  } else {
    units = text.slice(0, dot) + text.slice(dot + 1, dot + 1 + d);
    if (text.charCodeAt(dot + 1 + d) >= 53 /* 5 */) units = increment(units);
  }
  const wholeEnd = units.length - d;
  let whole = units.slice(0, wholeEnd);
  if (whole.charCodeAt(0) === 48 /* 0 */) whole = whole.replace(/^0+(?=\d)/, '') || '0';
  else if (whole === '') whole = '0';
  const shown = d === 0 ? whole : `${whole}.${units.slice(wholeEnd)}`;
  return group(value < 0 && /[1-9]/.test(units), shown);
}

/** "", "0", "00", ... up to the ten places a figure is shown to */
const ZEROS = Array.from({ length: 11 }, (_, n) => '0'.repeat(n));

function group(negative: boolean, s: string): string {
  const dot = s.indexOf('.');
  const intLength = dot < 0 ? s.length : dot;
  // no separators to add below a thousand
  if (intLength <= 3) return negative ? `-${s}` : s;
  const int = dot < 0 ? s : s.slice(0, dot);
  return (negative ? '-' : '') + int.replace(THOUSANDS, ',') + (dot < 0 ? '' : s.slice(dot));
}

/** What a cell holds that cannot be shown (an Excel error), for the paper's notes. */
export interface Unavailable {
  cell: string;
  error: string;
}

/**
 * A cell's text in a report: its reading in words, with a plain number in the
 * decimals its number format shows and, when `unit` is given for a bare number,
 * that unit (the row's reconciled one).
 */
export function shownCell(
  cell: ValueCell,
  texts: SharedTexts,
  unit: Unit | null,
  onError: (u: Unavailable) => void,
): string {
  const p = cell.parsed;
  if (p.kind === 'error') {
    onError({ cell: cell.cell, error: p.code });
    return NOT_AVAILABLE;
  }
  if (p.kind !== 'number' || p.comparator || p.count !== undefined || p.qualifier !== undefined)
    return texts.described(p);
  const decimals = typeof cell.raw === 'number' ? formatDecimals(cell.format) : null;
  const shownUnit = p.unit ?? unit;
  if (decimals === null && shownUnit === p.unit) return texts.described(p);
  // the bare figure in words (sign included) when the format does not fix the decimals
  const digits =
    decimals === null
      ? describeValue({ ...p, unit: null })
      : (p.signed && p.value > 0 ? '+' : '') + fixedDigits(p.value, decimals);
  return texts.text(digits + (shownUnit === null ? '' : UNIT_SUFFIX[shownUnit]));
}
