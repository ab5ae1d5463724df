import { finding } from '../finding';
import type { Rule } from '../types';

/** What recognition noticed (a guessed header, a skipped row), passed on to the officer. */
export const recognition: Rule = {
  id: 'NI-RECOGNITION',
  severity: 'info',
  title: 'Notes from reading the tables',
  check(ctx) {
    return (ctx.notes ?? []).map((n) =>
      finding(this, { sheet: n.sheet, cell: n.cell }, n.message, undefined, n.severity ?? this.severity),
    );
  },
};
