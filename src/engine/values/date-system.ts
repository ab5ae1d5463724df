/**
 * Excel's two date systems. A workbook made by Excel 2008 for Mac or earlier (and any workbook
 * since saved with "Use 1904 date system") counts its date serials from 1 January 1904: the
 * serial it stores for a date is 1,462 less than the same date's in the 1900 system, which is
 * what the rest of the engine reads (number-format.ts, deadline.ts). Read as 1900 serials, every
 * date-formatted figure and deadline would come out four years and a day early, without a word.
 * So a snapshot whose gateway says its workbook counts from 1904 has its date-formatted numbers
 * moved into the 1900 system before anything reads them. Times of day (a fraction, no day count)
 * and numbers that are not formatted as dates are left as they are.
 */
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../model/snapshot';
import { formatInfo } from './number-format';

/** DATE(1904,1,1) in the 1900 system: the distance between the two systems' day 0. */
export const DAYS_1900_TO_1904 = 1462;

function sheetIn1900System(sheet: SheetSnapshot): SheetSnapshot {
  const formats = sheet.formats;
  if (!formats) return sheet;
  let values: CellValue[][] | null = null;
  sheet.values.forEach((row, i) => {
    let copy: CellValue[] | null = null;
    row.forEach((v, j) => {
      if (typeof v !== 'number' || formatInfo(formats[i]?.[j]).kind !== 'date') return;
      copy ??= row.slice();
      copy[j] = v + DAYS_1900_TO_1904;
    });
    if (copy) (values ??= sheet.values.slice())[i] = copy;
  });
  return values ? { ...sheet, values } : sheet;
}

/** The snapshot with its dates counted as the engine counts them (the same object when it already is). */
export function in1900System(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  if (!snapshot.date1904) return snapshot;
  return { ...snapshot, sheets: snapshot.sheets.map(sheetIn1900System), date1904: false };
}
