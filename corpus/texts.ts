/** The words officers put around the figures: names, boards, themes, notes, headings, keys. */
import type { Rng } from './prng';
import type { TextKind } from './spec';

const FIRST = ['J.', 'S.', 'A.', 'M.', 'P.', 'R.', 'K.', 'D.', 'L.', 'C.'];
const LAST = ['Smith', 'Patel', 'Jones', 'O’Brien', 'Khan', 'Williams', 'Taylor', 'Brown', 'Evans', 'Hughes'];
const POSTS = [
  'Head of Safeguarding',
  'Head of Inclusion',
  'Youth Service Manager',
  'Director of Public Health',
  'Head of Early Years',
];
const BOARDS = [
  'Stay Safe',
  'Be Healthy',
  'Enjoy and Achieve',
  'Children’s Trust Board',
  '14-19 Partnership',
  'Positive Contribution Board',
  'Economic Wellbeing Group',
];
const THEMES = [
  'Early intervention',
  'Narrowing the gap',
  'Safeguarding',
  'Health inequalities',
  'Raising attainment',
  'Participation',
];
const PARTNERS = [
  'PCT',
  'Police',
  'Connexions',
  'Schools',
  'Youth Offending Service',
  'Voluntary sector',
  'Jobcentre Plus',
];
const COMMENTS = [
  'Data for 2009/10 due in July',
  'On track to meet target',
  'Provisional figure; final data in the autumn',
  'Definition changed in 2009',
  'Small numbers: one child is 8%',
  'Improvement plan agreed by the board',
  'See exception report',
  'Validated by DCSF',
  'Q2: 45% of cases seen',
  'Target for 2010/11 revised to 12%',
  '12 children in the cohort',
  'See NI 56 above',
];

export function textFor(kind: TextKind, rng: Rng): string {
  switch (kind) {
    case 'lead':
      return rng.chance(0.6) ? `${rng.pick(FIRST)} ${rng.pick(LAST)}` : rng.pick(POSTS);
    case 'board':
      return rng.pick(BOARDS);
    case 'theme':
      return rng.pick(THEMES);
    case 'partner':
      return rng.pick(PARTNERS);
    default:
      return rng.pick(COMMENTS);
  }
}

export const TEXT_HEADERS: Record<TextKind, string[]> = {
  lead: ['Lead Officer', 'Lead', 'Responsible officer', 'Accountable officer'],
  board: ['Delivery Board', 'Lead board', 'Partnership board', 'Strategy group'],
  theme: ['Theme', 'Priority theme', 'Strategic priority'],
  partner: ['Partner', 'Lead partner', 'Key partners'],
  comments: ['Comments', 'Commentary', 'Notes'],
};

export function comment(rng: Rng): string {
  return rng.pick(COMMENTS);
}

const HEADING_FORMS = ['{o}', '{O}', '{n}. {o}', 'Outcome {n}: {o}', 'Every Child Matters: {o}', '{U}'];

/** An Every Child Matters outcome heading as officers write it. */
export function outcomeHeading(outcome: string, n: number, form: number): string {
  const title = outcome.replace(/\b\w/g, (ch) => ch.toUpperCase());
  return HEADING_FORMS[form % HEADING_FORMS.length]
    .replace('{o}', outcome)
    .replace('{O}', title)
    .replace('{U}', outcome.toUpperCase())
    .replace('{n}', String(n));
}

export const FOOTNOTES = [
  '* Provisional data, to be confirmed',
  'Source: DCSF statistical first release',
  '¹ Academic year data',
  'Note: targets agreed with GOL in March 2009',
  'NB figures for 2009/10 are year to date',
  '(1) Local Area Agreement target',
];

export const TABLE_TITLES = [
  'Targets for Children and Young People Services',
  'Children and Young People’s Plan: performance scorecard',
  'National Indicator Set: children’s services',
  'Local Area Agreement targets 2008-11',
  'Performance against targets',
  'Quarterly performance report',
];

export const SECOND_TITLES = [
  'Table 2: Enjoy and achieve',
  'Local indicators',
  'Other national indicators',
  'Section B: Staying safe',
  'Table 3: 14-19 indicators',
];

export const SHEET_NAMES = ['Targets', 'Scorecard', 'CYPP targets', 'Sheet1', 'NIS', 'Performance', 'LAA'];

/** A ref number like 1.1.1 (or 1.2 at depth 2) for the n-th row. */
export function refNumber(n: number, depth: number, base: number): string {
  const parts = depth === 2 ? [base, 1 + (n % 3)] : [base, 1 + (Math.floor(n / 3) % 3), 1 + (n % 3)];
  return parts.join('.');
}
