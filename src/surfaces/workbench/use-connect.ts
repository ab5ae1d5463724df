import { useMemo, type Dispatch, type MutableRefObject, type SetStateAction } from 'react';
import type { Connect } from '../taskpane/use-pane';
import type { LiveSession } from '../taskpane/use-live';
import type { OpenWorkbook } from './browser-workbook';
import type { Selection } from './use-selection';

const loadSession = async () => {
  const [{ createSession }, { browserEngine }] = await Promise.all([
    import(/* webpackChunkName: "session" */ '../../session/session'),
    import(/* webpackChunkName: "session" */ '../browser-engine'),
  ]);
  return { createSession, browserEngine };
};

/**
 * The pane's session over the open workbook: the grid stands in for Excel's selection, so the session
 * reads the grid's selection and selects a finding's cell in it; the cell editor's edits reach the pane
 * as Excel's onChanged would.
 */
export function useConnect(
  book: OpenWorkbook | null,
  selectionRef: MutableRefObject<Selection | null>,
  setSheet: Dispatch<SetStateAction<string | null>>,
  setSelection: Dispatch<SetStateAction<Selection | null>>,
): Connect {
  return useMemo(() => {
    const current = book;
    return async () => {
      if (!current) throw new Error('open a workbook first');
      const { createSession, browserEngine } = await loadSession();
      const session = createSession(
        current.gateway,
        {
          selectCell: async (s, cell) => {
            setSheet(s);
            setSelection({ sheet: s, range: cell });
          },
          getSelection: async () => selectionRef.current,
        },
        browserEngine(),
      );
      // the grid's cell editor stands in for Excel's onChanged, so the pane re-rates live here too
      const live: LiveSession = {
        ...session,
        watchChanges: async (onChange) => {
          const stop = current.watchEdits((sheet, address) => onChange({ sheet, address }));
          return async () => stop();
        },
      };
      return live;
    };
  }, [book, selectionRef, setSheet, setSelection]);
}
