import type { Finding } from '../../model/findings';
import { shown, yearLabel } from '../message-words';
import { finding } from '../finding';
import { indicatorRows } from '../rows';
import type { Rule } from '../types';

/** Prose in a year column: the value parser reports it rather than guessing. */
export const valueUnreadable: Rule = {
  id: 'NI-VALUE-UNREADABLE',
  severity: 'error',
  title: 'Value that cannot be read',
  check(ctx) {
    const out: Finding[] = [];
    for (const v of indicatorRows(ctx)) {
      for (const c of v.years) {
        if (c.value.parsed.kind !== 'text') continue;
        out.push(
          finding(
            this,
            { sheet: v.table.sheet, cell: c.value.cell },
            `Cannot read '${shown(c.value.raw, c.value.format)}' as a value (${v.label}, ${yearLabel(c.year)}).`,
            "Type a number, a % or a status such as 'nya: July 2010'; put explanations in the notes column.",
          ),
        );
      }
    }
    return out;
  },
};
