import { finding } from '../finding';
import type { Rule } from '../types';

/**
 * A cell of an indicator definitions sheet that could not be read (an unknown
 * polarity, unit, period, outcome or tolerance, a code that is no indicator, a
 * local indicator with no title). The sheet is read before the tables, which are
 * rated with what it defines, so these come first, in the order the sheet was read.
 */
export const definitionUnreadable: Rule = {
  id: 'NI-DEFINITION-UNREADABLE',
  severity: 'warning',
  title: 'Indicator definitions that could not be read',
  readFirst: true,
  check(ctx) {
    return (ctx.definitionProblems ?? []).map((p) =>
      finding(
        this,
        { sheet: p.sheet, cell: p.cell },
        p.message,
        'Correct the definition so local indicators are rated the way you intend.',
      ),
    );
  },
};
