import { useCallback, useEffect, useState, type Dispatch, type SetStateAction } from 'react';
import { startDownload, toDownload } from '../taskpane/download';
import type { WorkbookSnapshot } from '../../engine/model/snapshot';
import type { OpenWorkbook } from './browser-workbook';
import type { InitialWorkbook, OpenBytes } from './workbench-props';
import type { Selection } from './use-selection';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function visibleSheets(s: WorkbookSnapshot) {
  return s.sheets.filter((x) => x.visibility === 'visible');
}

/** The open workbook's snapshot and the sheet shown; a redraw keeps the sheet if it is still there. */
function useShownSheet() {
  const [snapshot, setSnapshot] = useState<WorkbookSnapshot | null>(null);
  const [sheet, setSheet] = useState<string | null>(null);

  const refresh = useCallback(async (b: OpenWorkbook) => {
    const s = await b.snapshot();
    setSnapshot(s);
    setSheet((old) =>
      old && s.sheets.some((x) => x.name === old) ? old : (visibleSheets(s)[0]?.name ?? null),
    );
  }, []);
  return { snapshot, sheet, setSheet, refresh };
}

/**
 * Opening a workbook from bytes (a picked or dropped file, or the initial one): the book, its snapshot
 * and shown sheet, and whether it is loading or failed. `opened` counts the books opened so far.
 */
export function useOpenWorkbook(
  open: OpenBytes,
  initial: InitialWorkbook | null,
  setSelection: Dispatch<SetStateAction<Selection | null>>,
) {
  const [book, setBook] = useState<OpenWorkbook | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [opened, setOpened] = useState(0);
  const { snapshot, sheet, setSheet, refresh } = useShownSheet();

  const openBytes = useCallback(
    async (bytes: ArrayBuffer, name: string) => {
      setLoading(true);
      setError(null);
      try {
        let b: OpenWorkbook | null = null;
        b = await open(bytes, name, () => b && void refresh(b));
        setSelection(null);
        setSheet(null);
        setBook(b);
        setOpened((n) => n + 1);
        await refresh(b);
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
      } finally {
        setLoading(false);
      }
    },
    [open, refresh, setSelection, setSheet],
  );

  useEffect(() => {
    if (initial) void openBytes(initial.bytes, initial.name);
  }, [initial, openBytes]);

  const openFile = async (file: File) => openBytes(await file.arrayBuffer(), file.name);

  /** the workbook as it is now, saved as "<name> (NI Targets).xlsx" */
  const download = async () => {
    if (!book) return;
    const name = book.name.replace(/\.xlsx$/i, '') + ' (NI Targets).xlsx';
    startDownload(toDownload({ name, mime: XLSX_MIME, data: await book.save() }));
  };

  return { book, snapshot, sheet, setSheet, error, loading, opened, openFile, download };
}
