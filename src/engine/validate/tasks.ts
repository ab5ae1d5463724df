/** Action-plan tasks with their deadlines read once, for the deadline rules. */
import type { ActionPlanTable, ActionTask } from '../model/tables';
import { readDeadline, type Deadline } from '../values/deadline';
import { shorten } from './message-words';
import type { RuleContext } from './types';

export interface TaskView {
  table: ActionPlanTable;
  task: ActionTask;
  deadline: Deadline | null;
  /** "task 1.1 ('Develop a Maternity Strategy in...')" */
  label: string;
}

const TEXT_MAX = 50;

function taskLabel(task: ActionTask): string {
  const short = shorten(task.text.replace(/^\s*\d+(?:\.\d+)*\.?\s*/, ''), TEXT_MAX);
  return task.number ? `task ${task.number} ('${short}')` : `the task '${short}'`;
}

const cache = new WeakMap<RuleContext, TaskView[]>();

export function actionTasks(ctx: RuleContext): TaskView[] {
  let views = cache.get(ctx);
  if (views) return views;
  views = [];
  for (const table of ctx.tables) {
    if (table.kind !== 'action-plan') continue;
    for (const task of table.tasks) {
      const d = task.deadline;
      const empty = !d || d.raw === null || (typeof d.raw === 'string' && d.raw.trim() === '');
      views.push({
        table,
        task,
        deadline: empty ? null : readDeadline(d.raw, d.format),
        label: taskLabel(task),
      });
    }
  }
  cache.set(ctx, views);
  return views;
}
