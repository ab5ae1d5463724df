import { useMemo, type Dispatch, type MutableRefObject, type SetStateAction } from 'react';
import type { Connect } from '../taskpane/use-pane';
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
 * reads the grid's selection and selects a finding's cell in it.
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
      return createSession(
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
    };
  }, [book, selectionRef, setSheet, setSelection]);
}
