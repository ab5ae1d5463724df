/**
 * What the pane says when it opens on a workbook NI Targets has rated before: the last run's date and
 * counts, from the workbook's own record, and the rated rows edited since (made while no pane was open to
 * see them, or in an Excel that reports no edits). Nothing is re-rated on opening: the officer decides.
 */
import { useEffect, useState, type Dispatch, type SetStateAction } from 'react';
import type { Session } from '../../session/session';
import type { LastRun, StaleRows } from '../../session/run-record';
import type { PaneMessage } from './use-run';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "'CYPP Targets' rows 7 and 9" */
function rowsText(s: StaleRows): string {
  const shown = s.rows.slice(0, 5).map(String);
  const more = s.rows.length > 5 ? ` and ${s.rows.length - 5} more` : '';
  const list =
    shown.length > 1 && !more ? `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}` : shown.join(', ');
  return `'${s.sheet}' ${s.rows.length === 1 ? 'row' : 'rows'} ${list}${more}`;
}

export function lastRunMessage({ summary: s, stale }: LastRun): PaneMessage {
  const counts =
    `Last Fill RAG (${s.when}): ${plural(s.tables, 'table')}, ${plural(s.indicators, 'indicator')}: ` +
    `${s.rag.Green} Green, ${s.rag.Amber} Amber, ${s.rag.Red} Red, ${s.rag['Not rated']} not rated.`;
  if (stale.length === 0) return { intent: 'info', text: counts };
  const rows = stale.reduce((n, t) => n + t.rows.length, 0);
  return {
    intent: 'warning',
    text:
      `${counts} Out of date: ${plural(rows, 'rated row')} changed since, at ${stale.map(rowsText).join('; ')}. ` +
      'Their RAG, direction and trajectory may no longer hold: Fill RAG again.',
  };
}

/**
 * Reads the record once the pane is up (after its first paint, so the first load stays small) and says it
 * in the outcome line, unless an action the officer started has spoken first.
 */
export function useLastRun(
  session: () => Promise<Session>,
  setMessage: Dispatch<SetStateAction<PaneMessage | null>>,
  /** the workbook holds ratings already: keep them live from now, as after a Fill RAG */
  onRated: (s: Session) => void = () => undefined,
): LastRun | null {
  const [lastRun, setLastRun] = useState<LastRun | null>(null);
  useEffect(() => {
    let open = true;
    // after the pane has painted: the session and its engine are never part of the first load
    const timer = setTimeout(() => {
      session()
        .then(async (s) => {
          const r = await s.lastRun();
          if (!open || !r) return;
          setLastRun(r);
          setMessage((m) => m ?? lastRunMessage(r));
          onRated(s);
        })
        // no workbook yet (the workbench before a file is opened), or a record that cannot be read: say nothing
        .catch(() => undefined);
    }, 0);
    return () => {
      open = false;
      clearTimeout(timer);
    };
  }, [session, setMessage, onRated]);
  return lastRun;
}
