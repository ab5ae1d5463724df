/**
 * Values as officers type them. A figure is a number in the indicator's own scale
 * (7.3 for 7.3%); how it is typed is a form: "7.3%", 0.073 shown as 0.0%, a bare 7.3,
 * "7.3% (9.9%)" with a comparator, "86% ¹" with a footnote mark, "31.0 per 1000".
 * Statuses ("nya", "N/A", "New indicator") stand for no figure.
 */
import type { CellValue } from '../src/engine/model/snapshot';
import type { Rng } from './prng';

export interface Typed {
  v: CellValue;
  fmt: string;
  /** the figure the rules in docs/rating.md read from the cell; null for a status or blank */
  figure: number | null;
}

export type Form =
  | 'pct-text'
  | 'pct-format'
  | 'bare'
  | 'comparator'
  | 'footnote'
  | 'provisional'
  | 'star'
  | 'unit-suffix'
  | 'count-bracket'
  | 'bound';

/** The forms a row may use, by how the table is typed. */
export type ValueStyle = 'plain' | 'officer' | 'tokens';

export const ACTUAL_STATUSES = [
  'nya',
  'nya: July 2010',
  'Not yet available',
  'N/A',
  'TBC',
  'New indicator',
  'New',
  'Numbers too small',
];
export const TARGET_STATUSES = ['No target', 'Not set', 'TBC', 'N/A', 'ceased'];

export function fixed(x: number, decimals: number): string {
  return x.toFixed(decimals);
}

export function round(x: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(x * f) / f;
}

const UNIT_WORDS: Record<string, string[]> = {
  'rate-per-1000': [' per 1000', ' per 1,000'],
  'rate-per-10000': [' per 10,000'],
  'rate-per-100000': [' per 100,000'],
  ppts: [' ppts', 'ppts'],
  days: [' days'],
  score: ['pts', ' points'],
};

/** A percentage figure typed in a form. */
function typePercent(x: number, d: number, form: Form, rng: Rng): Typed {
  const s = fixed(x, d);
  switch (form) {
    case 'pct-format':
      return { v: round(x / 100, d + 2), fmt: d === 0 ? '0%' : `0.${'0'.repeat(d)}%`, figure: x };
    case 'bare':
      return { v: round(x, d), fmt: 'General', figure: x };
    case 'comparator':
      return { v: `${s}% (${fixed(Math.min(x * rng.float(0.8, 1.25), 99), d)}%)`, fmt: 'General', figure: x };
    case 'footnote':
      return { v: `${s}% ${rng.pick(['¹', '²', '*'])}`, fmt: 'General', figure: x };
    case 'provisional':
      return { v: `${s}% (prov'l)`, fmt: 'General', figure: x };
    case 'star':
      return { v: `${s}%*`, fmt: 'General', figure: x };
    default:
      return { v: `${s}%`, fmt: 'General', figure: x };
  }
}

/** A figure in any other unit typed in a form. */
function typeOther(x: number, d: number, unit: string, form: Form, rng: Rng): Typed {
  const s = fixed(x, d);
  switch (form) {
    case 'unit-suffix': {
      const words = UNIT_WORDS[unit];
      return words
        ? { v: `${s}${rng.pick(words)}`, fmt: 'General', figure: x }
        : typeOther(x, d, unit, 'bare', rng);
    }
    case 'count-bracket':
      return { v: `${s} [${rng.int(20, 400)}]`, fmt: 'General', figure: x };
    case 'comparator':
      return { v: `${s} (${fixed(x * rng.float(0.8, 1.25), d)})`, fmt: 'General', figure: x };
    case 'footnote':
      return { v: `${s} ${rng.pick(['¹', '²'])}`, fmt: 'General', figure: x };
    case 'star':
      return { v: `${s}*`, fmt: 'General', figure: x };
    default:
      return { v: round(x, d), fmt: d === 0 ? '0' : 'General', figure: x };
  }
}

/** A figure typed in a form (percent indicators use the percent forms). */
export function typeFigure(x: number, d: number, unit: string, form: Form, rng: Rng): Typed {
  return unit === 'percent' ? typePercent(x, d, form, rng) : typeOther(x, d, unit, form, rng);
}

/**
 * A bound target stating the indicator's own direction ("<5%" for lower is better):
 * rated like the plain figure except on the limit itself, which the generator never plants.
 */
export function typeBound(x: number, d: number, unit: string, lower: boolean, rng: Rng): Typed {
  const pct = unit === 'percent' ? '%' : '';
  // only the forms docs/rating.md names
  const op = lower ? rng.pick(['<', 'Maintain at <']) : rng.pick(['>', '>=']);
  return { v: `${op}${fixed(x, d)}${pct}`, fmt: 'General', figure: x };
}

export function status(text: string): Typed {
  return { v: text, fmt: 'General', figure: null };
}

/** The forms a percent / other row may take its cells from, by table style. */
export function formsFor(unit: string, style: ValueStyle): Form[] {
  const pct = unit === 'percent';
  if (style === 'plain') return pct ? ['pct-text', 'pct-format'] : ['bare'];
  if (style === 'tokens') return pct ? ['pct-text', 'pct-format', 'star'] : ['bare', 'star'];
  return pct
    ? ['pct-text', 'pct-format', 'bare', 'comparator', 'footnote', 'provisional']
    : ['bare', 'unit-suffix', 'count-bracket', 'comparator', 'footnote'];
}
