import type { Finding } from '../../model/findings';
import { longDate } from '../../model/dates';
import { finding } from '../finding';
import { actionTasks, type TaskView } from '../tasks';
import type { Rule } from '../types';

function dueDate(t: TaskView): string | null {
  return t.deadline?.kind === 'date' ? t.deadline.date : null;
}

/**
 * A task past its deadline with nothing recorded against it. A plan with no status
 * column at all gets one finding per table, not one per task: the fix is the same
 * (add the column), and the Table B report lists the overdue tasks anyway.
 */
export const deadlinePassed: Rule = {
  id: 'NI-DEADLINE-PASSED',
  severity: 'warning',
  title: 'Deadline passed with no progress recorded',
  check(ctx) {
    const out: Finding[] = [];
    const asOf = ctx.settings.asOf;
    const unrecorded = new Map<object, TaskView[]>();
    for (const t of actionTasks(ctx)) {
      const due = dueDate(t);
      if (!due || due >= asOf || (t.task.status && t.task.status.trim())) continue;
      if (!t.table.columns.some((c) => c.role === 'status')) {
        const list = unrecorded.get(t.table) ?? [];
        list.push(t);
        unrecorded.set(t.table, list);
        continue;
      }
      out.push(
        finding(
          this,
          { sheet: t.table.sheet, cell: t.task.statusCell ?? t.task.deadline!.cell },
          `${t.label[0].toUpperCase()}${t.label.slice(1)} was due by ${longDate(due)} ('${t.deadline!.text}') and has no status or progress.`,
          'Record the progress or outcome, or set a new deadline.',
        ),
      );
    }
    for (const list of unrecorded.values()) {
      const first = list[0];
      const many = list.length > 1 ? `${list.length} tasks are` : '1 task is';
      out.push(
        finding(
          this,
          { sheet: first.table.sheet, cell: first.task.deadline!.cell },
          `${many} past their deadline (the first is ${first.label}, due by ${longDate(dueDate(first)!)}) and the plan has no status column to show progress.`,
          'Add a Status or Progress column and record where each overdue task stands.',
        ),
      );
    }
    return out;
  },
};
