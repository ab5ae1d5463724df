/**
 * What hangs off the end of a value: comparators "(9.9%)", counts "[101]",
 * qualifiers "(prov'l)", "(07/08)", "(top band)", and footnote markers "¹", "*", " X".
 * They are peeled from the right so the core ("8.4%") can be read on its own.
 */
import { readQuantity } from './tokens';
import type { NumberExtras, Unit } from './types';

export interface Peeled {
  core: string;
  /** bracket contents, left to right, with the bracket kind */
  groups: { square: boolean; text: string }[];
  footnote?: string;
}

const TRAILING_ROUND = /\s*\(([^()]*)\)$/;
const TRAILING_SQUARE = /\s*\[([^[\]]*)\]$/;
const TRAILING_MARKS = /\s*([¹²³⁴⁵⁶⁷⁸⁹⁰*†‡§¶#]+)$/;
// A lone letter after a figure is a footnote key: "86% X", "12.5 a".
const TRAILING_LETTER = /(?<=[\d%)\]])\s+([A-Za-z])$/;
const MAX_PEELS = 6;

/** Splits trailing brackets and footnote markers from the core text. */
export function peel(text: string): Peeled {
  let core = text;
  const groups: Peeled['groups'] = [];
  const marks: string[] = [];
  for (let i = 0; i < MAX_PEELS; i++) {
    const last = core.charCodeAt(core.length - 1);
    let m: RegExpExecArray | null = null;
    let square = false;
    let mark = false;
    if (last === 41 /* ) */) m = TRAILING_ROUND.exec(core);
    else if (last === 93 /* ] */) {
      m = TRAILING_SQUARE.exec(core);
      square = true;
    } else {
      m = TRAILING_MARKS.exec(core) ?? TRAILING_LETTER.exec(core);
      mark = true;
    }
    if (!m) break;
    const rest = core.slice(0, m.index).trimEnd();
    // a bracket or mark with nothing before it is the whole value, not an extra
    if (rest === '') break;
    if (mark) marks.unshift(m[1]);
    else groups.unshift({ square, text: m[1].trim() });
    core = rest;
  }
  const out: Peeled = { core, groups };
  if (marks.length) out.footnote = marks.join(' ');
  return out;
}

// 07/08, 2007/08, 2007-08, 2007/2008: the academic or financial year a figure belongs to
const PERIOD = /^(\d{4}|\d{2})\s*[/-]\s*(\d{1,4})$/;
const PROVISIONAL = /^prov(?:isional|'l|’l|l|\.)?(?:\s+(?:data|figure|result))?$/i;
const BY_YEAR = /^by\s+(\d{4})$/i;

function periodYear(text: string): number | undefined {
  const m = PERIOD.exec(text);
  if (!m) return undefined;
  const [first, second] = [m[1], m[2]];
  // 07/08 pairs two digits with two; 2007/8 and 2007/2008 start from four
  if (first.length === 2 && second.length !== 2) return undefined;
  const start = first.length === 2 ? 2000 + Number(first) : Number(first);
  if (second.length === 3 || !String(start + 1).endsWith(second)) return undefined;
  return start >= 1990 && start <= 2039 ? start : undefined;
}

// A comparator without a unit takes the figure's unit, unless that makes it
// impossible (a percentage over 100).
function comparatorUnit(own: Unit | null, main: Unit | null, value: number): Unit | null {
  if (own !== null || main === null) return own;
  if ((main === 'percent' || main === 'ppts') && Math.abs(value) > 100) return null;
  return main;
}

export interface BracketReading extends NumberExtras {
  /** "(by 2014)": the figure is a dated target */
  byYear?: number;
}

/**
 * Reads the peeled brackets against the main figure's unit. Anything that is not
 * a clean comparator, count, period or provisional mark is kept verbatim as a
 * qualifier: "34.9% (35-6%)" keeps "35-6%" unread rather than guessing a band.
 */
export function readGroups(peeled: Peeled, mainUnit: Unit | null): BracketReading {
  const out: BracketReading = {};
  const qualifiers: string[] = [];
  for (const g of peeled.groups) {
    if (g.text === '') continue;
    const q = readQuantity(g.text);
    if (g.square) {
      if (q && out.count === undefined && q.unit === null) out.count = q.value;
      else qualifiers.push(g.text);
      continue;
    }
    if (q && out.comparator === undefined) {
      out.comparator = { value: q.value, unit: comparatorUnit(q.unit, mainUnit, q.value) };
      continue;
    }
    qualifiers.push(g.text);
    const year = periodYear(g.text);
    if (year !== undefined && out.periodYear === undefined) out.periodYear = year;
    else if (PROVISIONAL.test(g.text)) out.provisional = true;
    else {
      const by = BY_YEAR.exec(g.text);
      if (by) out.byYear = Number(by[1]);
    }
  }
  if (qualifiers.length) out.qualifier = qualifiers.join('; ');
  if (peeled.footnote !== undefined) out.footnote = peeled.footnote;
  return out;
}
