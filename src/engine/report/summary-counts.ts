/**
 * The board paper's summary: how many indicators are Green, Amber, Red or not
 * rated in each outcome group, and how many are improving, worsening and so on.
 * Counted from the Table A model itself, so the summary can never disagree with
 * the table printed after it: the RAG from each row, the direction from the words
 * in its direction cell ("▲ Improving"), which are what the board reads.
 */
import type { DirectionRating } from '../rate/types';
import type { RagWord, TableAModel, TableARow } from './types';

export type RagTallyKey = RagWord | 'Not rated';

/** Counts in the order a reader expects them, worst news not first but in traffic-light order. */
export const RAG_ORDER: readonly RagTallyKey[] = ['Green', 'Amber', 'Red', 'Not rated'];

export type RagTally = Record<RagTallyKey, number> & { total: number };

/** A row with no direction cell: fewer than two actuals, or none that could be compared. */
export const NO_DIRECTION = 'Not known';
export type DirectionKey = DirectionRating | typeof NO_DIRECTION;

/** Good news first, then the words used when the polarity is unknown, then the rows with none. */
export const DIRECTION_ORDER: readonly DirectionKey[] = [
  'Improving',
  'No change',
  'Worsening',
  'Increasing',
  'Decreasing',
  NO_DIRECTION,
];

/** The arrows Table A's direction cells carry, and a dash for none. */
export const DIRECTION_ARROW: Readonly<Record<DirectionKey, string>> = {
  Improving: '▲',
  Increasing: '▲',
  Worsening: '▼',
  Decreasing: '▼',
  'No change': '►',
  [NO_DIRECTION]: '–',
};

export interface SummaryCounts {
  /** one per outcome group of Table A, in its order */
  groups: { title: string; rag: RagTally }[];
  /** every row of Table A */
  all: RagTally;
  /** every direction word, in DIRECTION_ORDER, zero counts included so charts keep one shape */
  direction: { key: DirectionKey; count: number }[];
}

export const emptyTally = (): RagTally => ({ Green: 0, Amber: 0, Red: 0, 'Not rated': 0, total: 0 });

const DIRECTION_WORDS = new Set<string>(DIRECTION_ORDER);

/**
 * The direction a row's cell states: its last word or two ("▲ Improving", "► No change").
 * Anything else (a blank cell) counts as not known rather than being guessed.
 */
export function directionOf(row: TableARow): DirectionKey {
  const text = (row.cells.direction ?? '').trim();
  if (text === '') return NO_DIRECTION;
  // the arrow comes first and is decoration; the words follow it
  const words = text.replace(/^[^A-Za-z]+/, '');
  return DIRECTION_WORDS.has(words) && words !== NO_DIRECTION ? (words as DirectionRating) : NO_DIRECTION;
}

function tally(rows: TableARow[]): RagTally {
  const t = emptyTally();
  for (const r of rows) {
    t[r.rag ?? 'Not rated']++;
    t.total++;
  }
  return t;
}

export function summaryCounts(model: Pick<TableAModel, 'groups'>): SummaryCounts {
  const all = emptyTally();
  const byDirection = new Map<DirectionKey, number>(DIRECTION_ORDER.map((k) => [k, 0]));
  const groups = model.groups.map((g) => {
    const rag = tally(g.rows);
    for (const k of RAG_ORDER) all[k] += rag[k];
    all.total += rag.total;
    for (const r of g.rows) {
      const d = directionOf(r);
      byDirection.set(d, (byDirection.get(d) ?? 0) + 1);
    }
    return { title: g.title, rag };
  });
  const direction = DIRECTION_ORDER.map((key) => ({ key, count: byDirection.get(key) ?? 0 }));
  return { groups, all, direction };
}

/** "25 Green, 4 Amber, 30 Red, 74 not rated": the counts in words, zeros included. */
export function tallyWords(t: RagTally): string {
  return RAG_ORDER.map((k) => `${t[k].toLocaleString('en-GB')} ${k === 'Not rated' ? 'not rated' : k}`).join(
    ', ',
  );
}

/** The directions worth a line: the three a board expects always, the others when they occur. */
export function shownDirections(c: SummaryCounts): { key: DirectionKey; count: number }[] {
  const always = new Set<DirectionKey>(['Improving', 'No change', 'Worsening']);
  return c.direction.filter((d) => always.has(d.key) || d.count > 0);
}
