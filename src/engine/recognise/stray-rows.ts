/**
 * Rows that plainly hold an indicator's figures (an NI code alone in a cell and two figures or
 * more: coded-row.ts) but that no table took in: under a table after a gap, beside one, or
 * with no header at all. They are not checked or rated, so the officer is told, once per sheet.
 */
import { a1 } from '../model/a1';
import type { RecognisedTable } from '../model/tables';
import { codedRowAt } from './coded-row';
import { inTables } from './table-cover';
import type { SheetView } from './sheet-view';
import type { RecognitionNote } from './types';

const NAMED = 8;

export function strayRowsNote(view: SheetView, tables: readonly RecognisedTable[]): RecognitionNote | null {
  const stray: { row: number; col: number; code: string }[] = [];
  for (let r = view.firstRow; r <= view.lastRow; r++) {
    const filled = view.filledCols(r);
    // most rows lie wholly in a table: the cheap test first
    if (filled.length < 3 || inTables(tables, r, filled[0], filled[filled.length - 1])) continue;
    const col = codedRowAt(view, r, view.firstCol, view.lastCol, 2);
    // a code inside a table is that table's (its notes may run on beyond it)
    if (col !== null && !inTables(tables, r, col, col))
      stray.push({ row: r, col, code: view.text(r, col).trim() });
  }
  if (stray.length === 0) return null;
  const named = stray.slice(0, NAMED).map((s) => `row ${s.row + 1} (${s.code})`);
  const more = stray.length > NAMED ? ` and ${stray.length - NAMED} more` : '';
  const n = stray.length;
  return {
    sheet: view.name,
    cell: a1(stray[0].row, stray[0].col),
    severity: 'warning',
    message:
      `${n === 1 ? '1 row' : `${n} rows`} with an NI code and figures ${n === 1 ? 'is' : 'are'} outside every table read, ` +
      `so ${n === 1 ? 'it was' : 'they were'} not checked or rated: ${named.join(', ')}${more}. ` +
      'Give them a header row of years, join them to the table above, or mark the table in the Tables view.',
  };
}
