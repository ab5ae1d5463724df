/**
 * A small stand-in for the built-in catalogue: real NI titles (from the reference
 * plans and the draft list), a plain word-overlap title matcher. Enough for rules
 * to look indicators up and match titles without depending on the real one.
 */
import type {
  Catalogue,
  IndicatorDefinition,
  IndicatorUnit,
  Polarity,
} from '../../../src/engine/catalogue/types';
import type { PeriodType } from '../../../src/engine/model/tables';

type Row = [number, string, IndicatorUnit, Polarity, PeriodType];

const ROWS: Row[] = [
  [19, 'Rate of proven re-offending by young offenders', 'other', 'lower', 'financial'],
  [30, 'Re-offending rate of prolific and priority offenders', 'other', 'lower', 'financial'],
  [32, 'Repeat incidents of domestic violence', 'percent', 'lower', 'financial'],
  [
    43,
    'Young people within the Youth Justice System receiving a conviction in court who are sentenced to custody',
    'percent',
    'lower',
    'financial',
  ],
  [
    45,
    "Young offenders' engagement in suitable education, training and employment",
    'percent',
    'higher',
    'financial',
  ],
  [46, 'Young offenders access to suitable accommodation', 'percent', 'higher', 'financial'],
  [55, 'Obesity among primary school age children in Reception Year', 'percent', 'lower', 'academic'],
  [56, 'Obesity among primary school age children in Year 6', 'percent', 'lower', 'academic'],
  [
    57,
    "Children and young people's participation in high-quality PE and sport",
    'percent',
    'higher',
    'academic',
  ],
  [
    61,
    'Timeliness of placements of looked after children for adoption following an agency decision that the child should be placed for adoption',
    'percent',
    'higher',
    'financial',
  ],
  [
    62,
    'Stability of placements of looked after children: number of placements',
    'percent',
    'lower',
    'financial',
  ],
  [64, 'Child protection plans lasting 2 years or more', 'percent', 'lower', 'financial'],
  [
    65,
    'Percentage of children becoming the subject of a Child Protection Plan for a second or subsequent time',
    'percent',
    'band',
    'financial',
  ],
  [
    67,
    'Percentage of child protection cases which were reviewed within required timescales',
    'percent',
    'higher',
    'financial',
  ],
  [
    72,
    'Achievement of at least 78 points across the Early Years Foundation Stage with at least 6 in each of the scales in Personal Social and Emotional Development and Communication Language and Literacy',
    'percent',
    'higher',
    'academic',
  ],
  [
    73,
    'Achievement at level 4 or above in both English and Maths at Key Stage 2 (Threshold)',
    'percent',
    'higher',
    'academic',
  ],
  [
    75,
    'Achievement of 5 or more A*-C grades at GCSE or equivalent including English and Maths (Threshold)',
    'percent',
    'higher',
    'academic',
  ],
  [
    86,
    'Secondary schools judged as having good or outstanding standards of behaviour',
    'percent',
    'higher',
    'academic',
  ],
  [87, 'Secondary school persistent absence rate', 'percent', 'lower', 'academic'],
  [88, 'Number of Extended Schools', 'percent', 'higher', 'academic'],
  [89, 'Number of schools in special measures', 'count', 'lower', 'academic'],
  [91, 'Participation of 17 year-olds in education or training', 'percent', 'higher', 'calendar'],
  [
    92,
    'Narrowing the gap between the lowest achieving 20% in the Early Years Foundation Stage Profile and the rest',
    'percent',
    'lower',
    'academic',
  ],
  [
    93,
    'Progression by 2 levels in English between Key Stage 1 and Key Stage 2',
    'percent',
    'higher',
    'academic',
  ],
  [
    94,
    'Progression by 2 levels in Maths between Key Stage 1 and Key Stage 2',
    'percent',
    'higher',
    'academic',
  ],
  [99, 'Looked after children reaching level 4 in English at Key Stage 2', 'percent', 'higher', 'academic'],
  [100, 'Looked after children reaching level 4 in Maths at Key Stage 2', 'percent', 'higher', 'academic'],
  [
    101,
    'Looked after children achieving 5 A*-C GCSEs (or equivalent) at Key Stage 4 (including English and Maths)',
    'percent',
    'higher',
    'academic',
  ],
  [110, "Young people's participation in positive activities", 'percent', 'higher', 'financial'],
  [111, 'First time entrants to the Youth Justice System aged 10-17', 'count', 'lower', 'financial'],
  [112, 'Under 18 conception rate', 'rate-per-1000', 'lower', 'calendar'],
  [114, 'Rate of permanent exclusions from school', 'percent', 'lower', 'academic'],
  [
    117,
    '16 to 18 year olds who are not in education, employment or training (NEET)',
    'percent',
    'lower',
    'financial',
  ],
  [148, 'Care leavers in education, employment or training', 'percent', 'higher', 'financial'],
];

function definition([n, title, unit, polarity, period]: Row): IndicatorDefinition {
  return {
    code: `NI ${n}`,
    number: n,
    title,
    shortTitle: title,
    unit,
    polarity,
    band: polarity === 'band' ? { low: 10, high: 15 } : undefined,
    period,
    outcome: null,
    sources: { title: { from: 'unsourced' } },
    local: false,
  };
}

const STOP = new Set([
  'the',
  'of',
  'in',
  'and',
  'at',
  'or',
  'a',
  'an',
  'to',
  'for',
  'by',
  'who',
  'which',
  'with',
  'on',
]);

function words(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^a-z0-9*]+/)
      .filter((w) => w && !STOP.has(w))
      .map((w) => (w.length > 3 ? w.replace(/s$/, '') : w)),
  );
}

/** Dice overlap of content words: 1 when the word sets are the same. */
function score(a: Set<string>, b: Set<string>): number {
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  return a.size + b.size ? (2 * common) / (a.size + b.size) : 0;
}

export function fakeCatalogue(locals: IndicatorDefinition[] = []): Catalogue {
  const defs = ROWS.map(definition);
  const byCode = new Map(defs.map((d) => [d.code, d] as const));
  for (const d of locals) byCode.set(d.code, d);
  const indexed = defs.map((d) => ({ code: d.code, words: words(d.title) }));
  return {
    lookup(code) {
      const parent = code.replace(/(\d)[a-h]$/, '$1');
      const d = byCode.get(parent);
      return d ? { definition: d } : null;
    },
    lookupLocalByTitle(title) {
      return locals.find((d) => d.title === title) ?? null;
    },
    national: () => defs,
    matchTitle(text, limit = 5) {
      const q = words(text);
      return indexed
        .map((e) => ({ code: e.code, score: score(q, e.words) }))
        .filter((m) => m.score > 0)
        .sort((x, y) => y.score - x.score)
        .slice(0, limit);
    },
    localPrefixes: () => new Set(['CSC']),
  };
}
