/**
 * A layout recognition does not read: years down the rows, their uses across ("Year | Target |
 * Actual" over "2008/09 | 40 | 41.2"), as an indicator's own profile sheet often lays them. Not
 * read in silence: the officer is told where, and how to turn it into a table that is read.
 */
import { a1 } from '../model/a1';
import type { RecognisedTable } from '../model/tables';
import type { SheetView } from './sheet-view';
import type { RecognitionNote } from './types';
import { inTables } from './table-cover';
import { parseYearLabel, useWord } from './year-label';

/** Rows of years under the header that make it such a block. */
const MIN_YEAR_ROWS = 2;

/** The columns of row r whose text names a year's use and no year: "Target", "Actual", "Baseline". */
function useColumns(view: SheetView, r: number): number[] {
  const out: number[] = [];
  for (const c of view.filledCols(r)) {
    const v = view.value(r, c);
    if (typeof v === 'string' && v.length <= 30 && useWord(v) !== null) out.push(c);
  }
  return out;
}

/** Row r holds a year at `yearCol` and a figure under one of the use columns. */
function isYearRow(view: SheetView, r: number, yearCol: number, uses: number[]): boolean {
  const label = parseYearLabel(view.text(r, yearCol));
  if (!label || label.year === null) return false;
  return uses.some((c) => {
    const v = view.value(r, c);
    return typeof v === 'number' || (typeof v === 'string' && /\d/.test(v));
  });
}

/** The first such block on the sheet outside the tables found, told once; null when there is none. */
export function yearsDownNote(view: SheetView, tables: readonly RecognisedTable[]): RecognitionNote | null {
  for (let r = view.firstRow; r < view.lastRow; r++) {
    const filled = view.filledCols(r);
    // most rows lie wholly in a table: the cheap test first
    if (filled.length < 2 || inTables(tables, r, filled[0], filled[filled.length - 1])) continue;
    const uses = useColumns(view, r);
    if (uses.length < 2 || inTables(tables, r, uses[0], uses[0])) continue;
    const yearCol = uses[0] - 1;
    let last = r;
    while (last + 1 <= view.lastRow && isYearRow(view, last + 1, yearCol, uses)) last++;
    if (last - r < MIN_YEAR_ROWS) continue;
    const range = `${a1(r, yearCol)}:${a1(last, uses[uses.length - 1])}`;
    return {
      sheet: view.name,
      cell: a1(r, yearCol),
      severity: 'warning',
      message:
        `The figures at ${range} run down the rows by year, with ${uses.map((c) => `'${view.text(r, c)}'`).join(', ')} across: ` +
        'NI Targets reads the years across the columns, one row per indicator, so these were not read. ' +
        "Turn them to run across (Copy, then Paste Special > Transpose) beside the indicator's code and title.",
    };
  }
  return null;
}
