/**
 * Keeps the ratings live once the officer has filled them: from the first successful Fill RAG (or Run
 * all) the pane watches the workbook's edits, where the host can report them, and says each re-rate or
 * "out of date" in the outcome line. Before that nothing is written on the officer's behalf.
 */
import { useCallback, useEffect, useRef } from 'react';
import {
  createLiveRerate,
  type CellChange,
  type LiveRerate,
  type LiveUpdate,
} from '../../session/live-rerate';
import type { Session } from '../../session/session';
import type { RowsRateOutcome } from '../../session/rerate-rows';
import type { PaneMessage } from './use-run';

/** A session whose host can report the officer's edits (Excel with ExcelApi 1.7 and 1.8). */
export interface LiveSession extends Session {
  watchChanges?(onChange: (c: CellChange) => void): Promise<(() => Promise<void>) | null>;
}

const where = (changed: CellChange[]) =>
  `'${changed[0].sheet}'!${changed[0].address}${changed.length > 1 ? ` and ${changed.length - 1} more` : ''}`;

/** which rows the re-rate wrote: the officer sees that nothing else was touched */
function rowsWritten(o: RowsRateOutcome): string {
  if (o.whole) return 'The rating columns moved, so all were written again.';
  if (o.rows.length === 0) return 'No rating changed.';
  const rows = o.rows.map((r) => r.row);
  const sheets = [...new Set(o.rows.map((r) => `'${r.sheet}'`))].join(', ');
  return `${rows.length === 1 ? 'Row' : 'Rows'} ${rows.join(', ')} of ${sheets} written again.`;
}

export function liveMessage(u: LiveUpdate): PaneMessage {
  if (u.kind === 'rerated') {
    const { rag } = u.outcome;
    return {
      intent: 'success',
      text:
        `Re-rated after your edit to ${where(u.changed)} (${u.ms} ms). ${rowsWritten(u.outcome)} ` +
        `In the workbook: ${rag.Green} Green, ${rag.Amber} Amber, ${rag.Red} Red, ${rag['Not rated']} not rated.` +
        (u.outcome.notices.length > 0 ? ` ${u.outcome.notices.join(' ')}` : ''),
    };
  }
  if (u.kind === 'out-of-date') {
    return {
      intent: 'warning',
      text: `Results out of date: run again. ${u.reason[0].toUpperCase()}${u.reason.slice(1)}, so the table may read differently.`,
    };
  }
  const detail = u.error instanceof Error ? u.error.message : String(u.error);
  return { intent: 'error', text: `Re-rating after your edit failed: ${detail}` };
}

/** resolves once `busy` says no action is running, looking again every 100 ms */
async function idle(busy: () => boolean): Promise<void> {
  while (busy()) await new Promise((r) => setTimeout(r, 100));
}

export function useLive(
  setMessage: (m: PaneMessage) => void,
  onRerated: (s: Session) => void,
  /** whether one of the officer's actions is running; a re-rate waits for it */
  busy: () => boolean = () => false,
) {
  const live = useRef<LiveRerate | null>(null);
  const stop = useRef<(() => Promise<void>) | null>(null);
  const report = useRef({ setMessage, onRerated, busy });
  report.current = { setMessage, onRerated, busy };

  useEffect(
    () => () => {
      live.current?.dispose();
      void stop.current?.().catch(() => undefined);
    },
    [],
  );

  /** called after each successful rating pass; starts watching once */
  return useCallback((s: LiveSession) => {
    if (live.current || !s.watchChanges) return;
    const watcher = createLiveRerate({
      session: s,
      whenIdle: () => idle(() => report.current.busy()),
      onUpdate: (u) => {
        report.current.setMessage(liveMessage(u));
        if (u.kind === 'rerated') report.current.onRerated(s);
      },
    });
    live.current = watcher;
    void s
      .watchChanges(watcher.onChange)
      .then((stopWatching) => (stop.current = stopWatching))
      .catch(() => undefined);
  }, []);
}
