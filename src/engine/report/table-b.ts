/**
 * Table B, the summary action plan, from every recognised action-plan table:
 * numbered areas of focus with their numbered tasks, deadline, lead officer and
 * partner, lead strategy group, and a status against the report date. Deadlines
 * that cannot be read are shown as written, with a finding.
 */
import type { Finding } from '../model/findings';
import type { Settings } from '../model/settings';
import type { ActionPlanTable, ActionTask, RecognisedTable } from '../model/tables';
import { readDeadline, type Deadline } from '../values/deadline';
import { longDate, monthYear } from '../model/dates';
import { taskStatus } from './task-status';
import type { TableBModel, TableBTask } from './types';

export interface TableBInputs {
  tables: RecognisedTable[];
  settings: Settings;
}

export const TABLE_B_TITLE = 'Table B: Summary action plan';
const NO_AREA = 'Other actions';

/** A date cell formatted without a day ("mmm-yy") means the month, so it reads "March 2010". */
function hasDay(format: string): boolean {
  return /d/i.test(format.replace(/"[^"]*"|\[[^\]]*\]/g, ''));
}

function deadlineShown(task: ActionTask, d: Deadline | null): string {
  if (!task.deadline || d === null) return '';
  const raw = task.deadline.raw;
  if (typeof raw === 'number' && d.kind === 'date' && d.precision === 'day') {
    return hasDay(task.deadline.format) ? longDate(d.date) : monthYear(d.date);
  }
  return typeof raw === 'string' ? raw.replace(/\s+/g, ' ').trim() : d.text;
}

/** "1. Improve health" -> "Improve health" when the number is the area's own. */
function areaTitle(text: string | null, n: number | null): string {
  if (!text) return NO_AREA;
  const stripped = n === null ? text : text.replace(new RegExp(`^\\s*${n}\\s*[.):]?\\s+`), '');
  return stripped.trim() || text.trim();
}

interface AreaDraft {
  source: number | null;
  title: string;
  tasks: { task: ActionTask; sheet: string }[];
}

/** Areas in the order met; a new area starts when the area text (or the plan) changes. */
function collectAreas(plans: ActionPlanTable[]): AreaDraft[] {
  const areas: AreaDraft[] = [];
  for (const plan of plans) {
    let current: AreaDraft | null = null;
    let currentKey: string | null = null;
    for (const task of plan.tasks) {
      const key = `${task.areaNumber ?? ''}|${task.area ?? ''}`;
      if (!current || key !== currentKey) {
        current = { source: task.areaNumber, title: areaTitle(task.area, task.areaNumber), tasks: [] };
        currentKey = key;
        areas.push(current);
      }
      current.tasks.push({ task, sheet: plan.sheet });
    }
  }
  return areas;
}

/**
 * The source's area numbers when every area has one and none repeats (Bromley's 1
 * to 16), so the board sees the officer's numbering; otherwise 1, 2, 3... in order.
 */
function areaNumbers(areas: AreaDraft[]): number[] {
  const own = areas.map((a) => a.source);
  const unique = new Set(own);
  const keep = own.every((n) => n !== null) && unique.size === own.length;
  return keep ? (own as number[]) : areas.map((_, i) => i + 1);
}

/** Task numbers: the source's "1.1" when it belongs to this area, else the next free one. */
function taskNumbers(area: number, tasks: ActionTask[], keepOwn: boolean): string[] {
  const minorOf = (t: ActionTask): number | null => {
    if (!keepOwn || t.number === null) return null;
    const m = /^(\d+)\.(\d+)$/.exec(t.number);
    return m && Number(m[1]) === area ? Number(m[2]) : null;
  };
  let next = Math.max(0, ...tasks.map((t) => minorOf(t) ?? 0)) + 1;
  return tasks.map((t) => {
    const own = minorOf(t);
    return own !== null ? `${area}.${own}` : `${area}.${next++}`;
  });
}

function unreadableFinding(sheet: string, task: ActionTask, shown: string): Finding {
  return {
    rule: 'NI-DEADLINE-READ',
    severity: 'info',
    sheet,
    cell: task.deadline!.cell,
    message: `Table B shows the deadline '${shown}' as written: it is not a date, so the task has no status.`,
    fix: "Type the deadline as a date or a month ('March 2011'), or 'Ongoing', for Table B to track it.",
  };
}

export function buildTableB(inputs: TableBInputs): { model: TableBModel; findings: Finding[] } {
  const { asOf, dueSoonDays } = inputs.settings;
  const plans = inputs.tables.filter((t): t is ActionPlanTable => t.kind === 'action-plan');
  const drafts = collectAreas(plans);
  const numbers = areaNumbers(drafts);
  const findings: Finding[] = [];

  const areas = drafts.map((draft, i) => {
    const n = numbers[i];
    const taskNos = taskNumbers(
      n,
      draft.tasks.map((t) => t.task),
      n === draft.source,
    );
    const tasks = draft.tasks.map(({ task, sheet }, j): TableBTask => {
      const deadline = task.deadline ? readDeadline(task.deadline.raw, task.deadline.format) : null;
      const shown = deadlineShown(task, deadline);
      if (deadline?.kind === 'unreadable' && shown) findings.push(unreadableFinding(sheet, task, shown));
      const status = taskStatus(deadline, shown, task.status, asOf, dueSoonDays);
      return {
        number: taskNos[j],
        text: task.text,
        deadline: shown,
        deadlineDate: deadline?.kind === 'date' ? deadline.date : null,
        lead: task.lead ?? '',
        group: task.group ?? '',
        status: status.status,
        statusText: status.statusText,
        source: { sheet, cell: task.taskCell },
      };
    });
    return { number: n, title: draft.title, tasks };
  });

  const model: TableBModel = {
    title: TABLE_B_TITLE,
    asOf,
    dueSoonDays,
    areas,
    legend: [
      `Status as at ${longDate(asOf)}: Overdue = the deadline has passed; Due within ${dueSoonDays} days;` +
        ' Not yet due; Complete = the source marks the task complete; Ongoing = continuous or recurring;' +
        ' No date = no deadline that could be read.',
      'A deadline given as a month, season, term or year counts from its last day (April 2010 = 30 April 2010).',
      // true of the sheet only: Word and HTML name no source cell for a task
      "On the workbook's Table B sheet, each task number links to the task in the source sheet.",
    ],
  };
  return { model, findings };
}
