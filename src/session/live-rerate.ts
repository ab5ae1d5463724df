/**
 * Ratings that keep up with the officer's edits while the pane is open. Changes reported by the host
 * (Excel's onChanged) are gathered for a short quiet spell, then:
 *  - an edit inside a rated table's body (an actual, a target) re-rates the rows it touches
 *    (session.rerateRows): their RAG, direction and trajectory cells are written again, and only theirs;
 *  - an edit to a table's header rows (a year, a column name), or rows or columns inserted or deleted
 *    across a table, can change what the table is, so nothing is re-rated behind the officer's back:
 *    the results are marked out of date, to run again;
 *  - edits outside every table, or to the add-in's own columns, are left alone.
 * The add-in's own writes never come back as edits: the gateway switches events off while it writes.
 */
import { parseRangeA1, rangeA1 } from '../engine/model/a1';
import type { RangeRef } from '../engine/model/snapshot';
import type { Session } from './session';
import type { TableSummary } from './summary';
import type { CellChange, RowsRateOutcome } from './rerate-rows';

export type { CellChange } from './rerate-rows';

export type LiveUpdate =
  | { kind: 'rerated'; outcome: RowsRateOutcome; changed: CellChange[]; ms: number }
  | { kind: 'out-of-date'; changed: CellChange[]; reason: string }
  | { kind: 'failed'; error: unknown };

export interface LiveOptions {
  session: Pick<Session, 'rerateRows' | 'lastSummary' | 'validate'>;
  onUpdate(update: LiveUpdate): void;
  /** the quiet spell after the last edit before acting: Excel reports each committed edit (a paste as one),
   *  so this only gathers edits that land together */
  debounceMs?: number;
  now?: () => number;
  /**
   * resolves when no action of the officer's is running: a session runs one pass at a time and a new one
   * cancels the last, so an edit made during Build waits for it rather than cancelling it
   */
  whenIdle?: () => Promise<void>;
}

export interface LiveRerate {
  /** one change as the host reported it */
  onChange(change: CellChange): void;
  /** stops acting on changes (the pane closed) */
  dispose(): void;
}

type Effect = 'body' | 'header' | 'none';

const overlaps = (a: RangeRef, b: RangeRef) => a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;

/** the header rows (0-based) of a table: its map's, else its first row */
function headerRows(t: TableSummary): { r0: number; r1: number } {
  const m = /^(\d+)(?::(\d+))?$/.exec(t.map?.header ?? '');
  if (!m) return { r0: t.ref.range.r0, r1: t.ref.range.r0 };
  return { r0: Number(m[1]) - 1, r1: Number(m[2] ?? m[1]) - 1 };
}

/** What one change does to the rated tables. */
export function effectOf(change: CellChange, tables: readonly TableSummary[]): Effect {
  let area: RangeRef;
  try {
    area = parseRangeA1(change.address.replace(/^.*!/, '').replace(/\$/g, ''));
  } catch {
    return 'header'; // an address we cannot read: safer to ask for a fresh run than to guess
  }
  let effect: Effect = 'none';
  for (const t of tables) {
    if (t.kind !== 'targets' || t.sheet.toLowerCase() !== change.sheet.toLowerCase()) continue;
    // a row or column inserted or deleted anywhere on the sheet may move the table under its record
    if (change.structural) return 'header';
    if (!overlaps(area, t.ref.range)) continue;
    const h = headerRows(t);
    if (area.r0 <= h.r1 && area.r1 >= h.r0) return 'header';
    effect = 'body';
  }
  return effect;
}

function describe(changes: readonly CellChange[]): string {
  const first = changes[0];
  const more = changes.length > 1 ? ` and ${changes.length - 1} more` : '';
  let at = first.address.replace(/^.*!/, '');
  try {
    at = rangeA1(parseRangeA1(at.replace(/\$/g, '')));
  } catch {
    // whole rows or columns ("3:3", "C:C") are said as Excel gave them
  }
  return `'${first.sheet}'!${at}${more}`;
}

export function createLiveRerate({
  session,
  onUpdate,
  debounceMs = 150,
  now = Date.now,
  whenIdle = async () => undefined,
}: LiveOptions): LiveRerate {
  let pending: CellChange[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;
  let running: Promise<void> = Promise.resolve();

  async function act(changes: CellChange[]): Promise<void> {
    await whenIdle();
    // a pane opened on a workbook rated before watches from the start, before it has read the tables
    const tables = (session.lastSummary() ?? (await session.validate())).tables;
    const effects = changes.map((c) => effectOf(c, tables));
    if (effects.includes('header')) {
      const at = changes.filter((_, i) => effects[i] === 'header');
      const what = at.some((c) => c.structural)
        ? 'rows or columns of a table changed'
        : "a table's header changed";
      onUpdate({ kind: 'out-of-date', changed: at, reason: `${what} at ${describe(at)}` });
      return;
    }
    const body = changes.filter((_, i) => effects[i] === 'body');
    if (body.length === 0) return;
    const started = now();
    try {
      const outcome = await session.rerateRows(body);
      if (!stopped) onUpdate({ kind: 'rerated', outcome, changed: body, ms: now() - started });
    } catch (error) {
      if (!stopped) onUpdate({ kind: 'failed', error });
    }
  }

  return {
    onChange(change) {
      if (stopped) return;
      pending.push(change);
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        const changes = pending;
        pending = [];
        // one re-rate at a time: edits made while one runs wait for it
        running = running
          .then(() => act(changes))
          .catch((error) => {
            // a failure is told, and the next edits are still heard
            if (!stopped) onUpdate({ kind: 'failed', error });
          });
      }, debounceMs);
    },
    dispose() {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}
