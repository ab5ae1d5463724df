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
import { sheetKey, sheetNameProblem } from './sheet-names';

export interface Tab {
  name: string;
  visibility: 'visible' | 'hidden' | 'veryHidden';
}

/** The tab list keyed as Excel compares names, so each op's sheet is a map lookup. */
class Tabs {
  private readonly byKey = new Map<string, Tab>();

  constructor(tabs: readonly Tab[]) {
    for (const t of tabs) this.byKey.set(sheetKey(t.name), { ...t });
  }

  has(name: string): boolean {
    return this.byKey.has(sheetKey(name));
  }

  get(name: string): Tab {
    const tab = this.byKey.get(sheetKey(name));
    if (!tab) throw new Error(`the workbook has no sheet named "${name}"`);
    return tab;
  }

  add(name: string): void {
    this.byKey.set(sheetKey(name), { name, visibility: 'visible' });
  }

  remove(name: string): void {
    this.get(name);
    this.byKey.delete(sheetKey(name));
  }

  visibleCount(): number {
    let n = 0;
    for (const t of this.byKey.values()) if (t.visibility === 'visible') n++;
    return n;
  }
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

type OpOf<K extends WriteOp['op']> = Extract<WriteOp, { op: K }>;
type Check<K extends WriteOp['op']> = (op: OpOf<K>, tabs: Tabs) => void;

const isIndex = (n: number): boolean => Number.isInteger(n) && n >= 0;

/** What each op needs to be applicable; sheet-level ops also update the tab list. */
const CHECKS: { [K in WriteOp['op']]: Check<K> } = {
  addSheet: (op, tabs) => {
    const problem = sheetNameProblem(op.sheet);
    if (problem) throw new Error(problem);
    if (tabs.has(op.sheet)) throw new Error(`a sheet named "${op.sheet}" already exists`);
    if (op.tabColor !== undefined && !HEX.test(op.tabColor))
      throw new Error(`tab colour "${op.tabColor}" is not #RRGGBB`);
    tabs.add(op.sheet);
  },
  deleteSheet: (op, tabs) => {
    tabs.remove(op.sheet);
    if (tabs.visibleCount() === 0)
      throw new Error('Excel needs at least one visible sheet; this would delete the last');
  },
  visibility: (op, tabs) => {
    tabs.get(op.sheet).visibility = op.visibility;
    if (tabs.visibleCount() === 0)
      throw new Error('Excel needs at least one visible sheet; this would hide the last');
  },
  values: (op) => checkValues(op),
  style: (op) => {
    range(op.range);
    checkStyle(op.style);
  },
  clear: (op) => void range(op.range),
  merge: (op) => void range(op.range),
  link: (op, tabs) => {
    parseA1(op.cell);
    parseA1(op.toCell);
    tabs.get(op.toSheet);
  },
  freeze: (op) => {
    if (!isIndex(op.rows) || !isIndex(op.cols))
      throw new Error(`cannot freeze ${op.rows} rows and ${op.cols} columns`);
  },
  columnWidths: (op) => {
    const bad = op.widths.find((w) => !isIndex(w.col) || !(w.width >= 0));
    if (bad) throw new Error(`bad column width ${JSON.stringify(bad)}`);
  },
  rowHeights: (op) => {
    const bad = op.heights.find((h) => !isIndex(h.row) || !(h.height >= 0));
    if (bad) throw new Error(`bad row height ${JSON.stringify(bad)}`);
  },
  pageSetup: (op) => {
    const rows = op.setup.printTitleRows;
    if (rows !== undefined && !/^\$?\d+:\$?\d+$/.test(rows))
      throw new Error(`print title rows "${rows}" is not like "1:3"`);
  },
};

/** Checks one op against the tab list; every op but addSheet needs its sheet to exist. */
function checkOp(op: WriteOp, tabs: Tabs): void {
  if (op.op !== 'addSheet') tabs.get(op.sheet);
  (CHECKS[op.op] as Check<WriteOp['op']>)(op, tabs);
}

/** Throws a PlanError for the first op that cannot be applied to a workbook with these sheets. */
export function checkPlanOnTabs(sheets: readonly Tab[], plan: WritePlan): void {
  const tabs = new Tabs(sheets);
  plan.ops.forEach((op, i) => {
    try {
      checkOp(op, tabs);
    } catch (e) {
      throw new PlanError(i, op, (e as Error).message);
    }
  });
}

/** Throws a PlanError for the first op that cannot be applied to this workbook. */
export function checkPlan(workbook: ExcelJS.Workbook, plan: WritePlan): void {
  checkPlanOnTabs(
    workbook.worksheets.map((ws) => ({ name: ws.name, visibility: ws.state ?? 'visible' })),
    plan,
  );
}
