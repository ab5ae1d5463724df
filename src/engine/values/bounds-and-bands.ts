/**
 * Target shapes beyond a single figure: bounds ("<5%", "Maintain at <10%",
 * "below 10%"), bands ("10-15%", "10% to 15%") and dated targets ("45 by 2014").
 */
import { readQuantity, type Quantity } from './tokens';
import type { Unit } from './types';

export type BoundOp = '<' | '<=' | '>' | '>=';

// Longest first so "<=" wins over "<" and "no more than" over "more than".
const OPERATORS: readonly [string, BoundOp][] = [
  ['<=', '<='],
  ['=<', '<='],
  ['>=', '>='],
  ['=>', '>='],
  ['<', '<'],
  ['>', '>'],
  ['no more than', '<='],
  ['not more than', '<='],
  ['no higher than', '<='],
  ['at most', '<='],
  ['up to', '<='],
  ['maximum of', '<='],
  ['maximum', '<='],
  ['max', '<='],
  ['no less than', '>='],
  ['not less than', '>='],
  ['no lower than', '>='],
  ['at least', '>='],
  ['minimum of', '>='],
  ['minimum', '>='],
  ['min', '>='],
  ['less than', '<'],
  ['fewer than', '<'],
  ['lower than', '<'],
  ['below', '<'],
  ['under', '<'],
  ['more than', '>'],
  ['greater than', '>'],
  ['higher than', '>'],
  ['above', '>'],
  ['over', '>'],
];

const MAINTAIN = /^(?:maintain|keep|remain|stay)(?:\s+(?:at|to|within))?\s*/i;

export interface BoundReading {
  op: BoundOp;
  quantity: Quantity;
  maintain: boolean;
}

// "10 or less", "45% or more", "90% or above": the operator after the figure
const OR_AFTER = /^(.+?)\s+or\s+(less|fewer|lower|below|under|more|greater|higher|above|over)$/i;
const OR_BELOW = /^(less|fewer|lower|below|under)$/i;

/** "10 or less", "45% or more" (never a strict bound: the figure itself is allowed). */
function boundAfter(text: string, maintain: boolean): BoundReading | null {
  const m = OR_AFTER.exec(text);
  if (!m) return null;
  const quantity = readQuantity(m[1].trim());
  return quantity ? { op: OR_BELOW.test(m[2]) ? '<=' : '>=', quantity, maintain } : null;
}

/** "<5%", "≤5%" (normalised to "<=5%" before this), "Maintain at <10%", "below 10%", "10 or less". */
export function readBound(text: string): BoundReading | null {
  let rest = text;
  const maintain = MAINTAIN.exec(rest);
  if (maintain) rest = rest.slice(maintain[0].length);
  const lower = rest.toLowerCase();
  for (const [word, op] of OPERATORS) {
    if (!lower.startsWith(word)) continue;
    const after = rest.slice(word.length);
    // word operators need a space after them ("over 90%", not "overall")
    if (/[a-z]$/.test(word) && !/^\s/.test(after)) continue;
    const quantity = readQuantity(after.trim());
    if (!quantity) return null;
    return { op, quantity, maintain: maintain !== null };
  }
  return boundAfter(rest.trim(), maintain !== null);
}

/** "Maintain at 100%": a level to hold, read as the plain figure. */
export function readMaintained(text: string): Quantity | null {
  const m = MAINTAIN.exec(text);
  return m && m[0].length > 0 ? readQuantity(text.slice(m[0].length)) : null;
}

export interface BandReading {
  low: number;
  high: number;
  unit: Unit | null;
}

// Dash bands take unsigned ends ("10-15%"); "-5 to -2" needs words to be read as a band.
const DASH_BAND = /^(\d[\d.,]*\s*[^\d\s-]*)\s*-\s*(\d[\d.,]*\s*\D*)$/;
const WORD_BAND = /^(?:between\s+)?(.+?)\s+(?:to|and)\s+(.+)$/i;

function sameUnit(a: Quantity, b: Quantity): Unit | null | undefined {
  if (a.unit === null) return b.unit;
  if (b.unit === null || b.unit === a.unit) return a.unit;
  return undefined;
}

/**
 * A band reads low to high; the other way round it is not a band but a typo
 * ("35-6%" for 35.6%), so it is left unread.
 */
export function readBand(text: string): BandReading | null {
  const m = DASH_BAND.exec(text) ?? WORD_BAND.exec(text);
  if (!m) return null;
  const low = readQuantity(m[1].trim());
  const high = readQuantity(m[2].trim());
  if (!low || !high) return null;
  const unit = sameUnit(low, high);
  if (unit === undefined || low.value > high.value) return null;
  return { low: low.value, high: high.value, unit };
}

const DATED = /^(.+?)\s+by\s+(?:(?:end\s+of|march|april|the\s+end\s+of)\s+)?(\d{4})$/i;

export interface DatedReading {
  quantity: Quantity;
  byYear: number;
}

/** "45 by 2014", "0 by 2012", "5.6% by 2011". */
export function readDated(text: string): DatedReading | null {
  const m = DATED.exec(text);
  if (!m) return null;
  const quantity = readQuantity(m[1]);
  return quantity ? { quantity, byYear: Number(m[2]) } : null;
}
