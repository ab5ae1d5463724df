/**
 * Applies a write plan to an in-memory exceljs workbook, op by op in plan order.
 * The whole plan is checked first (check-plan.ts), so a bad plan throws before
 * the workbook changes; writing to disk is write.ts's job.
 */
import ExcelJS from 'exceljs';
import { a1, colLetters, parseA1, parseRangeA1 } from '../../engine/model/a1';
import type { WriteOp, WritePlan } from '../../engine/model/plan';
import type { RangeRef } from '../../engine/model/snapshot';
import { argb, styleSetter } from './cell-style';
import { checkPlan, PlanError } from './check-plan';
import { findSheet } from './sheet-names';

type OpOf<K extends WriteOp['op']> = Extract<WriteOp, { op: K }>;
type Applier<K extends WriteOp['op']> = (workbook: ExcelJS.Workbook, op: OpOf<K>) => void;

const A4 = 9;

/**
 * Sheets by the names ops use, per workbook: a plan has an op per row over a few
 * names, and finding a sheet compares every sheet's name without regard to case.
 * Adding or deleting a sheet forgets the workbook's entries.
 */
const found = new WeakMap<ExcelJS.Workbook, Map<string, ExcelJS.Worksheet>>();

function sheetNamed(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  let byName = found.get(workbook);
  if (!byName) {
    byName = new Map();
    found.set(workbook, byName);
  }
  let ws = byName.get(name);
  if (!ws) {
    ws = findSheet(workbook, name);
    if (ws) byName.set(name, ws);
  }
  return ws;
}

function sheetOf(workbook: ExcelJS.Workbook, op: WriteOp): ExcelJS.Worksheet {
  const ws = sheetNamed(workbook, op.sheet);
  if (!ws) throw new Error(`the workbook has no sheet named "${op.sheet}"`);
  return ws;
}

function mergesOf(ws: ExcelJS.Worksheet): RangeRef[] {
  const merges = (
    ws as unknown as {
      _merges: Record<
        string,
        { model: { top: number; left: number; bottom: number; right: number } } | undefined
      >;
    }
  )._merges;
  const out: RangeRef[] = [];
  for (const m of Object.values(merges ?? {})) {
    if (m)
      out.push({ r0: m.model.top - 1, c0: m.model.left - 1, r1: m.model.bottom - 1, c1: m.model.right - 1 });
  }
  return out;
}

function overlaps(a: RangeRef, b: RangeRef): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}

/** Unmerges every merged area touching `r`, as Excel does before clearing or re-merging. */
function unmergeOverlapping(ws: ExcelJS.Worksheet, r: RangeRef): void {
  for (const m of mergesOf(ws)) {
    if (overlaps(m, r)) ws.unMergeCells(m.r0 + 1, m.c0 + 1, m.r1 + 1, m.c1 + 1);
  }
}

/**
 * Before a shared formula's first cell is overwritten, turns the cells that share
 * it into ordinary formulas of their own. exceljs stores those cells only as
 * "same as B1, shifted" and refuses to save once B1 no longer holds the formula;
 * Excel fills formulas down this way, so officers' RAG columns often look like this.
 */
function releaseSharedFormula(ws: ExcelJS.Worksheet, cell: ExcelJS.Cell): void {
  const v = cell.value as { shareType?: string; ref?: string } | null;
  if (cell.type !== ExcelJS.ValueType.Formula || v?.shareType !== 'shared' || !v.ref) return;
  const r = parseRangeA1(v.ref);
  for (let row = r.r0 + 1; row <= r.r1 + 1; row++) {
    const xr = ws.findRow(row);
    if (!xr) continue;
    for (let col = r.c0 + 1; col <= r.c1 + 1; col++) {
      const clone = xr.findCell(col);
      const cv = clone?.value as
        { sharedFormula?: string; result?: ExcelJS.CellFormulaValue['result'] } | undefined;
      if (clone && cv?.sharedFormula === cell.address) {
        clone.value = { formula: clone.formula, result: cv.result } as ExcelJS.CellFormulaValue;
      }
    }
  }
}

/** Every cell of the range, created when missing. */
function eachCell(
  ws: ExcelJS.Worksheet,
  r: RangeRef,
  fn: (cell: ExcelJS.Cell, i: number, j: number) => void,
): void {
  for (let row = r.r0; row <= r.r1; row++) {
    const xr = ws.getRow(row + 1);
    for (let col = r.c0; col <= r.c1; col++) fn(xr.getCell(col + 1), row - r.r0, col - r.c0);
  }
}

/** Absolute "$B$5", which exceljs keeps as a plain hyperlink target (see link below). */
function absolute(cell: string): string {
  const p = parseA1(cell);
  return `$${colLetters(p.col)}$${p.row + 1}`;
}

