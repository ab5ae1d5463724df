/**
 * Code columns headed Code / Ref / PI / NI / Indicator ref, or with a title's word (Indicator,
 * National Indicator, Measure ID, the titles then under Description), before the titles, after
 * them or at the right edge after the figures, holding NI 112, NI112,
 * 112 (as text or a number), N1 117 (a typo) and NI 056 (zero padded), one form per
 * table or mixed.
 */
import type { CodeForm } from '../spec';
import { codeColumn, titleColumn } from './helpers';
import type { Family } from './types';

const FORMS: CodeForm[] = ['spaced', 'tight', 'bare-text', 'bare-number', 'typo', 'padded'];

export const codeColumns: Family = {
  name: 'code-columns',
  summary:
    'code columns headed Code / Ref / PI / NI / Indicator ref (or Indicator | Description) holding NI 112, NI112, 112, N1 117, NI 056',
  apply(plan, rng) {
    const spec = plan.main;
    let code = codeColumn(spec);
    if (!code) {
      code = { kind: 'code', header: 'Code' };
      spec.columns.unshift(code);
    }
    code.header = rng.pick(['Code', 'Ref', 'PI', 'NI', 'Indicator ref', 'NI No.', 'PI Ref', 'Ref.']);
    // drawn after the others, so the layouts drawn before it came keep their choices
    if (rng.chance(0.2)) {
      // headed with a title's word: "Indicator | Description", "Measure ID | Measure"
      code.header = rng.pick(['Indicator', 'National Indicator', 'Measure ID']);
      const title = titleColumn(spec);
      if (title) title.header = rng.pick(['Description', 'Measure', 'Title']);
    } else if (rng.chance(0.1)) {
      // the code column after the figures, at the table's right edge
      spec.columns.splice(spec.columns.indexOf(code), 1);
      spec.columns.push(code);
    }
    spec.codeForms = rng.chance(0.7) ? [rng.pick(FORMS)] : rng.sample(FORMS, rng.int(2, 4));
    if (rng.chance(0.2)) {
      // the code after the title
      const at = spec.columns.indexOf(code);
      spec.columns.splice(at, 1);
      const title = spec.columns.findIndex((c) => c.kind === 'title');
      spec.columns.splice(title + 1, 0, code);
    }
  },
};
