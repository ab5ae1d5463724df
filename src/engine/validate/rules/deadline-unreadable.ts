import type { Finding } from '../../model/findings';
import { finding } from '../finding';
import { actionTasks } from '../tasks';
import type { Rule } from '../types';

/** A deadline that is neither a date, a period, "Ongoing" nor a recurring interval. */
export const deadlineUnreadable: Rule = {
  id: 'NI-DEADLINE-UNREADABLE',
  severity: 'warning',
  title: 'Deadline that is not a date',
  check(ctx) {
    const out: Finding[] = [];
    for (const t of actionTasks(ctx)) {
      if (t.deadline?.kind !== 'unreadable') continue;
      out.push(
        finding(
          this,
          { sheet: t.table.sheet, cell: t.task.deadline!.cell },
          `Cannot read the deadline '${t.deadline.text}' for ${t.label} as a date.`,
          "Type a date such as '31/03/2011' or 'March 2011', or 'Ongoing'.",
        ),
      );
    }
    return out;
  },
};
