import type { Finding } from '../../model/findings';
import type { PeriodType } from '../../model/tables';
import { finding } from '../finding';
import { indicatorRows } from '../rows';
import type { Rule } from '../types';

const PERIOD_WORDS: Record<PeriodType, string> = {
  financial: 'financial year (April to March)',
  academic: 'academic year (September to August)',
  calendar: 'calendar year',
  'previous-calendar': 'previous calendar year',
  other: 'another period',
};

/** Calendar and "previous calendar year" measures both run January to December. */
const FAMILY: Record<PeriodType, string> = {
  financial: 'fy',
  academic: 'ay',
  calendar: 'cal',
  'previous-calendar': 'cal',
  other: 'other',
};

/** The period written on the row (FY, Ac Yr, Cal Yr) against the indicator's definition. */
export const periodMismatch: Rule = {
  id: 'NI-PERIOD-MISMATCH',
  severity: 'info',
  title: "Row's period differs from the definition",
  check(ctx) {
    const out: Finding[] = [];
    for (const v of indicatorRows(ctx)) {
      const mine = v.row.period;
      const theirs = v.definition?.period;
      if (!mine || !theirs || mine === 'other' || theirs === 'other') continue;
      if (FAMILY[mine] === FAMILY[theirs]) continue;
      out.push(
        finding(
          this,
          { sheet: v.table.sheet, cell: v.row.periodCell ?? v.anchor },
          `${v.label} is marked as a ${PERIOD_WORDS[mine]} here, but its definition measures it by ${PERIOD_WORDS[theirs]}.`,
          `Check which year the figures cover; if the definition is right, mark the row as ${PERIOD_WORDS[theirs]}.`,
        ),
      );
    }
    return out;
  },
};
