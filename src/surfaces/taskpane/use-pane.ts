/**
 * The pane's state and actions over a session. The session (and with it the engine) is fetched with
 * connect() on the first action, so the pane's first load carries only React and Fluent.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Session } from '../../session/session';
import type { AnalysisSummary } from '../../session/summary';
import type { ExportFile } from '../../session/export-files';
import type { Finding } from '../../engine/model/findings';
import type { Stage } from '../../session/cancel-and-yield';
import type { EngineKind } from '../../session/engine/service';
import { startDownload, toDownload, type Download } from './download';
import type { SavedSettings } from './settings-form';
import { outcomeText, summaryText } from './outcome-text';

export type Connect = () => Promise<Session>;

export interface PaneMessage {
  intent: 'info' | 'success' | 'warning' | 'error';
  text: string;
}

export type ExportKind = 'docx' | 'html' | 'csv';

const STAGE_LABEL: Record<Stage, string> = {
  reading: 'Reading the workbook…',
  analysing: 'Checking the tables…',
  writing: 'Writing to the workbook…',
  exporting: 'Making the file…',
};

export function usePane(connect: Connect) {
  const sessionRef = useRef<Promise<Session> | null>(null);
  const controllerRef = useRef<AbortController | null>(null);
  const [summary, setSummary] = useState<AnalysisSummary | null>(null);
  const [settings, setSettings] = useState<SavedSettings | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<PaneMessage | null>(null);
  const [downloads, setDownloads] = useState<Download[]>([]);
  const [engine, setEngine] = useState<EngineKind | null>(null);

  const session = useCallback(() => (sessionRef.current ??= connect()), [connect]);

  // the engine's worker belongs to this pane: end it when the pane goes (or another workbook opens)
  useEffect(
    () => () => {
      void sessionRef.current?.then((s) => s.dispose()).catch(() => undefined);
    },
    [],
  );

  /** Runs one action with progress, cancel and a message at the end; errors become messages. */
  const run = useCallback(
    async <T>(
      label: string,
      work: (s: Session, signal: AbortSignal, onStage: (st: Stage) => void) => Promise<T>,
      done: (r: T) => PaneMessage,
    ) => {
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
        const detail = error instanceof Error ? error.message : String(error);
        const cancelled = error instanceof Error && error.name === 'AbortError';
        setMessage(
          cancelled
            ? { intent: 'info', text: detail }
            : { intent: 'error', text: `${label} failed: ${detail}` },
        );
      } finally {
        controllerRef.current = null;
        setBusy(null);
      }
    },
    [session],
  );

  const opts = (signal: AbortSignal, onStage: (st: Stage) => void) => ({ signal, onStage });

  const saveFiles = (files: ExportFile[]) => {
    const made = files.map(toDownload);
    made.forEach(startDownload);
    setDownloads((old) => [...made, ...old.filter((d) => !made.some((m) => m.name === d.name))]);
    return made;
  };

  return {
    summary,
    settings,
    busy,
    message,
    downloads,
    /** where the engine runs, once the session is connected */
    engine,
    cancel: () => controllerRef.current?.abort(),
    validate: () =>
      run(
        'Validate',
        (s, sig, st) => s.validate(opts(sig, st)),
        (r) => ({ intent: 'success', text: summaryText(r) }),
      ),
    rate: () =>
      run(
        'Fill RAG',
        (s, sig, st) => s.rate(opts(sig, st)),
        (r) => ({ intent: 'success', text: outcomeText(r) }),
      ),
    runAll: () =>
      run(
        'Run all',
        (s, sig, st) => s.runAll(opts(sig, st)),
        (r) => ({ intent: 'success', text: outcomeText(r) }),
      ),
    buildReports: () =>
      run(
        'Build Table A & B',
        (s, sig, st) => s.buildReports(opts(sig, st)),
        (r) => ({ intent: 'success', text: outcomeText(r) }),
      ),
    exportFiles: (kind: ExportKind) =>
      run(
        `Export ${kind.toUpperCase()}`,
        async (s, sig, st) => {
          const o = opts(sig, st);
          const files =
            kind === 'csv'
              ? await s.exportCsv(o)
              : [kind === 'docx' ? await s.exportDocx(o) : await s.exportHtml(o)];
          return saveFiles(files);
        },
        (made) => ({ intent: 'success', text: `Ready to download: ${made.map((d) => d.name).join(', ')}` }),
      ),
    useSelectionAsTable: () =>
      run(
        'Use selection as a table',
        (s, sig, st) => s.useSelectionAsTable(opts(sig, st)),
        (r) => ({
          intent: 'success',
          text: `Table added. ${summaryText(r)}`,
        }),
      ),
    excludeTable: (t: AnalysisSummary['tables'][number]) =>
      run(
        'Exclude table',
        (s, sig, st) => s.excludeTable(t.ref, opts(sig, st)),
        (r) => ({
          intent: 'success',
          text: `${t.sheet}!${t.range} excluded. ${summaryText(r)}`,
        }),
      ),
    loadSettings: () =>
      run(
        'Read settings',
        async (s) => setSettings(await s.settings()),
        () => ({
          intent: 'info',
          text: 'Settings read from the workbook.',
        }),
      ),
    saveSettings: (next: SavedSettings) =>
      run(
        'Save settings',
        async (s, sig, st) => {
          setSettings(await s.saveSettings(next));
          return s.validate(opts(sig, st));
        },
        (r) => ({ intent: 'success', text: `Settings saved in the workbook. ${summaryText(r)}` }),
      ),
    showFinding: async (f: Finding) => {
      try {
        await (await session()).showFinding(f);
      } catch (error) {
        setMessage({
          intent: 'error',
          text: `Could not select ${f.sheet}!${f.cell}: ${String((error as Error).message ?? error)}`,
        });
      }
    },
  };
}

export type Pane = ReturnType<typeof usePane>;
