/**
 * Who a row is, as written and as meant: the code cell and title text the officer
 * typed, and the normalised code ("NI 56b", "CSC 014", or null) and title the truth
 * records. A row's code may sit in its own column (typed NI 112, NI112, 112, N1 117,
 * NI 056) or inside the title (start, middle, end, in brackets).
 */
import type { CellValue } from '../src/engine/model/snapshot';
import type { RowKind } from './model';
import type { Indicator } from './indicators';
import { subRateable } from './indicators';
import type { Rng } from './prng';
import type { CodeForm, CodePos, RowPlan, TableSpec } from './spec';

export interface Identity {
  kind: RowKind;
  /** what goes in the code column, when the table has one */
  codeCell: CellValue;
  /** what goes in the title column */
  titleText: string;
  code: string | null;
  title: string;
  /** why no RAG whatever the figures, or null */
  unratedBecause: string | null;
  /** the indicator whose unit and polarity the figures follow */
  ind: Indicator;
}

const QUALIFIERS = [
  'change from baseline',
  '- stretch target',
  'all pupils',
  'local measure',
  'academic year',
];

/** A code typed in a form; `letter` is the sub-indicator letter or "". */
export function typeCode(n: number, letter: string, form: CodeForm, rng: Rng): CellValue {
  switch (form) {
    case 'tight':
      return `NI${n}${letter}`;
    case 'bare-text':
      return `${n}${letter}`;
    case 'bare-number':
      return letter ? `${n}${letter}` : n;
    case 'typo':
      // "N109" could be N1 09: a number starting with 1 keeps its space
      return rng.chance(0.5) || String(n).startsWith('1') ? `N1 ${n}${letter}` : `N${n}${letter}`;
    case 'padded':
      return `NI ${String(n).padStart(3, '0')}${letter}`;
    default:
      return punctuatedCode(n, letter, form);
  }
}

/** NI055, NI-55, NI.55, N.I. 55, NI-055, ni 112, NI 56(a) (the code-forms family); else NI 112. */
function punctuatedCode(n: number, letter: string, form: CodeForm): string {
  const padded = String(n).padStart(3, '0');
  switch (form) {
    case 'padded-tight':
      return `NI${padded}${letter}`;
    case 'dashed':
      return `NI-${n}${letter}`;
    case 'dotted':
      return `NI.${n}${letter}`;
    case 'full-stops':
      return `N.I. ${n}${letter}`;
    case 'dashed-padded':
      return `NI-${padded}${letter}`;
    case 'cased':
      return n % 2 === 0 ? `ni ${n}${letter.toUpperCase()}` : `Ni${n}${letter.toUpperCase()}`;
    case 'bracket-letter':
      return letter === '' ? `NI ${n}` : n % 2 === 0 ? `NI ${n}(${letter})` : `NI ${n} (${letter})`;
    default:
      return `NI ${n}${letter}`;
  }
}

function typeLocal(code: string, rng: Rng): string {
  return rng.chance(0.7) ? code : code.replace(' ', '');
}

/** A title with the code inside it. Bare forms cannot stand in prose, so they become "NI 112". */
function titleWithCode(title: string, code: string, pos: CodePos, rng: Rng): { text: string; core: string } {
  switch (pos) {
    case 'start':
      return { text: `${code} ${title}`, core: title };
    case 'start-bracket':
      return { text: `(${code}) ${title}`, core: title };
    case 'middle': {
      const q = rng.pick(QUALIFIERS);
      return rng.chance(0.5)
        ? { text: `${title} (${code}) ${q}`, core: `${title} ${q}` }
        : { text: `${title} - ${code} - ${q}`, core: `${title} ${q}` };
    }
    case 'end':
      return { text: rng.chance(0.5) ? `${title} - ${code}` : `${title} ${code}`, core: title };
    default:
      return { text: `${title} (${code})`, core: title };
  }
}

function codeIn(
  spec: TableSpec,
  ind: Indicator,
  letter: string,
  rng: Rng,
  inTitle: boolean,
): string | number {
  if (ind.local) return typeLocal(ind.code, rng);
  let form = rng.pick(spec.codeForms);
  if (inTitle && (form === 'bare-text' || form === 'bare-number')) form = 'spaced';
  return typeCode(ind.number ?? 0, letter, form, rng) as string | number;
}

