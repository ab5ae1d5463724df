/**
 * How Table B is laid out in every export: its columns, the area-of-focus label
 * and each task's text, and relative column widths.
 */
import type { TableBModel, TableBTask } from '../engine/report/types';

type Area = TableBModel['areas'][number];

export interface TableBColumn {
  header: string;
  /** relative width */
  weight: number;
  text: (task: TableBTask) => string;
  /** one lead or group usually serves a run of tasks: show it once, merged down the run */
  mergeRuns?: boolean;
}

/** "1. Improve..." — unless the officer's text already starts with its number. */
export function areaLabel(area: Area): string {
  return withNumber(area.number === null ? null : `${area.number}.`, area.title);
}

/** "1.1 Develop..." */
export function taskLabel(task: TableBTask): string {
  return withNumber(task.number, task.text);
}

function withNumber(number: string | null, text: string): string {
  if (number === null || number === '') return text;
  const bare = number.replace(/\.$/, '');
  return text.startsWith(bare) ? text : `${number} ${text}`;
}

/** Every column after the area of focus (which spans its tasks). */
export const TABLE_B_TASK_COLUMNS: TableBColumn[] = [
  { header: 'Summary of tasks and milestones', weight: 4.4, text: taskLabel },
  { header: 'Deadline', weight: 1.3, text: (t) => t.deadline },
  { header: 'Lead officer and partner', weight: 1.9, text: (t) => t.lead, mergeRuns: true },
  { header: 'Lead strategy group', weight: 1.9, text: (t) => t.group, mergeRuns: true },
  { header: 'Status', weight: 1.45, text: (t) => t.statusText },
];

export const AREA_HEADER = 'Area of focus';
const AREA_WEIGHT = 2.4;

/** Widths of area column + task columns as fractions summing to 1. */
export function tableBWidths(): number[] {
  const weights = [AREA_WEIGHT, ...TABLE_B_TASK_COLUMNS.map((c) => c.weight)];
  const total = weights.reduce((s, w) => s + w, 0);
  return weights.map((w) => w / total);
}

/**
 * Row spans for a merged column within one area: spans[i] is how many rows the
 * cell starting at task i covers, or 0 when task i sits under the cell above.
 */
export function runSpans(tasks: TableBTask[], text: (task: TableBTask) => string): number[] {
  const spans = new Array<number>(tasks.length).fill(0);
  let start = 0;
  for (let i = 1; i <= tasks.length; i++) {
    if (i === tasks.length || text(tasks[i]) !== text(tasks[start])) {
      spans[start] = i - start;
      start = i;
    }
  }
  return spans;
}
