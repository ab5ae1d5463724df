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
  const headerRows = [...header.rows];
  let area: string | null = null;
  let areaNumber: number | null = null;
  let lead: string | null = null;
  let group: string | null = null;
  const end = new TableEnd(view, header, limits);

  for (let r = header.rows[header.rows.length - 1] + 1; r <= limits.lastRow; r++) {
    const step = end.step(r);
    if (step === 'stop') break;
    if (step === 'skip') continue;
    if (step === 'repeat') {
      headerRows.push(r);
      continue;
    }
    const filled = view.filledIn(r, c0, c1);
    const first = view.text(r, filled[0]);
    if (filled.length === 1 && (isCaption(first) || isFootnote(first))) continue;

    const areaText = text(r, 'area');
    if (areaText !== '') {
      area = areaText;
      const m = AREA_NUMBER.exec(areaText);
      areaNumber = m ? Number(m[1]) : null;
      lead = null;
      group = null;
    }
    const rowLead = text(r, 'lead');
    const rowGroup = text(r, 'group');
    if (rowLead !== '') lead = rowLead;
    if (rowGroup !== '') group = rowGroup;

    const taskText = view.text(r, taskCol);
    if (taskText === '') continue;
    const numbered = TASK_NUMBER.exec(taskText);
    const deadlineCol = cols.byRole.deadline;
    const deadlineValue = deadlineCol === undefined ? null : view.value(r, deadlineCol);
    const statusCol = cols.byRole.status;
    const status = text(r, 'status');
    tasks.push({
      row: r,
      area,
      areaNumber,
      number: numbered ? numbered[1] : null,
      text: numbered ? taskText.slice(numbered[0].length) : taskText,
      deadline:
        deadlineCol === undefined ||
        deadlineValue === null ||
        typeof deadlineValue === 'boolean' ||
        view.text(r, deadlineCol) === ''
          ? null
          : { raw: deadlineValue, cell: a1(r, deadlineCol), format: view.format(r, deadlineCol) },
      lead,
      group,
      status: status === '' ? null : status,
      ...(statusCol !== undefined ? { statusCell: a1(r, statusCol) } : {}),
      taskCell: a1(r, taskCol),
    });
    end.body();
  }

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
