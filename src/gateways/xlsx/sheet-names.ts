/** Sheet lookup and naming as Excel does it: names compare without regard to case. */
import type ExcelJS from 'exceljs';

// A plan names a sheet in every op (hundreds of thousands at 100k rows) over a handful of
// names: each distinct name is lower-cased once (toLocaleLowerCase per op was a 3.2 s task)
const KEYS = new Map<string, string>();
const MAX_KEYS = 1000;

/** A sheet name as Excel compares it. */
export function sheetKey(name: string): string {
  let k = KEYS.get(name);
  if (k === undefined) {
    if (KEYS.size >= MAX_KEYS) KEYS.clear();
    k = name.toLocaleLowerCase('en-GB');
    KEYS.set(name, k);
  }
  return k;
}

export function sameSheetName(a: string, b: string): boolean {
  return sheetKey(a) === sheetKey(b);
}

export function findSheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  return workbook.worksheets.find((ws) => sameSheetName(ws.name, name));
}

const FORBIDDEN = /[[\]:*?/\\]/;

/** Why Excel would refuse this as a sheet name, or null when it is fine. */
export function sheetNameProblem(name: string): string | null {
  if (name.trim() === '') return 'a sheet name cannot be blank';
  if (name.length > 31) return `sheet name "${name}" is longer than Excel's 31 characters`;
  if (FORBIDDEN.test(name)) return `sheet name "${name}" contains one of [ ] : * ? / \\`;
  if (name.startsWith("'") || name.endsWith("'"))
    return `sheet name "${name}" cannot start or end with an apostrophe`;
  if (sameSheetName(name, 'History')) return 'Excel reserves the sheet name "History"';
  return null;
}
