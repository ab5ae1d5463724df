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
import { useWord } from './year-label';

/** Use words down a column that make it such a table. */
const MIN_WORDS = 4;

/** The use a cell's text names, when it is short enough to be a label. */
function useOf(v: ReturnType<SheetView['value']>): { use: string; text: string } | null {
  if (typeof v !== 'string') return null;
  const text = v.trim();
  if (text.length === 0 || text.length > 20) return null;
  const use = useWord(text);
  return use === null ? null : { use, text };
}

interface UseColumn {
  row: number;
  col: number;
  /** each use as first written ("Target", "Actual") */
  words: string[];
}

interface Tally {
  first: number;
  count: number;
  uses: Map<string, string>;
}

/**
 * The leftmost column under the header that names uses down the rows, when it holds two kinds
 * or more. One walk over the filled cells, row by row: a table can have a six-figure number of rows.
 */
function useColumn(view: SheetView, t: RecognisedTable, last: number): UseColumn | null {
  const tallies = new Map<number, Tally>();
  for (let r = t.range.r0 + 1; r <= last; r++) {
    for (const c of view.filledIn(r, t.range.c0, t.range.c1)) {
      const found = useOf(view.value(r, c));
      if (found === null) continue;
      let tally = tallies.get(c);
      if (!tally) tallies.set(c, (tally = { first: r, count: 0, uses: new Map() }));
      if (!tally.uses.has(found.use)) tally.uses.set(found.use, found.text);
      tally.count++;
    }
  }
  const cols = [...tallies.keys()].sort((a, b) => a - b);
  for (const col of cols) {
    const tally = tallies.get(col) as Tally;
    if (tally.count >= MIN_WORDS && tally.uses.size >= 2)
      return { row: tally.first, col, words: [...tally.uses.values()] };
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
