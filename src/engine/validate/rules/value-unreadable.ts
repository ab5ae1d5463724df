import type { Finding } from '../../model/findings';
import type { ValueCell } from '../../model/tables';
import { shown, yearLabel } from '../message-words';
import { finding } from '../finding';
import { indicatorRows, type RowView } from '../rows';
import type { Rule } from '../types';

const FIX = "Type a number, a % or a status such as 'nya: July 2010'; put explanations in the notes column.";

/** Prose in a year column (or a baseline column with no year): the value parser reports it rather than guessing. */
export const valueUnreadable: Rule = {
  id: 'NI-VALUE-UNREADABLE',
  severity: 'error',
  title: 'Value that cannot be read',
  check(ctx) {
    const out: Finding[] = [];
    const report = (v: RowView, value: ValueCell, where: string): void => {
      if (value.parsed.kind !== 'text') return;
      out.push(
        finding(
          this,
          { sheet: v.table.sheet, cell: value.cell },
          `Cannot read '${shown(value.raw, value.format)}' as a value (${v.label}, ${where}).`,
          FIX,
        ),
      );
    };
    for (const v of indicatorRows(ctx)) {
      for (const c of v.years) report(v, c.value, yearLabel(c.year));
      for (const b of v.baselines) report(v, b.value, 'baseline');
    }
    return out;
  },
};
