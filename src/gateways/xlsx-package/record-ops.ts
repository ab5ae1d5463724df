/**
 * A plan's ops recorded, in order, as workbook-level changes (WorkbookTabs) and
 * per-sheet edits (SheetEdits), with the same meaning the exceljs gateway gives
 * them (src/gateways/xlsx/apply.ts): a clear or a merge unmerges what it touches,
 * a value on a merged area's hidden cell is refused, a link is text plus a link
 * to a place in the workbook. Nothing is written yet.
 */
import { parseA1, parseRangeA1 } from '../../engine/model/a1';
import type { WriteOp } from '../../engine/model/plan';
import type { CellValue, RangeRef } from '../../engine/model/snapshot';
import { a1, cellKey } from '../../engine/model/a1';
import { addStyle, type SheetEdits } from './sheet-edits';
import type { FreshCells } from './fresh-cells';
import type { SheetGuards } from './sheet-guards';
import type { WorkbookTabs } from './workbook-tabs';

export interface Recorder {
  tabs: WorkbookTabs;
  /** the sheet's edits (made on first use, with the file's merged areas) */
  edits(sheet: string): SheetEdits;
  guards(sheet: string): SheetGuards;
  /** a new sheet's edits */
  added(sheet: string): SheetEdits;
  /** sheets whose print titles the plan sets: name -> "1:3" */
  titles: Map<string, string>;
}

type OpOf<K extends WriteOp['op']> = Extract<WriteOp, { op: K }>;
type Record_<K extends WriteOp['op']> = (r: Recorder, op: OpOf<K>, index: number) => void;

function eachCell(range: RangeRef, fn: (row: number, col: number) => void): void {
  for (let row = range.r0; row <= range.r1; row++)
    for (let col = range.c0; col <= range.c1; col++) fn(row, col);
}

const RECORD: { [K in WriteOp['op']]: Record_<K> } = {
  addSheet: (r, op) => {
    r.tabs.add(op.sheet, op.tabColor);
    const e = r.added(op.sheet);
    if (op.tabColor) e.tabColor = op.tabColor;
  },
  deleteSheet: (r, op) => r.tabs.remove(op.sheet),
  visibility: (r, op) => r.tabs.setVisibility(op.sheet, op.visibility),
  clear: (r, op, i) => {
    const range = parseRangeA1(op.range);
    r.guards(op.sheet).checkClear(range);
    const edits = r.edits(op.sheet);
    edits.clear(range, i);
    edits.fresh?.clear(range);
  },
  values: (r, op, i) => {
    const range = parseRangeA1(op.range);
    const edits = r.edits(op.sheet);
    if (edits.fresh) {
      freshValues(edits, edits.fresh, range, op.values, op.sheet, i);
      return;
    }
    const guards = r.guards(op.sheet);
    eachCell(range, (row, col) => {
      const v = op.values[row - range.r0][col - range.c0];
      if (hiddenByMerge(edits, row, col, v, op.sheet)) return;
      guards.checkValue(row, col, v);
      edits.cell(row, col, i).value = v;
    });
  },
  style: (r, op, i) => {
    const edits = r.edits(op.sheet);
    if (edits.fresh) {
      edits.fresh.style(parseRangeA1(op.range), op.style);
      edits.lastOp = i;
      return;
    }
    eachCell(parseRangeA1(op.range), (row, col) => addStyle(edits.cell(row, col, i), op.style));
  },
  merge: (r, op, i) => {
    const range = parseRangeA1(op.range);
    r.guards(op.sheet).checkMerge(range);
    const edits = r.edits(op.sheet);
    edits.merge(range);
    if (edits.fresh) {
      edits.fresh.merge(range);
      edits.lastOp = i;
      return;
    }
    // Excel keeps only the top-left value of a merged area
    eachCell(range, (row, col) => {
      const e = edits.edit(row, col);
      if (e && e.value !== undefined && (row !== range.r0 || col !== range.c0))
        edits.cell(row, col, i).value = null;
    });
  },
  columnWidths: (r, op) => {
    const edits = r.edits(op.sheet);
    for (const { col, width } of op.widths) edits.widths.set(col, width);
  },
  rowHeights: (r, op) => {
    const edits = r.edits(op.sheet);
    for (const { row, height } of op.heights) edits.heights.set(row, height);
  },
  freeze: (r, op) => {
    r.edits(op.sheet).freeze = { rows: op.rows, cols: op.cols };
  },
  pageSetup: (r, op) => {
    r.edits(op.sheet).pageSetup = op.setup;
    if (op.setup.printTitleRows) r.titles.set(op.sheet, op.setup.printTitleRows);
  },
  link: (r, op, i) => {
    const { row, col } = parseA1(op.cell);
    const to = parseA1(op.toCell);
    const target = r.tabs.find(op.toSheet)?.name ?? op.toSheet;
    r.guards(op.sheet).checkValue(row, col, op.text);
    const edits = r.edits(op.sheet);
    if (edits.fresh) {
      edits.fresh.text(row, col, op.text);
      edits.lastOp = i;
    } else edits.cell(row, col, i).value = op.text;
    edits.links.set(`${row},${col}`, {
      row,
      col,
      location: `'${target.replace(/'/g, "''")}'!${a1(to.row, to.col)}`,
      display: op.text,
    });
  },
};

/**
 * Whether the cell is a merged area's hidden cell, which a blank leaves as it is; a value there is
 * refused (Excel keeps only a merged area's top-left value).
 */
function hiddenByMerge(edits: SheetEdits, row: number, col: number, v: CellValue, sheet: string): boolean {
  if (!edits.mergedInside(row, col)) return false;
  if (v === null) return true;
  throw new Error(`${a1(row, col)} on "${sheet}" is inside a merged area; write to its top-left cell`);
}

/**
 * Values on a sheet the plan adds, kept as the op (fresh-cells.ts), with the hidden cells it leaves
 * as they are; a new sheet has nothing else to guard.
 */
function freshValues(
  edits: SheetEdits,
  fresh: FreshCells,
  range: RangeRef,
  values: CellValue[][],
  sheet: string,
  i: number,
): void {
  let skip: Set<number> | null = null;
  if (edits.merges.length > 0) {
    for (let row = range.r0; row <= range.r1; row++)
      for (let col = range.c0; col <= range.c1; col++)
        if (hiddenByMerge(edits, row, col, values[row - range.r0][col - range.c0], sheet))
          (skip ??= new Set()).add(cellKey(row, col));
  }
  fresh.values(range, values, skip);
  edits.lastOp = i;
}

export function recordOp(r: Recorder, op: WriteOp, index: number): void {
  (RECORD[op.op] as Record_<WriteOp['op']>)(r, op, index);
}
