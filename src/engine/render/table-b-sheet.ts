/**
 * Table B as a sheet: title, "As at" date, one header row, each area of focus
 * merged down over its tasks (lead officer and strategy group too, where the
 * same for consecutive tasks, as in Bromley's plan), task numbers linked to the
 * source, and the status worded and filled: Overdue red, due soon amber,
 * complete green, others plain.
 */
import { a1 } from '../model/a1';
import type { CellStyle, WriteOp } from '../model/plan';
import type { TableBModel, TableBTask, TaskStatus } from '../report/types';
import { reportPageSetup } from './print-setup';
import {
  addLegend,
  addTitle,
  BODY_STYLE,
  heightFor,
  linesFor,
  REPORT_HEADER_STYLE,
  SheetGrid,
} from './report-sheets';
import { RAG_STYLES } from './styles';

const COLUMNS: { header: string; width: number; text: (t: TableBTask) => string }[] = [
  { header: 'Area of focus', width: 30, text: () => '' },
  { header: 'No.', width: 6, text: (t) => t.number ?? '' },
  { header: 'Tasks and milestones', width: 55, text: (t) => t.text },
  { header: 'Deadline', width: 15, text: (t) => t.deadline },
  { header: 'Lead officer and partner', width: 26, text: (t) => t.lead },
  { header: 'Lead strategy group', width: 26, text: (t) => t.group },
  { header: 'Status', width: 22, text: (t) => t.statusText },
];
const AREA = 0;
const NUMBER = 1;
const LEAD = 4;
const GROUP = 5;
const STATUS = 6;

const STATUS_STYLES: Partial<Record<TaskStatus, CellStyle>> = {
  Overdue: { ...RAG_STYLES.Red, bold: true },
  'Due soon': { ...RAG_STYLES.Amber, bold: true },
  Complete: { ...RAG_STYLES.Green, bold: true },
};

function areaText(area: TableBModel['areas'][number]): string {
  return area.number === null ? area.title : `${area.number}. ${area.title}`;
}

/** Merge runs of the same non-empty text down a column within one area. */
function mergeRuns(grid: SheetGrid, col: number, rows: number[], texts: string[]): void {
  let start = 0;
  for (let i = 1; i <= texts.length; i++) {
    if (i < texts.length && texts[i] === texts[start]) continue;
    if (texts[start] !== '' && i - 1 > start) grid.merge(rows[start], col, rows[i - 1], col);
    start = i;
  }
}

type Area = TableBModel['areas'][number];

interface StatusFill {
  row: number;
  style: CellStyle;
}

/** A task's row texts, with the area's title on its first row. */
function taskTexts(area: Area, i: number): string[] {
  const task = area.tasks[i];
  const texts = COLUMNS.map((c) => c.text(task));
  // repeated leads and groups are shown once per run, in the merged cell
  const sameLead = i > 0 && task.lead === area.tasks[i - 1].lead;
  const sameGroup = i > 0 && task.group === area.tasks[i - 1].group;
  if (i === 0) texts[AREA] = areaText(area);
  if (sameLead) texts[LEAD] = '';
  if (sameGroup) texts[GROUP] = '';
  return texts;
}

function taskLink(sheet: string, row: number, task: TableBTask): WriteOp {
  return {
    op: 'link',
    sheet,
    cell: a1(row, NUMBER),
    text: task.number ?? 'Source',
    toSheet: task.source.sheet,
    toCell: task.source.cell,
  };
}

/** The area merged down its tasks, lead and group runs merged, and room for a long area title. */
function mergeArea(grid: SheetGrid, area: Area, rows: number[]): void {
  grid.merge(rows[0], AREA, rows[rows.length - 1], AREA);
  const leads = area.tasks.map((t) => t.lead);
  const groups = area.tasks.map((t) => t.group);
  mergeRuns(grid, LEAD, rows, leads);
  mergeRuns(grid, GROUP, rows, groups);
  // a long area title needs more room than short tasks give it: the last row grows
  const need = heightFor(linesFor(areaText(area), grid.widths[AREA]));
  const have = grid.heights.slice(-rows.length).reduce((s, h) => s + h.height, 0);
  if (need > have) grid.heights[grid.heights.length - 1].height += need - have;
}

/** One area's task rows; returns their links and status fills. */
function addArea(grid: SheetGrid, area: Area): { links: WriteOp[]; fills: StatusFill[] } {
  const rows: number[] = [];
  const links: WriteOp[] = [];
  const fills: StatusFill[] = [];
  area.tasks.forEach((task, i) => {
    const texts = taskTexts(area, i);
    const lines = Math.max(
      ...[NUMBER, 2, 3, LEAD, GROUP, STATUS].map((c) => linesFor(texts[c], grid.widths[c])),
    );
    const r = grid.add(texts, heightFor(lines));
    rows.push(r);
    links.push(taskLink(grid.sheet, r, task));
    const style = STATUS_STYLES[task.status];
    if (style) fills.push({ row: r, style });
  });
  if (rows.length > 0) mergeArea(grid, area, rows);
  return { links, fills };
}

/** The body style over every task row, the area column bold, statuses filled. */
function styleBody(grid: SheetGrid, from: number, fills: StatusFill[]): void {
  const to = grid.next - 1;
  if (to < from) return;
  grid.style(from, 0, to, COLUMNS.length - 1, BODY_STYLE);
  grid.style(from, AREA, to, AREA, { bold: true });
  for (const { row, style } of fills) grid.style(row, STATUS, row, STATUS, style);
}

export function tableBSheetOps(model: TableBModel, sheet: string): WriteOp[] {
  const widths = COLUMNS.map((c) => c.width);
  const grid = new SheetGrid(sheet, widths);
  addTitle(grid, model.title, model.asOf);
  const head = grid.add(
    COLUMNS.map((c) => c.header),
    30,
  );
  grid.style(head, 0, head, COLUMNS.length - 1, REPORT_HEADER_STYLE);

  const links: WriteOp[] = [];
  const fills: StatusFill[] = [];
  const bodyFrom = grid.next;
  for (const area of model.areas) {
    const added = addArea(grid, area);
    links.push(...added.links);
    fills.push(...added.fills);
  }
  styleBody(grid, bodyFrom, fills);
  addLegend(grid, model.legend);

  return grid.ops({
    links,
    freezeRows: head + 1,
    pageSetup: { op: 'pageSetup', sheet, setup: reportPageSetup([head + 1, head + 1], model.title) },
  });
}
