import type { Finding } from '../../model/findings';
import { shown, yearLabel } from '../message-words';
import { finding } from '../finding';
import { rowUnit } from '../numbers';
import { indicatorRows } from '../rows';
import type { Rule } from '../types';

/**
 * A percentage below 0 or above 100 on an indicator measured in percent. Gaps in
 * percentage points can be negative, and signed changes (-2%) are not levels, so
 * neither is checked. A bare number only counts as a percentage by inference, so
 * it is a warning rather than an error.
 */
export const percentRange: Rule = {
  id: 'NI-PERCENT-RANGE',
  severity: 'error',
  title: 'Percentage outside 0-100',
  check(ctx) {
    const out: Finding[] = [];
    for (const v of indicatorRows(ctx)) {
      const unit =
        v.definition?.unit ?? (rowUnit(v.years.map((c) => c.reading)) === 'percent' ? 'percent' : null);
      if (unit !== 'percent') continue;
      for (const c of v.years) {
        const r = c.reading;
        if (!r || r.signed || (r.unit !== null && r.unit !== 'percent')) continue;
        if (r.value >= 0 && r.high <= 100) continue;
        const text = shown(c.value.raw, c.value.format);
        out.push(
          finding(
            this,
            { sheet: v.table.sheet, cell: c.value.cell },
            `${v.label}, ${yearLabel(c.year)}: '${text}' is outside 0-100%, and this indicator is a percentage.`,
            'Check the figure and type the percentage (for example 7.3%), not a count or a rate.',
            r.unit === 'percent' ? 'error' : 'warning',
          ),
        );
      }
    }
    return out;
  },
};
