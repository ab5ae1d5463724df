/** The pane's actions, each one run() with its label, its work on the session and its closing message. */
import type { ReportsOutcome, Session } from '../../session/session';
import type { AnalysisSummary, TableRef } from '../../session/summary';
import { describeRemoval, type OutputToRemove } from '../../session/remove-output';
import { rangeA1 } from '../../engine/model/a1';
import type { ExportFile } from '../../session/export-files';
import type { Finding } from '../../engine/model/findings';
import type { Stage } from '../../session/cancel-and-yield';
import type { Download } from './download';
import type { SavedSettings } from './settings-form';
import { outcomeText, summaryText } from './outcome-text';
import type { PaneMessage, Run } from './use-run';

export type ExportKind = 'docx' | 'html' | 'csv';

const opts = (signal: AbortSignal, onStage: (st: Stage) => void) => ({ signal, onStage });

/**
 * After building, the officer lands on the report (Table A's first cell), not the source sheet they
 * were on; a workbook with no targets table gets no Table A and stays where it was.
 */
async function showReport<R extends ReportsOutcome>(s: Session, r: R): Promise<R> {
  const at = r.addedSheets.length > 0 ? { sheet: r.addedSheets[0], cell: 'A1' } : r.firstCell;
  if (at) await s.showFinding(at);
  return r;
}

/** Validate, fill RAG, run all, build Table A & B: one pass each over the workbook. */
export function passActions(run: Run, onRated: (s: Session) => void = () => undefined) {
  return {
    validate: () =>
      run(
        'Validate',
        (s, sig, st) => s.validate(opts(sig, st)),
        (r) => ({ intent: 'success', text: summaryText(r) }),
      ),
    rate: () =>
      run(
        'Fill RAG',
        async (s, sig, st) => {
          const r = await s.rate(opts(sig, st));
          onRated(s);
          return r;
        },
        (r) => ({ intent: 'success', text: outcomeText(r) }),
      ),
    runAll: () =>
      run(
        'Run all',
        async (s, sig, st) => {
          const r = await s.runAll(opts(sig, st));
          onRated(s);
          return showReport(s, r);
        },
        (r) => ({ intent: 'success', text: outcomeText(r) }),
      ),
    buildReports: () =>
      run(
        'Build Table A & B',
        async (s, sig, st) => showReport(s, await s.buildReports(opts(sig, st))),
        (r) => ({ intent: 'success', text: outcomeText(r) }),
      ),
  };
}

/** Exports: the files are made by the session and handed to saveFiles for download. */
export function exportActions(run: Run, saveFiles: (files: ExportFile[]) => Download[]) {
  return {
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
  };
}

/** Adding the selection as a table, or leaving a recognised table out (listed to include again). */
export function tableActions(run: Run, setExcluded: (t: TableRef[]) => void) {
  return {
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
        async (s, sig, st) => {
          const r = await s.excludeTable(t.ref, opts(sig, st));
          setExcluded(s.excludedTables());
          return r;
        },
        (r) => ({
          intent: 'success',
          text: `${t.sheet}!${t.range} excluded: Include, under the tables, brings it back. ${summaryText(r)}`,
        }),
      ),
  };
}

/**
 * Reading and saving the settings kept in the workbook; saving validates again with them. Reading runs
 * outside run(): opening Settings must not replace the last outcome, so only a failure is told.
 */
export function settingsActions(
  run: Run,
  session: () => Promise<Session>,
  setSettings: (s: SavedSettings) => void,
  setMessage: (m: PaneMessage) => void,
) {
  return {
    loadSettings: async () => {
      try {
        setSettings(await (await session()).settings());
      } catch (error) {
        setMessage({
          intent: 'error',
          text: `Could not read the settings: ${(error as Error).message ?? error}`,
        });
      }
    },
    saveSettings: (next: SavedSettings) =>
      run(
        'Save settings',
        async (s, sig, st) => {
          setSettings(await s.saveSettings(next));
          return s.validate(opts(sig, st));
        },
        (r) => ({ intent: 'success', text: `Settings saved in the workbook. ${summaryText(r)}` }),
      ),
  };
}

/** Selecting a finding's cell runs outside run(): no progress, and only a failure is told. */
export function showFindingAction(session: () => Promise<Session>, setMessage: (m: PaneMessage) => void) {
  return async (f: Finding) => {
    try {
      await (await session()).showFinding(f);
    } catch (error) {
      setMessage({
        intent: 'error',
        text: `Could not select ${f.sheet}!${f.cell}: ${String((error as Error).message ?? error)}`,
      });
    }
  };
}

/**
 * The way back: include an excluded table again, and remove what NI Targets wrote. Removing asks first:
 * ask() reads what the record lists (outside run(), so the last outcome stays) for the confirmation.
 */
export function restoreActions(
  run: Run,
  session: () => Promise<Session>,
  setExcluded: (t: TableRef[]) => void,
  setMessage: (m: PaneMessage) => void,
) {
  return {
    includeTable: (ref: TableRef) =>
      run(
        'Include table',
        async (s, sig, st) => {
          const r = await s.includeTable(ref, opts(sig, st));
          setExcluded(s.excludedTables());
          return r;
        },
        (r) => ({
          intent: 'success',
          text: `${ref.sheet}!${rangeA1(ref.range)} included again. ${summaryText(r)}`,
        }),
      ),
    outputToRemove: async (): Promise<OutputToRemove | null> => {
      try {
        return await (await session()).outputToRemove();
      } catch (error) {
        setMessage({
          intent: 'error',
          text: `Could not read what NI Targets wrote: ${(error as Error).message}`,
        });
        return null;
      }
    },
    removeOutput: () =>
      run(
        'Remove NI Targets output',
        (s, sig, st) => s.removeOutput(opts(sig, st)),
        (what) => {
          const said = describeRemoval(what);
          return said
            ? { intent: 'success', text: `Removed ${said}. Validate again to check the workbook.` }
            : { intent: 'info', text: 'NI Targets had written nothing to this workbook.' };
        },
      ),
  };
}
