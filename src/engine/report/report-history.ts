/**
 * "Since last time": every report records each indicator's RAG and the report date in
 * the add-in's own record (the registry sheet, kind 'rating'), so the next report can
 * show the RAG at the report before and whether it moved.
 *
 * One entry per indicator: sheet = its source sheet, range = its key (the code, or
 * "title: ..." for a row without one), detail = "2010-06-30: Red; 2010-03-31: Green",
 * this report first, then the one it was compared with. The earlier report is the
 * latest recorded with a date before this report's: a report made again the same day
 * (a corrected figure, a re-run) replaces that day's record and still compares with
 * the report before, so the same data on the same day gives the same workbook.
 */
import type { Registry, RegistryEntry } from '../ownership/registry';
import { replaceEntries } from '../ownership/registry';
import type { RagWord, TableARow } from './types';

export const RATING_KIND = 'rating';

export type RecordedRag = RagWord | 'Not rated';

export interface RatingRecord {
  /** report date, yyyy-mm-dd */
  date: string;
  rag: RecordedRag;
}

/** What earlier reports recorded, by source sheet and indicator key. */
export interface ReportHistory {
  readonly records: ReadonlyMap<string, readonly RatingRecord[]>;
}

export const NO_HISTORY: ReportHistory = { records: new Map() };

const RECORD = /^(\d{4}-\d{2}-\d{2}): (Green|Amber|Red|Not rated)$/;

function mapKey(sheet: string, key: string): string {
  // Excel sheet names are case-insensitive
  return `${sheet.toLowerCase()}\u0000${key}`;
}

export function parseRecords(detail: string): RatingRecord[] {
  const out: RatingRecord[] = [];
  for (const part of detail.split(';')) {
    const m = RECORD.exec(part.trim());
    if (m) out.push({ date: m[1], rag: m[2] as RecordedRag });
  }
  return out;
}

function formatRecords(records: readonly RatingRecord[]): string {
  return records.map((r) => `${r.date}: ${r.rag}`).join('; ');
}

export function readHistory(registry: Registry): ReportHistory {
  const records = new Map<string, RatingRecord[]>();
  for (const e of registry.entries) {
    if (e.kind !== RATING_KIND) continue;
    const list = parseRecords(e.detail);
    if (list.length > 0) records.set(mapKey(e.sheet, e.range), list);
  }
  return { records };
}

/**
 * Each row's key on its sheet: its code, or its title for a row without one; a key met
 * again on the same sheet (one code in two tables) takes " #2", " #3" in table order.
 */
export class RowKeys {
  private readonly seen = new Map<string, number>();

  next(sheet: string, row: Pick<TableARow, 'code' | 'description' | 'local'>): string {
    const own = row.code && !(row.local && row.code === 'Local') ? row.code : `title: ${row.description}`;
    const k = mapKey(sheet, own);
    const n = (this.seen.get(k) ?? 0) + 1;
    this.seen.set(k, n);
    return n === 1 ? own : `${own} #${n}`;
  }
}

/** The latest record dated before `asOf`: the report this one is compared with. */
export function previousRecord(
  history: ReportHistory,
  sheet: string,
  key: string,
  asOf: string,
): RatingRecord | null {
  let best: RatingRecord | null = null;
  for (const r of history.records.get(mapKey(sheet, key)) ?? []) {
    if (r.date < asOf && (best === null || r.date > best.date)) best = r;
  }
  return best;
}

/** A row of this report: where it came from, its key, its RAG and what it is compared with. */
export interface RowRecord {
  sheet: string;
  key: string;
  rag: RecordedRag;
  previous: RatingRecord | null;
}

/** The registry with this report's ratings recorded; indicators not in this report keep theirs. */
export function withRatingRecords(registry: Registry, rows: readonly RowRecord[], asOf: string): Registry {
  const written = new Set(rows.map((r) => mapKey(r.sheet, r.key)));
  const add: RegistryEntry[] = rows.map((r) => ({
    kind: RATING_KIND,
    sheet: r.sheet,
    range: r.key,
    detail: formatRecords([{ date: asOf, rag: r.rag }, ...(r.previous ? [r.previous] : [])]),
  }));
  return replaceEntries(
    registry,
    (e) => !(e.kind === RATING_KIND && written.has(mapKey(e.sheet, e.range))),
    add,
  );
}

const ORDER: Record<RagWord, number> = { Red: 0, Amber: 1, Green: 2 };

export type Movement = 'Improved' | 'Same' | 'Declined';

/** Red to Amber or Green, Amber to Green: Improved; the reverse: Declined; null when either is not rated. */
export function movementOf(then: RecordedRag, now: RagWord | null): Movement | null {
  if (then === 'Not rated' || now === null) return null;
  const d = ORDER[now] - ORDER[then];
  return d > 0 ? 'Improved' : d < 0 ? 'Declined' : 'Same';
}

const MOVEMENT_ARROWS: Readonly<Record<Movement, string>> = {
  Improved: '▲',
  Same: '►',
  Declined: '▼',
};

/** "▲ Improved": the arrow for a glance, the word so colour and shape are never alone. */
export function movementText(m: Movement | null): string {
  return m === null ? '' : `${MOVEMENT_ARROWS[m]} ${m}`;
}