const APPLY: { [K in WriteOp['op']]: Applier<K> } = {
  addSheet: (wb, op) => {
    found.delete(wb);
    wb.addWorksheet(
      op.sheet,
      op.tabColor ? { properties: { tabColor: { argb: argb(op.tabColor) } } } : undefined,
    );
  },
  deleteSheet: (wb, op) => {
    const ws = sheetOf(wb, op);
    found.delete(wb);
    wb.removeWorksheet(ws.id);
  },
  clear: (wb, op) => {
    const ws = sheetOf(wb, op);
    const r = parseRangeA1(op.range);
    unmergeOverlapping(ws, r);
    // only cells that exist can hold anything; creating the rest would bloat the file
    const lastRow = Math.min(r.r1 + 1, ws.rowCount);
    for (let row = r.r0 + 1; row <= lastRow; row++) {
      const xr = ws.findRow(row);
      if (!xr) continue;
      const lastCol = Math.min(r.c1 + 1, xr.cellCount);
      for (let col = r.c0 + 1; col <= lastCol; col++) {
        const cell = xr.findCell(col);
        if (!cell) continue;
        releaseSharedFormula(ws, cell);
        cell.value = null;
        cell.style = {};
      }
    }
  },
  values: (wb, op) => {
    const ws = sheetOf(wb, op);
    eachCell(ws, parseRangeA1(op.range), (cell, i, j) => {
      const v = op.values[i][j];
      // exceljs forwards a write on a merged cell to the area's top-left cell; Excel
      // keeps only the top-left value, so an empty value there is simply nothing to do
      if (cell.type === ExcelJS.ValueType.Merge) {
        if (v === null) return;
        throw new Error(
          `${cell.address} on "${op.sheet}" is inside a merged area; write to its top-left cell`,
        );
      }
      releaseSharedFormula(ws, cell);
      // a string is always stored as text, even "=SUM(A1)": exceljs only writes a
      // formula for a { formula } value, so text the officer typed stays text
      cell.value = v;
    });
  },
  style: (wb, op) => {
    eachCell(sheetOf(wb, op), parseRangeA1(op.range), styleSetter(op.style));
  },
  merge: (wb, op) => {
    const ws = sheetOf(wb, op);
    const r = parseRangeA1(op.range);
    unmergeOverlapping(ws, r);
    if (r.r0 !== r.r1 || r.c0 !== r.c1) ws.mergeCells(r.r0 + 1, r.c0 + 1, r.r1 + 1, r.c1 + 1);
  },
  columnWidths: (wb, op) => {
    const ws = sheetOf(wb, op);
    for (const { col, width } of op.widths) ws.getColumn(col + 1).width = width;
  },
  rowHeights: (wb, op) => {
    const ws = sheetOf(wb, op);
    for (const { row, height } of op.heights) ws.getRow(row + 1).height = height;
  },
  freeze: (wb, op) => {
    const ws = sheetOf(wb, op);
    // keep zoom, gridlines and the like; drop only the old pane split
    const rest = { ...ws.views[0] } as Partial<ExcelJS.WorksheetViewFrozen>;
    for (const k of ['state', 'xSplit', 'ySplit', 'topLeftCell'] as const) delete rest[k];
    const frozen = op.rows > 0 || op.cols > 0;
    ws.views = [
      frozen
        ? { ...rest, state: 'frozen', xSplit: op.cols, ySplit: op.rows, topLeftCell: a1(op.rows, op.cols) }
        : { ...rest, state: 'normal' },
    ];
  },
  pageSetup: (wb, op) => {
    const ws = sheetOf(wb, op);
    const { setup } = op;
    ws.pageSetup = {
      ...ws.pageSetup,
      paperSize: A4,
      orientation: setup.orientation,
      fitToPage: setup.fitToWidth,
      // 0 pages tall means "as many as it takes" to Excel
      ...(setup.fitToWidth ? { fitToWidth: 1, fitToHeight: 0 } : {}),
      ...(setup.printTitleRows ? { printTitlesRow: setup.printTitleRows.replace(/\$/g, '') } : {}),
    };
    ws.headerFooter = {
      ...ws.headerFooter,
      ...(setup.header !== undefined ? { oddHeader: setup.header } : {}),
      ...(setup.footer !== undefined ? { oddFooter: setup.footer } : {}),
    };
  },
  link: (wb, op) => {
    const ws = sheetOf(wb, op);
    const target = sheetNamed(wb, op.toSheet);
    if (!target) throw new Error(`the workbook has no sheet named "${op.toSheet}"`);
    // "#'Sheet'!$A$1" goes out as a hyperlink whose address is a place in this
    // workbook, which Excel follows. exceljs would also write an A1-style target
    // (no $) as a location attribute on top of that, and Excel then joins the two
    // into a broken "#'Sheet'!A1#'Sheet'!A1"; the absolute form avoids that.
    const quoted = `'${target.name.replace(/'/g, "''")}'`;
    const cell = ws.getCell(op.cell);
    releaseSharedFormula(ws, cell);
    cell.value = { text: op.text, hyperlink: `#${quoted}!${absolute(op.toCell)}` };
  },
  visibility: (wb, op) => {
    sheetOf(wb, op).state = op.visibility;
  },
};

/** Excel opens on the active tab; if the plan hid or deleted it, open on the first visible sheet. */
function keepActiveTabVisible(workbook: ExcelJS.Workbook): void {
  const sheets = workbook.worksheets;
  const first = sheets.findIndex((ws) => (ws.state ?? 'visible') === 'visible');
  for (const view of workbook.views ?? []) {
    const active = sheets[view.activeTab ?? 0];
    if (!active || (active.state ?? 'visible') !== 'visible') view.activeTab = first;
    if (view.firstSheet !== undefined && view.firstSheet >= sheets.length) view.firstSheet = 0;
  }
}

/**
 * Applies every op of the plan to the workbook in memory. Throws a PlanError
 * naming the op, before changing anything, when an op cannot apply.
 */
export function applyPlan(workbook: ExcelJS.Workbook, plan: WritePlan): void {
  checkPlan(workbook, plan);
  plan.ops.forEach((op, i) => {
    try {
      (APPLY[op.op] as Applier<WriteOp['op']>)(workbook, op);
    } catch (e) {
      if (e instanceof PlanError) throw e;
      throw new PlanError(i, op, (e as Error).message);
    }
  });
  keepActiveTabVisible(workbook);
}

export { PlanError };
