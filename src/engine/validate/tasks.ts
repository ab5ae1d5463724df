/** Action-plan tasks with their deadlines read once, for the deadline rules. */
import type { ActionPlanTable, ActionTask } from '../model/tables';
import { readDeadline, type Deadline } from './deadline';
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
  const t = task.text
    .replace(/^\s*\d+(?:\.\d+)*\.?\s*/, '')
    .replace(/\s+/g, ' ')
    .trim();
  const short = t.length > TEXT_MAX ? `${t.slice(0, TEXT_MAX - 3).trimEnd()}...` : t;
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
