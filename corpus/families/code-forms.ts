/**
 * Codes typed with a zero, a dash, a dot or full stops: NI055, NI-55, NI.55, N.I. 55,
 * NI-055, in the code column or in the title when there is none; and in a code column in
 * any case or with the letter bracketed: ni 112, Ni112, NI 56A, NI 56(a).
 */
import type { CodeForm } from '../spec';
import { codeColumn } from './helpers';
import type { Family } from './types';

const FORMS: CodeForm[] = ['padded-tight', 'dashed', 'dotted', 'full-stops', 'dashed-padded'];

export const codeForms: Family = {
  name: 'code-forms',
  summary:
    'codes typed NI055, NI-55, NI.55, N.I. 55, NI-055 (in a code column or the title), ni 112, NI 56A, NI 56(a)',
  apply(plan, rng) {
    const spec = plan.main;
    spec.codeForms = rng.chance(0.6) ? [rng.pick(FORMS)] : rng.sample(FORMS, rng.int(2, 3));
    const code = codeColumn(spec);
    if (code && rng.chance(0.3)) {
      // no code column: the codes stand at the start of the titles, in these forms
      spec.columns.splice(spec.columns.indexOf(code), 1);
      spec.codePos = [rng.pick(['start', 'start-bracket', 'end-bracket'] as const)];
    }
    // drawn last, so the layouts drawn before it came keep their choices; cased and bracketed
    // letters only where a cell holds the code alone
    if (code && spec.columns.includes(code) && rng.chance(0.3))
      spec.codeForms = [rng.pick(['cased', 'bracket-letter'] as const)];
  },
};
