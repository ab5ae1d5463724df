/** No code column: the code sits inside the title, at its start, middle or end, or in brackets. */
import type { CodeForm, CodePos } from '../spec';
import type { Family } from './types';

const POSITIONS: CodePos[] = ['start', 'start-bracket', 'middle', 'end', 'end-bracket'];
const FORMS: CodeForm[] = ['spaced', 'tight', 'padded', 'typo'];

export const codesInTitles: Family = {
  name: 'codes-in-titles',
  summary: 'codes inside titles: at the start, middle or end, in brackets',
  apply(plan, rng) {
    const spec = plan.main;
    spec.columns = spec.columns.filter((c) => c.kind !== 'code');
    spec.codePos = rng.chance(0.6) ? [rng.pick(POSITIONS)] : rng.sample(POSITIONS, rng.int(2, 4));
    spec.codeForms = rng.chance(0.7) ? ['spaced'] : [rng.pick(FORMS)];
    const title = spec.columns.find((c) => c.kind === 'title');
    if (title) title.header = rng.pick(['Indicator', 'Description', 'Performance indicator', 'Measure']);
  },
};
