/**
 * What of Table A a Word board paper can carry. A board reads a paper of tens of
 * pages, not thousands: past WORD_TABLE_A_ROWS indicators the paper lists the
 * exceptions (Red, then Amber) up to that many, gives the RAG count of every outcome
 * group, and says where the full table is (the workbook's Table A sheet, the HTML and
 * CSV exports). Building every row as Word objects also cost 3 ms and ~150 kB each:
 * 100k rows died out of memory.
 */
import type { RagWord, TableAModel, TableARow } from '../engine/report/types';

/** About 25 A4 landscape pages of Table A. */
export const WORD_TABLE_A_ROWS = 500;

export type RagCount = Record<RagWord | 'Not rated', number> & { total: number };

export interface WordTableA {
  /** the model the paper's table shows: all of Table A, or its exceptions */
  model: TableAModel;
  /** null when every row is shown; otherwise what was left out and where it is */
  note: string | null;
  /** RAG counts per outcome group, over every row (shown or not); null when every row is shown */
  counts: { group: string; count: RagCount }[] | null;
}

const emptyCount = (): RagCount => ({ Green: 0, Amber: 0, Red: 0, 'Not rated': 0, total: 0 });

function countRows(rows: TableARow[]): RagCount {
  const c = emptyCount();
  for (const r of rows) {
    c[r.rag ?? 'Not rated']++;
    c.total++;
  }
  return c;
}

/** Rows rated `rag`, in table order, until `picked` holds `cap`. */
function pick(a: TableAModel, rag: RagWord, picked: Set<TableARow>, cap: number): void {
  for (const g of a.groups) {
    for (const r of g.rows) {
      if (picked.size >= cap) return;
      if (r.rag === rag) picked.add(r);
    }
  }
}

const plural = (n: number, word: string): string =>
  `${n.toLocaleString('en-GB')} ${word}${n === 1 ? '' : 's'}`;

function noteFor(total: number, shown: number, all: RagCount): string {
  const exceptions = all.Red + all.Amber;
  const which =
    shown === exceptions
      ? `all ${plural(exceptions, 'indicator')} rated Red or Amber`
      : `the first ${plural(shown, 'indicator')} rated Red${all.Red < shown ? ' or Amber' : ''} ` +
        `(of ${all.Red.toLocaleString('en-GB')} Red and ${all.Amber.toLocaleString('en-GB')} Amber)`;
  return (
    `Table A has ${plural(total, 'indicator')}, more than a paper can list: it shows ${which}, ` +
    `and the count of every rating by outcome below. The full table is on the workbook's Table A ` +
    `sheet and in the HTML and CSV exports.`
  );
}

export function tableAForWord(a: TableAModel, cap = WORD_TABLE_A_ROWS): WordTableA {
  const counts = a.groups.map((g) => ({ group: g.title, count: countRows(g.rows) }));
  const all = emptyCount();
  for (const { count } of counts) {
    for (const k of ['Green', 'Amber', 'Red', 'Not rated', 'total'] as const) all[k] += count[k];
  }
  if (all.total <= cap) return { model: a, note: null, counts: null };
  const picked = new Set<TableARow>();
  pick(a, 'Red', picked, cap);
  pick(a, 'Amber', picked, cap);
  const groups = a.groups
    .map((g) => ({ title: g.title, rows: g.rows.filter((r) => picked.has(r)) }))
    .filter((g) => g.rows.length > 0);
  counts.push({ group: 'All indicators', count: all });
  return { model: { ...a, groups }, note: noteFor(all.total, picked.size, all), counts };
}
