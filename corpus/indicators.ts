/**
 * The indicators a layout's rows are about: real NI codes and titles from the
 * built-in catalogue (src/engine/catalogue/ni-catalogue.json), their unit and
 * polarity, the sub-indicators they carry, and a few local (CSC) indicators a
 * council might define itself. Each unit has a realistic range of values.
 */
import data from '../src/engine/catalogue/ni-catalogue.json';
import type { Rng } from './prng';

export type Polarity = 'higher' | 'lower' | 'band' | 'none';

export interface Indicator {
  /** "NI 56", or a local code "CSC 014" */
  code: string;
  number: number | null;
  title: string;
  shortTitle: string;
  unit: string;
  polarity: Polarity;
  outcome: string | null;
  /** sub-indicators, letter and title, from the catalogue */
  subs: [string, string][];
  local: boolean;
}

interface Entry {
  code: string;
  number: number;
  title: string;
  shortTitle: string;
  unit: string;
  polarity: Polarity;
  outcome: string | null;
  /** a sub-indicator's own entry names its parent ("NI 56" for "NI 56b") */
  parent?: string;
  subIndicators?: Record<string, string>;
}

const ENTRIES = data as unknown as Entry[];

/** Each parent's sub-indicators, letter and title: entries of their own that name the parent. */
function subsByParent(): Map<string, [string, string][]> {
  const out = new Map<string, [string, string][]>();
  for (const e of ENTRIES) {
    if (!e.parent) continue;
    const subs = out.get(e.parent) ?? [];
    subs.push([e.code.slice(e.parent.length), e.title]);
    out.set(e.parent, subs);
  }
  return out;
}

const SUBS = subsByParent();

export const CATALOGUE: readonly Indicator[] = ENTRIES.filter((e) => !e.parent).map((e) => ({
  code: e.code,
  number: e.number,
  title: e.title,
  shortTitle: e.shortTitle,
  unit: e.unit,
  polarity: e.polarity,
  outcome: e.outcome,
  subs: SUBS.get(e.code) ?? Object.entries(e.subIndicators ?? {}),
  local: false,
}));

const CHILDREN = new Set([19, 43, 44, 45, 46, 48, 147, 148, 199]);
for (let n = 50; n <= 118; n++) CHILDREN.add(n);

export const CHILDREN_POOL = CATALOGUE.filter((i) => i.number !== null && CHILDREN.has(i.number));
export const OTHER_POOL = CATALOGUE.filter((i) => i.number !== null && !CHILDREN.has(i.number));
export const WITH_SUBS = CATALOGUE.filter((i) => i.subs.length >= 2 && i.polarity !== 'band');

/**
 * Sub-indicators whose meaning runs the parent's way, so the parent's polarity (which
 * rating uses for them) fits: "Year 6: percentage measured" under a lower-is-better
 * obesity indicator does not.
 */
const SUB_POLARITY_DIFFERS = new Set(['NI 55b', 'NI 56b', 'NI 113b']);

export function subRateable(code: string): boolean {
  return !SUB_POLARITY_DIFFERS.has(code);
}

/** Local indicators as a council defines them on its own definitions sheet. */
export const LOCAL_POOL: readonly Indicator[] = [
  ['CSC 001', 'Children seen within 24 hours of referral', 'percent', 'higher'],
  ['CSC 004', 'Looked after children with an up to date health assessment', 'percent', 'higher'],
  ['CSC 007', 'Average days from referral to core assessment', 'days', 'lower'],
  ['CSC 012', 'Care leavers in suitable accommodation at 19', 'percent', 'higher'],
  ['CSC 014', 'Initial child protection conferences held within 15 days', 'percent', 'higher'],
  ['CSC 019', 'Re-referrals to children’s social care within 12 months', 'percent', 'lower'],
  ['CSC 023', 'Looked after children placed more than 20 miles from home', 'percent', 'lower'],
  ['CSC 031', 'Foster carers recruited in the year', 'count', 'higher'],
  ['CSC 046', 'Young people attending youth centres each week', 'count', 'higher'],
  ['CSC 058', 'Primary school unauthorised absence', 'percent', 'lower'],
  ['CSC 066', 'Children’s centre registrations in the most deprived areas', 'percent', 'higher'],
  ['CSC 083', 'Fixed term exclusions per 1,000 secondary pupils', 'rate-per-1000', 'lower'],
].map(([code, title, unit, polarity]) => ({
  code,
  number: null,
  title,
  shortTitle: title,
  unit,
  polarity: polarity as Polarity,
  outcome: null,
  subs: [],
  local: true,
}));

/** Titles for lettered sub-lists under an uncoded heading. */
export const LIST_HEADINGS: readonly { heading: string; items: string[] }[] = [
  {
    heading: 'Reduce childhood obesity',
    items: [
      'Percentage of Reception children who are obese',
      'Percentage of Year 6 children who are obese',
      'Percentage of schools with a healthy schools award',
    ],
  },
  {
    heading: 'Improve school attendance',
    items: [
      'Primary school overall absence',
      'Secondary school overall absence',
      'Pupils missing more than 20% of sessions',
    ],
  },
  {
    heading: 'Support young carers',
    items: ['Young carers identified and assessed', 'Young carers receiving a break service'],
  },
  {
    heading: 'Participation in positive activities',
    items: [
      'Young people taking part in youth council elections',
      'Young people completing a Duke of Edinburgh award',
      'Young people volunteering each month',
    ],
  },
];

export interface Scale {
  lo: number;
  hi: number;
  decimals: number;
}

/** Realistic values for a unit (and, for percentages and counts, the polarity). */
export function scaleFor(ind: Indicator): Scale {
  const lower = ind.polarity === 'lower';
  switch (ind.unit) {
    case 'percent':
      return lower ? { lo: 3, hi: 35, decimals: 1 } : { lo: 40, hi: 90, decimals: 1 };
    case 'ppts':
      return { lo: 4, hi: 30, decimals: 1 };
    case 'rate-per-1000':
      return { lo: 15, hi: 60, decimals: 1 };
    case 'rate-per-10000':
      return { lo: 80, hi: 200, decimals: 1 };
    case 'rate-per-100000':
      return { lo: 200, hi: 900, decimals: 1 };
    case 'count':
      return lower ? { lo: 150, hi: 900, decimals: 0 } : { lo: 20, hi: 600, decimals: 0 };
    case 'days':
      return { lo: 12, hi: 60, decimals: 0 };
    case 'ratio':
      return { lo: 0.6, hi: 1.6, decimals: 2 };
    default:
      return { lo: 8, hi: 40, decimals: 1 };
  }
}

/** Draws distinct indicators for one layout, children's indicators first. */
export class IndicatorPool {
  private readonly used = new Set<string>();

  constructor(private readonly rng: Rng) {}

  take(from: readonly Indicator[] = this.defaultPool()): Indicator {
    for (let tries = 0; tries < 50; tries++) {
      const ind = this.rng.pick(from);
      if (!this.used.has(ind.code)) {
        this.used.add(ind.code);
        return ind;
      }
    }
    return this.rng.pick(from);
  }

  private defaultPool(): readonly Indicator[] {
    return this.rng.chance(0.75) ? CHILDREN_POOL : OTHER_POOL;
  }
}

export const OUTCOMES = [
  'Be healthy',
  'Stay safe',
  'Enjoy and achieve',
  'Make a positive contribution',
  'Achieve economic well-being',
] as const;
