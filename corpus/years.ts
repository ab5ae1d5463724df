/**
 * Year columns: which years a table holds and for what (actuals, a baseline,
 * targets, quarterly monitoring), and every way officers write a year and its use:
 * 2009/10, 2009-10, 09/10, 2009/2010, FY 2009/10, Ac Yr 2009/10, Target 10/11,
 * Outturn 2008/09, Q1 2009/10.
 */
import type { Rng } from './prng';

export type YearRole = 'actual' | 'baseline' | 'target';

export interface YearCol {
  role: YearRole;
  /** first calendar year of the period: 2009 for 2009/10 */
  year: number;
  quarter?: number;
}

export type Scheme = 'past-future' | 'baseline-actual-targets' | 'pairs' | 'quarterly' | 'baseline-only';

export type YearStyle =
  'slash' | 'slash-short' | 'dash' | 'short' | 'long' | 'fy' | 'acyr' | 'calendar' | SpanStyle;

/**
 * Financial and academic years written out as their span, or run together: FY09/10,
 * 2009 - 10, Apr 09 - Mar 10, April 2009 - March 2010, Sep 09 - Aug 10 (the year-spans family).
 */
export type SpanStyle = 'fy-tight' | 'spaced' | 'months' | 'months-long' | 'academic-months';

export const SPAN_STYLES: readonly SpanStyle[] = [
  'fy-tight',
  'spaced',
  'months',
  'months-long',
  'academic-months',
];

export const YEAR_STYLES: readonly YearStyle[] = [
  'slash',
  'slash-short',
  'dash',
  'short',
  'long',
  'fy',
  'acyr',
  'calendar',
];

function actualsThen(first: number, last: number, role: YearRole = 'actual'): YearCol[] {
  const out: YearCol[] = [];
  for (let y = first; y <= last; y++) out.push({ role, year: y });
  return out;
}

/** The year columns of a scheme whose latest actual year is `y`. */
export function yearPlan(scheme: Scheme, y: number, rng: Rng): YearCol[] {
  switch (scheme) {
    case 'baseline-actual-targets':
      return [
        { role: 'baseline', year: y - 1 },
        { role: 'actual', year: y },
        ...actualsThen(y, y + rng.int(1, 2), 'target'),
      ];
    case 'pairs': {
      const out: YearCol[] = [];
      const targetFirst = rng.chance(0.5);
      for (let yr = y - rng.int(0, 1); yr <= y; yr++) {
        const pair: YearCol[] = [
          { role: 'actual', year: yr },
          { role: 'target', year: yr },
        ];
        out.push(...(targetFirst ? pair.reverse() : pair));
      }
      if (rng.chance(0.6)) out.push({ role: 'target', year: y + 1 });
      return out;
    }
    case 'quarterly': {
      const quarters = rng.int(1, 3);
      const qs: YearCol[] = [];
      for (let q = 1; q <= quarters; q++) qs.push({ role: 'actual', year: y, quarter: q });
      return [{ role: 'actual', year: y - 1 }, ...qs, ...actualsThen(y, y + rng.int(0, 1), 'target')];
    }
    case 'baseline-only':
      return [{ role: 'baseline', year: y }, ...actualsThen(y + 1, y + 2, 'target')];
    default:
      return [...actualsThen(y - rng.int(1, 2), y), ...actualsThen(y, y + rng.int(1, 2), 'target')];
  }
}

/** The year written in a style: 2009 -> "2009/10", "09/10", "FY 2009/10"... */
export function yearText(year: number, style: YearStyle): string {
  const next2 = String((year + 1) % 100).padStart(2, '0');
  const this2 = String(year % 100).padStart(2, '0');
  switch (style) {
    case 'slash-short':
      // "2008/9"; from 2009/10 on the second year needs its two digits
      return year + 1 < 2010 ? `${year}/${(year + 1) % 10}` : `${year}/${next2}`;
    case 'dash':
      return `${year}-${next2}`;
    case 'short':
      return `${this2}/${next2}`;
    case 'long':
      return `${year}/${year + 1}`;
    case 'fy':
      return `FY ${year}/${next2}`;
    case 'acyr':
      return `Ac Yr ${year}/${next2}`;
    case 'calendar':
      return String(year);
    default:
      return spanText(year, style);
  }
}

function spanText(year: number, style: YearStyle): string {
  const next2 = String((year + 1) % 100).padStart(2, '0');
  const this2 = String(year % 100).padStart(2, '0');
  switch (style) {
    case 'fy-tight':
      return `FY${this2}/${next2}`;
    case 'spaced':
      return `${year} - ${next2}`;
    case 'months':
      return `Apr ${this2} - Mar ${next2}`;
    case 'months-long':
      return `April ${year} - March ${year + 1}`;
    case 'academic-months':
      return `Sep ${this2} - Aug ${next2}`;
    default:
      return `${year}/${next2}`;
  }
}

const INLINE: Record<YearRole, string[]> = {
  actual: [
    '{y} Actual',
    'Actual {y}',
    'Outturn {y}',
    '{y} Outturn',
    '{y} Actual Full Year',
    '{y} Actuals',
    'Result {y}',
    // abbreviated in narrow columns
    'Act {y}',
    '{y} Act',
  ],
  baseline: ['Baseline {y}', '{y} Baseline'],
  target: [
    'Target {y}',
    '{y} Target',
    '{y} Targets',
    'LAA Target {y}',
    '{y} Target Full Year',
    'Tgt {y}',
    '{y} Tgt',
    // how settled the target is
    'Target {y} (revised)',
    '{y} agreed target',
  ],
};

export const ROLE_WORDS: Record<YearRole, string[]> = {
  actual: ['Actual', 'Outturn', 'Result'],
  baseline: ['Baseline'],
  target: ['Target', 'LAA Target'],
};

export const BAND_WORDS: Record<YearRole, string[]> = {
  actual: ['Actual', 'Actuals', 'Outturn', 'Past performance', 'Performance', 'Actual performance'],
  baseline: ['Baseline'],
  target: ['Target', 'Targets', 'Future targets', 'LAA targets', 'Trajectory'],
};

/** A quarter's label: "Q1 2009/10"; later quarters may carry the year from the first ("Q2"). */
export function quarterText(col: YearCol, style: YearStyle, carry: boolean): string {
  if (carry && (col.quarter ?? 1) > 1) return `Q${col.quarter}`;
  const plain: YearStyle[] = ['slash', 'slash-short', 'dash', 'short'];
  return `Q${col.quarter} ${yearText(col.year, plain.includes(style) ? style : 'slash')}`;
}

/** A header that says both the year and its use: "2009/10 Actual", "Target 10/11". */
export function inlineLabel(col: YearCol, style: YearStyle, pattern: number, carry: boolean): string {
  if (col.quarter) return quarterText(col, style, carry);
  const patterns = INLINE[col.role];
  return patterns[pattern % patterns.length].replace('{y}', yearText(col.year, style));
}

/** The plain year under a band that says the use. */
export function plainLabel(col: YearCol, style: YearStyle, carry: boolean): string {
  return col.quarter ? quarterText(col, style, carry) : yearText(col.year, style);
}
