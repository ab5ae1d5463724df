/**
 * Reading an action plan (Table B): areas of focus written once on their first
 * row (or merged down), tasks numbered "1.1" or not, deadlines as dates or text,
 * and lead / group carried down from the area's first row while blank.
 */
import { a1 } from '../model/a1';
import type { ActionColumnRole, ActionPlanTable, ActionTask } from '../model/tables';
import { actionRoleFor } from './action-words';
import { headerText, type HeaderBlock } from './header';
import { isCaption, isFootnote } from './row-patterns';
import type { SheetView } from './sheet-view';
import { TableEnd, type ScanLimits } from './table-end';

export interface ActionColumns {
  columns: ActionPlanTable['columns'];
  byRole: Partial<Record<ActionColumnRole, number>>;
}

export function classifyActionColumns(header: HeaderBlock): ActionColumns {
  const columns: ActionPlanTable['columns'] = [];
  const byRole: Partial<Record<ActionColumnRole, number>> = {};
  for (const cell of header.cells) {
    const text = headerText(cell);
    if (text === '') continue;
    const role = actionRoleFor(cell.own) ?? (cell.own === '' ? actionRoleFor(cell.band) : null) ?? 'other';
    // a second column naming a role already taken (two "Actions") is kept but not read
    const taken = role !== 'other' && byRole[role] !== undefined;
    columns.push({ col: cell.col, role: taken ? 'other' : role, header: text });
    if (!taken && role !== 'other') byRole[role] = cell.col;
  }
  return { columns, byRole };
}

const AREA_NUMBER = /^(?:(?:priority|area|outcome|objective)\s*)?(\d{1,2})[.):]?\s+\S/i;
const TASK_NUMBER = /^(\d{1,2}(?:\.\d{1,2})+)\.?\s+/;

/** Area, lead and group as written on the row, or carried down from the rows above. */
interface Carried {
  area: string | null;
  areaNumber: number | null;
  lead: string | null;
  group: string | null;
}

const NOTHING_CARRIED: Carried = { area: null, areaNumber: null, lead: null, group: null };

export function readActionPlan(
  view: SheetView,
  header: HeaderBlock,
  cols: ActionColumns,
  limits: ScanLimits,
): ActionPlanTable | null {
  const { c0, c1 } = header;
  const taskCol = cols.byRole.task;
  if (taskCol === undefined) return null;
  const text = (r: number, role: ActionColumnRole): string => {
    const c = cols.byRole[role];
    return c === undefined ? '' : view.text(r, c);
  };

  const tasks: ActionTask[] = [];
  let carried = NOTHING_CARRIED;
  const end = new TableEnd(view, header, limits);
  const headerRows = end.walk((r) => {
    if (isCaptionRow(view, r, c0, c1)) return;
    carried = carryDown(carried, text(r, 'area'), text(r, 'lead'), text(r, 'group'));
    const taskText = view.text(r, taskCol);
    if (taskText === '') return;
    tasks.push(taskOf(view, r, cols, taskCol, taskText, carried));
    end.body();
  });

  if (tasks.length === 0) return null;
  const r1 = tasks[tasks.length - 1].row;
  return {
    kind: 'action-plan',
    sheet: view.name,
    range: { r0: header.rows[0], c0, r1, c1 },
    headerRows: headerRows.filter((h) => h <= r1),
    columns: cols.columns,
    tasks,
  };
}

/** A lone caption ("Table B (continued)") or footnote between the rows. */
function isCaptionRow(view: SheetView, r: number, c0: number, c1: number): boolean {
  const filled = view.filledIn(r, c0, c1);
  if (filled.length !== 1) return false;
  const first = view.text(r, filled[0]);
  return isCaption(first) || isFootnote(first);
}

/**
 * A new area starts afresh, with no lead or group carried into it; a lead or group
 * written on the row replaces the one carried.
 */
function carryDown(carried: Carried, areaText: string, rowLead: string, rowGroup: string): Carried {
  const now =
    areaText === '' ? carried : { ...NOTHING_CARRIED, area: areaText, areaNumber: areaNumberOf(areaText) };
  return {
    ...now,
    lead: rowLead !== '' ? rowLead : now.lead,
    group: rowGroup !== '' ? rowGroup : now.group,
  };
}

function areaNumberOf(areaText: string): number | null {
  const m = AREA_NUMBER.exec(areaText);
  return m ? Number(m[1]) : null;
}

function taskOf(
  view: SheetView,
  r: number,
  cols: ActionColumns,
  taskCol: number,
  taskText: string,
  carried: Carried,
): ActionTask {
  const numbered = TASK_NUMBER.exec(taskText);
  const statusCol = cols.byRole.status;
  const status = statusCol === undefined ? '' : view.text(r, statusCol);
  return {
    row: r,
    area: carried.area,
    areaNumber: carried.areaNumber,
    number: numbered ? numbered[1] : null,
    text: numbered ? taskText.slice(numbered[0].length) : taskText,
    deadline: deadlineOf(view, r, cols.byRole.deadline),
    lead: carried.lead,
    group: carried.group,
    status: status === '' ? null : status,
    ...(statusCol !== undefined ? { statusCell: a1(r, statusCol) } : {}),
    taskCell: a1(r, taskCol),
  };
}

/** The deadline cell as written (a date or a text); none when blank or TRUE / FALSE. */
function deadlineOf(view: SheetView, r: number, deadlineCol: number | undefined): ActionTask['deadline'] {
  if (deadlineCol === undefined) return null;
  const raw = view.value(r, deadlineCol);
  if (raw === null || typeof raw === 'boolean' || view.text(r, deadlineCol) === '') return null;
  return { raw, cell: a1(r, deadlineCol), format: view.format(r, deadlineCol) };
}
