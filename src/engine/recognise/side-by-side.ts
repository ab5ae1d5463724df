/**
 * Tables side by side with a single empty column between them. Column blocks join across one empty
 * column (a spacer inside a table is common), so a second table that starts its own header again (its
 * own code or title column and its own years) after such a gap is split off here.
 */
import { isYearHeaderCell } from './anchor';
import { columnWordFor } from './column-words';
import type { SheetView } from './sheet-view';

type Block = { c0: number; c1: number };

function emptyInHeader(view: SheetView, rows: readonly number[], c: number): boolean {
  for (const r of rows) {
    if (view.text(r, c) !== '') return false;
    if (view.mergeCovering(r, c)) return false;
  }
  return true;
}

/** The part of the header from c0 to c1 names an identity column (code or title) and holds a year. */
function startsTable(view: SheetView, rows: readonly number[], c0: number, c1: number): boolean {
  let identity = false;
  let year = false;
  for (const r of rows) {
    for (const c of view.filledIn(r, c0, c1)) {
      const role = columnWordFor(view.text(r, c))?.role;
      if (role === 'code' || role === 'title') identity = true;
      if (isYearHeaderCell(view, r, c)) year = true;
    }
  }
  return identity && year;
}

/** Splits a header block at each one-column gap that a new table's header follows. */
export function splitSideBySide(view: SheetView, rows: readonly number[], block: Block): Block[] {
  const out: Block[] = [];
  let start = block.c0;
  for (let c = block.c0 + 1; c < block.c1; c++) {
    if (!emptyInHeader(view, rows, c)) continue;
    if (startsTable(view, rows, start, c - 1) && startsTable(view, rows, c + 1, block.c1)) {
      out.push({ c0: start, c1: c - 1 });
      start = c + 1;
    }
  }
  out.push({ c0: start, c1: block.c1 });
  return out;
}
