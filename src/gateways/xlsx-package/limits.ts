/**
 * Ceilings checked before a part is parsed, so a hostile or broken file ends in one
 * line instead of an out-of-memory crash. The defaults let a real 1M-row sheet
 * through under a 1 GB heap: parts are inflated and scanned in chunks, so a part's
 * size costs time, not memory; what costs memory is the cells kept.
 */
import { a1 } from '../../engine/model/a1';
import { WorkbookTooBigError } from './errors';

export interface PackageLimits {
  /** largest inflated size of any one part, bytes */
  maxPartBytes: number;
  /** largest inflated:compressed ratio of a part bigger than `ratioFloorBytes` */
  maxRatio: number;
  /** parts smaller than this may compress as well as they like (a blank sheet is all repetition) */
  ratioFloorBytes: number;
  /** filled cells kept from one sheet, and the slots its rows may span (see sheet-grid.ts) */
  maxCellsPerSheet: number;
  /** entries in the zip */
  maxParts: number;
}

export const DEFAULT_LIMITS: PackageLimits = {
  // a 1M-row, 10-column sheet is ~400 MB of XML
  maxPartBytes: 2 * 1024 ** 3 - 1,
  // Excel's own sheets rarely pass 20:1; 1 MB inflating to 450 MB is 450:1
  maxRatio: 200,
  ratioFloorBytes: 16 * 1024 ** 2,
  // 1M rows x 16 columns; more would not fit a 1 GB heap beside the engine's work
  maxCellsPerSheet: 16 * 1024 ** 2,
  maxParts: 100_000,
};

export function withDefaults(limits?: Partial<PackageLimits>): PackageLimits {
  return { ...DEFAULT_LIMITS, ...limits };
}

const MB = 1024 ** 2;

function size(bytes: number): string {
  return bytes >= MB ? `${Math.round(bytes / MB)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/**
 * The part's declared sizes against the limits: the zip directory's word, checked
 * before inflating. `where` names the part for the message ("its part xl/...",
 * or "sheet "Data" (xl/worksheets/sheet1.xml)").
 */
export function checkDeclaredSize(
  file: string,
  where: string,
  inflated: number,
  compressed: number,
  limits: PackageLimits,
): void {
  if (inflated > limits.maxPartBytes) throw partTooBig(file, where, inflated, limits);
  if (inflated > limits.ratioFloorBytes && inflated > compressed * limits.maxRatio) {
    throw ratioTooHigh(file, where, inflated, compressed, limits);
  }
}

export function partTooBig(
  file: string,
  where: string,
  inflated: number,
  limits: PackageLimits,
): WorkbookTooBigError {
  return new WorkbookTooBigError(
    'part-size',
    `${file}: ${where} inflates to ${size(inflated)}, more than the ${size(limits.maxPartBytes)} this tool reads`,
  );
}

export function ratioTooHigh(
  file: string,
  where: string,
  inflated: number,
  compressed: number,
  limits: PackageLimits,
): WorkbookTooBigError {
  const ratio = Math.round(inflated / Math.max(compressed, 1));
  return new WorkbookTooBigError(
    'compression-ratio',
    `${file}: ${where} inflates ${ratio} times (${size(compressed)} to at least ${size(inflated)}), ` +
      `more than the ${limits.maxRatio} times a real workbook needs: it looks like a zip bomb, not a workbook`,
  );
}

export function tooManyCells(
  file: string,
  sheet: string,
  row: number,
  col: number,
  limits: PackageLimits,
): WorkbookTooBigError {
  return new WorkbookTooBigError(
    'cells',
    `${file}: sheet "${sheet}" reaches ${a1(row, col)} and holds more than the ${limits.maxCellsPerSheet.toLocaleString('en-GB')} cells this tool reads from one sheet; ` +
      `delete what lies beyond your tables (around ${a1(row, col)}) and save`,
  );
}

/**
 * A used range the reader cannot narrow to its filled cells (Excel before ExcelApi
 * 1.9 has no way to ask for them, or Excel would not list them) and too big to read
 * whole: the sheet and the far cell, and what to do.
 */
export function usedRangeTooBig(
  file: string,
  sheet: string,
  row: number,
  col: number,
  why: string,
): WorkbookTooBigError {
  return new WorkbookTooBigError(
    'used-range',
    `${file}: sheet "${sheet}" is used as far as ${a1(row, col)}, more cells than can be read here (${why}); ` +
      `delete what lies beyond your tables (around ${a1(row, col)}) and save`,
  );
}

export function tooManyParts(file: string, count: number, limits: PackageLimits): WorkbookTooBigError {
  return new WorkbookTooBigError(
    'parts',
    `${file} holds ${count} parts, more than the ${limits.maxParts} a workbook this tool reads may have`,
  );
}
