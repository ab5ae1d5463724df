/**
 * Running one pane action over the session: progress, cancel and a message at the end. The session (and
 * with it the engine) is fetched with connect() on the first action, so the pane's first load carries
 * only React and Fluent.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Session } from '../../session/session';
import type { AnalysisSummary } from '../../session/summary';
import type { Stage } from '../../session/cancel-and-yield';
import type { EngineKind } from '../../session/engine/service';

export type Connect = () => Promise<Session>;

export interface PaneMessage {
  intent: 'info' | 'success' | 'warning' | 'error';
  text: string;
}

/** the work of one action: given the session, the cancel signal and a progress callback */
export type Work<T> = (s: Session, signal: AbortSignal, onStage: (st: Stage) => void) => Promise<T>;

/** runs one action and turns its result into the message shown at the end */
export type Run = <T>(label: string, work: Work<T>, done: (r: T) => PaneMessage) => Promise<void>;

const STAGE_LABEL: Record<Stage, string> = {
  reading: 'Reading the workbook…',
  analysing: 'Checking the tables…',
  writing: 'Writing to the workbook…',
  exporting: 'Making the file…',
};

/** The pane's session, connected once on first use. */
export function useSession(connect: Connect): () => Promise<Session> {
  const sessionRef = useRef<Promise<Session> | null>(null);
  const session = useCallback(() => {
    if (sessionRef.current) return sessionRef.current;
    const connecting = connect();
    sessionRef.current = connecting;
    // a connection that failed (no workbook open yet in the workbench) is tried again next time
    connecting.catch(() => {
      if (sessionRef.current === connecting) sessionRef.current = null;
    });
    return connecting;
  }, [connect]);

  // the engine's worker belongs to this pane: end it when the pane goes (or another workbook opens)
  useEffect(
    () => () => {
      void sessionRef.current?.then((s) => s.dispose()).catch(() => undefined);
    },
    [],
  );
  return session;
}

/** A cancelled run is told as news in the abort's own words; anything else as the action's failure. */
function failureMessage(label: string, error: unknown): PaneMessage {
  const detail = error instanceof Error ? error.message : String(error);
  const cancelled = error instanceof Error && error.name === 'AbortError';
  return cancelled
    ? { intent: 'info', text: detail }
    : { intent: 'error', text: `${label} failed: ${detail}` };
}

/** focus fell to the page: its control was removed (Exclude, Cancel) or disabled under it */
function focusLost(): boolean {
  const at = document.activeElement;
  return !at || at === document.body || !at.isConnected;
}

/**
 * After a run, focus stays on the control that started it (the pane's buttons stay focusable while
 * busy); when that control went away, focus moves to the outcome, so the next Tab starts from there and
 * not from the top of the page.
 */
function useOutcomeFocus(busy: string | null, message: PaneMessage | null) {
  const outcomeRef = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    if (!busy && message && focusLost()) outcomeRef.current?.focus();
  }, [busy, message]);
  return outcomeRef;
}

/** Runs one action at a time with progress, cancel and a message at the end; errors become messages. */
export function useRun(session: () => Promise<Session>) {
  const controllerRef = useRef<AbortController | null>(null);
  const [summary, setSummary] = useState<AnalysisSummary | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<PaneMessage | null>(null);
  const [engine, setEngine] = useState<EngineKind | null>(null);
  const outcomeRef = useOutcomeFocus(busy, message);

  const run: Run = useCallback(
    async <T>(label: string, work: Work<T>, done: (r: T) => PaneMessage) => {
      const controller = new AbortController();
      controllerRef.current = controller;
      setBusy(label);
      setMessage(null);
      try {
        const s = await session();
        setEngine(s.engine);
        const result = await work(s, controller.signal, (stage) => setBusy(STAGE_LABEL[stage]));
        const latest = s.lastSummary();
        if (latest) setSummary(latest);
        setMessage(done(result));
      } catch (error) {
        setMessage(failureMessage(label, error));
      } finally {
        controllerRef.current = null;
        setBusy(null);
      }
    },
    [session],
  );

  return {
    summary,
    busy,
    message,
    setMessage,
    /** where the engine runs, once the session is connected */
    engine,
    run,
    /** shows the session's latest summary (after a live re-rate) */
    refresh: (s: Session) => setSummary(s.lastSummary()),
    /** the outcome message, where focus goes when the control that started a run is gone */
    outcomeRef,
    cancel: () => controllerRef.current?.abort(),
  };
}
