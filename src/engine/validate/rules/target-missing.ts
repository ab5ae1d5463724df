import type { Finding } from '../../model/findings';
import { yearLabel } from '../message-words';
import { finding } from '../finding';
import { periodYearOf } from '../../model/periods';
import { indicatorRows } from '../rows';
import type { Rule } from '../types';

/**
 * An empty target for a year still to come, on a row that has targets for other
 * years. "No target", "Not set", "ceased" and "New" fill the cell on purpose, so
 * they are not missing; nor is anything after a "ceased".
 */
export const targetMissing: Rule = {
  id: 'NI-TARGET-MISSING',
  severity: 'warning',
  title: 'Missing target for a future year',
  check(ctx) {
    const out: Finding[] = [];
    for (const v of indicatorRows(ctx)) {
      const targets = v.years.filter((c) => c.year.role === 'target' && !c.year.quarter);
      if (!targets.some((c) => c.reading || c.value.parsed.kind === 'compound')) continue;
      const current = periodYearOf(ctx.settings.asOf, v.row.period ?? v.definition?.period);
      const ceased = targets.find(
        (c) => c.value.parsed.kind === 'status' && c.value.parsed.status === 'ceased',
      );
      for (const c of targets) {
        if (c.value.parsed.kind !== 'empty' || c.year.year <= current) continue;
        if (ceased && ceased.year.year < c.year.year) continue;
        out.push(
          finding(
            this,
            { sheet: v.table.sheet, cell: c.value.cell },
            `${v.label} has no ${yearLabel(c.year)}, though the row has targets for other years.`,
            "Type the target, or 'No target' / 'Not set' if none has been agreed.",
          ),
        );
      }
    }
    return out;
  },
};
