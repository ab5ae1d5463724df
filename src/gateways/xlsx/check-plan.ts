/**
 * Checks a whole write plan against the workbook before anything is changed, so
 * a plan with a typo in a sheet name or a misshapen value block fails with the
 * workbook untouched rather than half-written. Sheet additions, deletions and
 * visibility changes are replayed on a model of the tab list, so later ops may
 * refer to sheets earlier ops create.
 */
import type ExcelJS from 'exceljs';
import { parseA1, parseRangeA1 } from '../../engine/model/a1';
import type { CellStyle, WriteOp, WritePlan } from '../../engine/model/plan';
import type { RangeRef } from '../../engine/model/snapshot';
import { sameSheetName, sheetNameProblem } from './sheet-names';

interface Tab {
  name: string;
  visibility: 'visible' | 'hidden' | 'veryHidden';
}

const HEX = /^#[0-9A-Fa-f]{6}$/;

export class PlanError extends Error {
  constructor(index: number, op: WriteOp, problem: string) {
    super(`Write plan op ${index + 1} (${op.op} on sheet "${op.sheet}"): ${problem}`);
    this.name = 'PlanError';
  }
}

function range(ref: string): RangeRef {
  const r = parseRangeA1(ref);
  if (r.r0 < 0 || r.c0 < 0) throw new Error(`Not a cell reference: ${ref}`);
  return r;
}

function checkValues(op: Extract<WriteOp, { op: 'values' }>): void {
  const r = range(op.range);
  const rows = r.r1 - r.r0 + 1;
  const cols = r.c1 - r.c0 + 1;
  if (op.values.length !== rows)
    throw new Error(`${op.range} has ${rows} rows but ${op.values.length} rows of values`);
  op.values.forEach((row, i) => {
    if (row.length !== cols)
      throw new Error(`${op.range} has ${cols} columns but values row ${i + 1} has ${row.length}`);
    for (const v of row) {
      if (typeof v === 'number' && !Number.isFinite(v))
        throw new Error(`${v} is not a number Excel can store`);
    }
  });
}

function checkStyle(style: CellStyle): void {
  for (const c of [style.fill, style.fontColor]) {
    if (c !== undefined && !HEX.test(c)) throw new Error(`colour "${c}" is not #RRGGBB`);
  }
  if (style.fontSize !== undefined && !(style.fontSize > 0))
    throw new Error(`font size ${style.fontSize} is not positive`);
}

function visibleCount(tabs: Tab[]): number {
  return tabs.filter((t) => t.visibility === 'visible').length;
}

function tabFor(tabs: Tab[], name: string): Tab {
  const tab = tabs.find((t) => sameSheetName(t.name, name));
  if (!tab) throw new Error(`the workbook has no sheet named "${name}"`);
  return tab;
}

/** Checks one op against the tab list, updating the list for sheet-level ops. */
function checkOp(op: WriteOp, tabs: Tab[]): void {
  if (op.op === 'addSheet') {
    const problem = sheetNameProblem(op.sheet);
    if (problem) throw new Error(problem);
    if (tabs.some((t) => sameSheetName(t.name, op.sheet)))
      throw new Error(`a sheet named "${op.sheet}" already exists`);
    if (op.tabColor !== undefined && !HEX.test(op.tabColor))
      throw new Error(`tab colour "${op.tabColor}" is not #RRGGBB`);
    tabs.push({ name: op.sheet, visibility: 'visible' });
    return;
  }
  const tab = tabFor(tabs, op.sheet);
  switch (op.op) {
    case 'deleteSheet':
      tabs.splice(tabs.indexOf(tab), 1);
      if (visibleCount(tabs) === 0)
        throw new Error('Excel needs at least one visible sheet; this would delete the last');
      return;
    case 'visibility':
      tab.visibility = op.visibility;
      if (visibleCount(tabs) === 0)
        throw new Error('Excel needs at least one visible sheet; this would hide the last');
      return;
    case 'values':
      return checkValues(op);
    case 'style':
      range(op.range);
      return checkStyle(op.style);
    case 'clear':
    case 'merge':
      range(op.range);
      return;
    case 'link':
      parseA1(op.cell);
      parseA1(op.toCell);
      tabFor(tabs, op.toSheet);
      return;
    case 'freeze':
      if (!(Number.isInteger(op.rows) && op.rows >= 0 && Number.isInteger(op.cols) && op.cols >= 0)) {
        throw new Error(`cannot freeze ${op.rows} rows and ${op.cols} columns`);
      }
      return;
    case 'columnWidths':
      for (const w of op.widths) {
        if (!(Number.isInteger(w.col) && w.col >= 0 && w.width >= 0))
          throw new Error(`bad column width ${JSON.stringify(w)}`);
      }
      return;
    case 'rowHeights':
      for (const h of op.heights) {
        if (!(Number.isInteger(h.row) && h.row >= 0 && h.height >= 0))
          throw new Error(`bad row height ${JSON.stringify(h)}`);
      }
      return;
    case 'pageSetup':
      if (op.setup.printTitleRows !== undefined && !/^\$?\d+:\$?\d+$/.test(op.setup.printTitleRows)) {
        throw new Error(`print title rows "${op.setup.printTitleRows}" is not like "1:3"`);
      }
      return;
  }
}

/** Throws a PlanError for the first op that cannot be applied to this workbook. */
export function checkPlan(workbook: ExcelJS.Workbook, plan: WritePlan): void {
  const tabs: Tab[] = workbook.worksheets.map((ws) => ({ name: ws.name, visibility: ws.state ?? 'visible' }));
  plan.ops.forEach((op, i) => {
    try {
      checkOp(op, tabs);
    } catch (e) {
      throw new PlanError(i, op, (e as Error).message);
    }
  });
}
