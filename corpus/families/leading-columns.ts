/**
 * Columns before the code: commitment references (1.1.1), priority numbers and
 * empty spacer columns. A number in a leading column is not a code.
 */
import type { ColSpec, LeadKind } from '../spec';
import { codeColumn } from './helpers';
import type { Family } from './types';

const HEADERS: Record<LeadKind, string[]> = {
  ref: ['Ref', 'No.', 'Commitment', 'Ref No', 'Action ref'],
  ref2: ['Ref', 'No.', 'Priority ref', 'Objective'],
  priority: ['Priority', 'Pri', 'Priority No.', 'Outcome No.'],
  spacer: [''],
};

export const leadingColumns: Family = {
  name: 'leading-columns',
  summary: 'reference numbers (1.1.1), priority numbers and spacer columns before the code',
  apply(plan, rng) {
    const spec = plan.main;
    const ref = rng.pick<LeadKind>(['ref', 'ref', 'ref2']);
    const kinds = rng.sample<LeadKind>([ref, 'priority', 'spacer'], rng.int(1, 3));
    const leads: ColSpec[] = kinds.map((lead) => ({ kind: 'lead', lead, header: rng.pick(HEADERS[lead]) }));
    const code = codeColumn(spec);
    if (code && leads.some((l) => l.kind === 'lead' && /^ref/i.test(l.header))) {
      code.header = rng.pick(['Code', 'NI', 'PI', 'Indicator ref', 'NI ref']);
    }
    spec.columns.unshift(...leads);
    if (rng.chance(0.3)) {
      // a narrow spacer between the code and the title
      const at = spec.columns.findIndex((c) => c.kind === 'title');
      spec.columns.splice(at, 0, { kind: 'lead', lead: 'spacer', header: '' });
    }
  },
};
