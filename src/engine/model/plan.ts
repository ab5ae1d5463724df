/**
 * A write plan: everything the add-in will change, as data. Renderers build it
 * from report/rating models; a gateway applies it (Office.js in Excel, the .xlsx
 * library on files). Ranges are A1 strings on a named sheet.
 *
 * Ordering contract: gateways apply ops in array order, except that they may
 * batch all value writes before all formats (Office performance rule), so a
 * plan never relies on a format being set before a value.
 */
import type { CellValue } from './snapshot';

export interface CellStyle {
  /** "#RRGGBB" */
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  wrap?: boolean;
  hAlign?: 'left' | 'center' | 'right';
  vAlign?: 'top' | 'middle' | 'bottom';
  /** thin borders on every edge of every cell of the range */
  border?: 'thin' | 'none';
  numberFormat?: string;
}

export interface PageSetup {
  orientation: 'landscape' | 'portrait';
  paper: 'A4';
  /** fit all columns on one page width, any number of pages tall */
  fitToWidth: boolean;
  /** rows repeated at the top of every printed page, e.g. "1:3" */
  printTitleRows?: string;
  /** footer text using Excel codes (&P page, &N pages) */
  footer?: string;
  /** header text */
  header?: string;
}

export type WriteOp =
  | { op: 'addSheet'; sheet: string; tabColor?: string }
  | { op: 'deleteSheet'; sheet: string }
  | { op: 'clear'; sheet: string; range: string }
  | { op: 'values'; sheet: string; range: string; values: CellValue[][] }
  | { op: 'style'; sheet: string; range: string; style: CellStyle }
  | { op: 'merge'; sheet: string; range: string }
  | { op: 'columnWidths'; sheet: string; widths: { col: number; width: number }[] }
  | { op: 'rowHeights'; sheet: string; heights: { row: number; height: number }[] }
  | { op: 'freeze'; sheet: string; rows: number; cols: number }
  | { op: 'pageSetup'; sheet: string; setup: PageSetup }
  /** a link in `cell` to a place in the workbook */
  | { op: 'link'; sheet: string; cell: string; text: string; toSheet: string; toCell: string }
  | { op: 'visibility'; sheet: string; visibility: 'visible' | 'hidden' | 'veryHidden' };

export interface WritePlan {
  /** what the plan does, for the officer: "Fill RAG columns on 2 tables" */
  summary: string;
  ops: WriteOp[];
}

/** Name of the very hidden sheet that records what the add-in wrote and the settings. */
export const REGISTRY_SHEET = '_NITargets';
