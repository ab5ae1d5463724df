import type { Finding } from '../../model/findings';
import { longDate } from '../../model/dates';
import type { DeadlinePrecision } from '../../values/deadline';
import { finding } from '../finding';
import { actionTasks } from '../tasks';
import type { Rule } from '../types';

/**
 * How a deadline that is a period was read, so the officer can see when a task
 * counts as late. Exact dates and months ("April 2010", read as the end of April)
 * need no explanation: every task in a plan like Bromley's is a month, and telling
 * the officer eighty times would bury the findings that matter.
 */
const READING: Partial<Record<DeadlinePrecision, string>> = {
  season: 'the end of the season',
  term: 'the end of the term',
  quarter: 'the end of the quarter',
  year: 'the end of the year',
};

export const deadlineReadAs: Rule = {
  id: 'NI-DEADLINE-READ-AS',
  severity: 'info',
  title: 'How a period deadline is read',
  check(ctx) {
    const out: Finding[] = [];
    for (const t of actionTasks(ctx)) {
      const d = t.deadline;
      if (!d || d.kind === 'unreadable') continue;
      let message: string;
      if (d.kind === 'ongoing')
        message = `'${d.text}' for ${t.label} is read as ongoing: it never falls due.`;
      else if (d.kind === 'recurring')
        message = `'${d.text}' for ${t.label} is read as a recurring task: it has no single deadline.`;
      else {
        const reading = READING[d.precision];
        if (!reading) continue;
        message = `'${d.text}' for ${t.label} is read as ${longDate(d.date)}, ${reading}.`;
      }
      out.push(
        finding(
          this,
          { sheet: t.table.sheet, cell: t.task.deadline!.cell },
          message,
          'Type an exact date if the task is due at another time.',
        ),
      );
    }
    return out;
  },
};
