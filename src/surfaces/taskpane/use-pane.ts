/**
 * The pane's state and actions over a session. The session (and with it the engine) is fetched with
 * connect() on the first action, so the pane's first load carries only React and Fluent.
 */
import { useRef, useState } from 'react';
import type { ExportFile } from '../../session/export-files';
import { startDownload, toDownload, type Download } from './download';
import type { SavedSettings } from './settings-form';
import type { TableRef } from '../../session/summary';
import {
  exportActions,
  passActions,
  restoreActions,
  settingsActions,
  showFindingAction,
  tableActions,
} from './pane-actions';
import { useRun, useSession, type Connect } from './use-run';
import { useLive } from './use-live';
import { useLastRun } from './use-last-run';
import { mapActions } from './table-map/map-actions';
import { useImportedDefinitions } from './DefinitionsImport';

export type { Connect, PaneMessage } from './use-run';
export type { ExportKind } from './pane-actions';

/** The files made so far, newest first; a file made again replaces the older one of the same name. */
function useDownloads() {
  const [downloads, setDownloads] = useState<Download[]>([]);
  const saveFiles = (files: ExportFile[]) => {
    const made = files.map(toDownload);
    made.forEach(startDownload);
    setDownloads((old) => [...made, ...old.filter((d) => !made.some((m) => m.name === d.name))]);
    return made;
  };
  return { downloads, saveFiles };
}

export function usePane(connect: Connect) {
  const session = useSession(connect);
  const { summary, busy, message, setMessage, engine, run, cancel, outcomeRef, refresh } = useRun(session);
  const busyNow = useRef(busy);
  busyNow.current = busy;
  const onRated = useLive(setMessage, refresh, () => busyNow.current !== null);
  const lastRun = useLastRun(session, setMessage, onRated);
  const [settings, setSettings] = useState<SavedSettings | null>(null);
  const { downloads, saveFiles } = useDownloads();
  /** tables excluded in this session, listed with Include */
  const [excluded, setExcluded] = useState<TableRef[]>([]);
  const definitions = useImportedDefinitions(run, session, setMessage);

  return {
    summary,
    /** the last run as the workbook records it, before this pane has run anything */
    lastRun,
    settings,
    busy,
    message,
    downloads,
    excluded,
    /** definition files imported into the workbook's record, listed with Remove */
    definitions,
    /** where the engine runs, once the session is connected */
    engine,
    cancel,
    outcomeRef,
    ...passActions(run, onRated),
    ...exportActions(run, saveFiles),
    ...tableActions(run, setExcluded),
    ...mapActions(run),
    ...restoreActions(run, session, setExcluded, setMessage),
    ...settingsActions(run, session, setSettings, setMessage),
    showFinding: showFindingAction(session, setMessage),
  };
}

export type Pane = ReturnType<typeof usePane>;