function unratedFor(ind: Indicator, code: string, spec: TableSpec): string | null {
  if (ind.local && !spec.definedLocals.includes(ind.code)) return 'local code with no definition';
  if (ind.polarity === 'band') return 'band indicator';
  if (ind.polarity === 'none') return 'no polarity';
  if (code !== ind.code && !subRateable(code)) return 'sub-indicator runs against its parent’s polarity';
  return null;
}

/** A coded row: a plain indicator, or a parent carrying "(a)" in its title. */
function codedRow(
  spec: TableSpec,
  plan: Extract<RowPlan, { kind: 'ind' }>,
  hasCodeCol: boolean,
  rng: Rng,
): Identity {
  const { ind } = plan;
  let title = spec.useShortTitles ? ind.shortTitle : ind.title;
  let code = ind.code;
  if (plan.role === 'parent') {
    const [letter, subTitle] = ind.subs[0];
    title = `${title}: (${letter}) ${subTitle}`;
    code = `${ind.code}${letter}`;
  }
  if (plan.laa) title = `${title} (LAA)`;
  const typed = codeIn(spec, ind, '', rng, !hasCodeCol);
  const unratedBecause = unratedFor(ind, code, spec);
  const kind: RowKind = ind.local ? 'local' : plan.role === 'parent' ? 'parent' : 'indicator';
  if (hasCodeCol) return { kind, codeCell: typed, titleText: title, code, title, unratedBecause, ind };
  const pos = ind.local ? 'start' : rng.pick(spec.codePos);
  const t = titleWithCode(title, String(typed), pos, rng);
  return { kind, codeCell: null, titleText: t.text, code, title: t.core, unratedBecause, ind };
}

function subRow(
  spec: TableSpec,
  plan: Extract<RowPlan, { kind: 'ind' }>,
  hasCodeCol: boolean,
  rng: Rng,
): Identity {
  const letter = plan.letter ?? 'b';
  const subTitle = plan.ind.subs.find(([l]) => l === letter)?.[1] ?? plan.ind.shortTitle;
  const code = `${plan.ind.code}${letter}`;
  const loneLetter = hasCodeCol && rng.chance(0.3);
  return {
    kind: 'sub',
    codeCell: loneLetter ? `(${letter})` : null,
    titleText: loneLetter ? subTitle : `(${letter}) ${subTitle}`,
    code,
    title: subTitle,
    unratedBecause: unratedFor(plan.ind, code, spec),
    ind: plan.ind,
  };
}

const LETTER_FORMS = ['{l}. ', '({l}) ', '{l}) '];

export function identityOf(spec: TableSpec, plan: RowPlan, rng: Rng, itemInd: Indicator): Identity | null {
  const hasCodeCol = spec.columns.some((c) => c.kind === 'code');
  if (plan.kind === 'ind')
    return plan.role === 'sub' ? subRow(spec, plan, hasCodeCol, rng) : codedRow(spec, plan, hasCodeCol, rng);
  if (plan.kind === 'item') {
    const prefix = LETTER_FORMS[plan.form % LETTER_FORMS.length].replace('{l}', plan.letter);
    return {
      kind: 'item',
      codeCell: null,
      titleText: `${prefix}${plan.title}`,
      code: null,
      title: plan.title,
      unratedBecause: 'uncoded local row',
      ind: itemInd,
    };
  }
  if (plan.kind === 'local-marker') {
    const marker = rng.pick(['Local Indicator', 'Local', 'Local indicator']);
    return hasCodeCol
      ? {
          kind: 'local',
          codeCell: marker,
          titleText: plan.title,
          code: null,
          title: plan.title,
          unratedBecause: 'uncoded local row',
          ind: plan.ind,
        }
      : {
          kind: 'local',
          codeCell: null,
          titleText: `Local Indicator: ${plan.title}`,
          code: null,
          title: plan.title,
          unratedBecause: 'uncoded local row',
          ind: plan.ind,
        };
  }
  return null;
}
