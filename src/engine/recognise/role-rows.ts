/**
 * A layout recognition does not read: a row per use under each indicator ("NI 112 | Target | 40 |
 * 38" then "| Actual | 41.2 | 37"), the use named in a column of its own. The table is read with
 * every year as an actual and the second rows left out; the officer is told plainly why and how to
 * lay it out so it is read, once per table.
 */
import { a1 } from '../model/a1';
import type { RecognisedTable } from '../model/tables';
import type { SheetView } from './sheet-view';
import type { RecognitionNote } from './types';
import { parseYearLabel } from './year-label';

/** Use words down a column that make it such a table. */
const MIN_WORDS = 4;

function useOf(text: string): string | null {
  if (text.length === 0 || text.length > 20) return null;
  const l = parseYearLabel(text);
  return l && l.year === null && l.quarter === null && l.role !== null && l.role !== 'other' ? l.role : null;
}

interface UseColumn {
  row: number;
  col: number;
  /** each use as first written ("Target", "Actual") */
  words: string[];
}

/** A column under the header that names uses down the rows, when it holds two kinds or more. */
function useColumn(view: SheetView, t: RecognisedTable, last: number): UseColumn | null {
  for (let c = t.range.c0; c <= t.range.c1; c++) {
    const uses = new Map<string, string>();
    let count = 0;
    let first = -1;
    for (let r = t.range.r0 + 1; r <= last; r++) {
      const text = view.text(r, c).trim();
      const use = useOf(text);
      if (use === null) continue;
      if (!uses.has(use)) uses.set(use, text);
      count++;
      if (first === -1) first = r;
    }
    if (count >= MIN_WORDS && uses.size >= 2) return { row: first, col: c, words: [...uses.values()] };
  }
  return null;
}

export function roleRowsNotes(view: SheetView, tables: readonly RecognisedTable[]): RecognitionNote[] {
  const out: RecognitionNote[] = [];
  for (const t of tables) {
    if (t.kind !== 'targets') continue;
    // the rows of the second use are left out, so they may run a row past the table
    const at = useColumn(view, t, Math.min(t.range.r1 + 1, view.lastRow));
    if (!at) continue;
    out.push({
      sheet: view.name,
      cell: a1(at.row, at.col),
      severity: 'warning',
      message:
        `Each indicator in the table at ${a1(t.range.r0, t.range.c0)} takes a row per use, named in column ` +
        `${a1(at.row, at.col).replace(/\d+$/, '')} (${at.words.map((w) => `'${w}'`).join(', ')}): NI Targets reads one ` +
        "row per indicator, with each year's use in its header, so these figures were not read as meant. " +
        "Give each use its own columns ('2009/10 Target', '2009/10 Actual') on the indicator's row.",
    });
  }
  return out;
}
