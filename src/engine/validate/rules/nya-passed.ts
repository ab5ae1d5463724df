import type { Finding } from '../../model/findings';
import { shown, yearLabel } from '../message-words';
import { monthName } from '../../model/dates';
import { finding } from '../finding';
import { endOfMonth } from '../../model/periods';
import { indicatorRows } from '../rows';
import type { Rule } from '../types';

/** "nya: July 2010" once July 2010 is over (against the report date). */
export const nyaPassed: Rule = {
  id: 'NI-NYA-PASSED',
  severity: 'warning',
  title: '"Not yet available" date has passed',
  check(ctx) {
    const out: Finding[] = [];
    const asOf = ctx.settings.asOf;
    for (const v of indicatorRows(ctx)) {
      for (const c of v.years) {
        const p = c.value.parsed;
        if (p.kind !== 'status' || p.status !== 'not-yet-available' || !p.expected) continue;
        const { year, month } = p.expected;
        if (endOfMonth(year, month ?? 12) >= asOf) continue;
        const due = month ? `${monthName(month)} ${year}` : `${year}`;
        out.push(
          finding(
            this,
            { sheet: v.table.sheet, cell: c.value.cell },
            `'${shown(c.value.raw, c.value.format)}' has passed: ${v.label}, ${yearLabel(c.year)} was expected by ${due}.`,
            'Type the figure or a new date.',
          ),
        );
      }
    }
    return out;
  },
};
