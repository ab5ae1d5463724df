import { useConnect } from './use-connect';
import { useOpenWorkbook } from './use-open-workbook';
import { useSelection } from './use-selection';
import type { InitialWorkbook, OpenBytes } from './workbench-props';

/** The open workbook, the grid's selection, and the session the pane connects to over them. */
export function useWorkbench(open: OpenBytes, initial: InitialWorkbook | null) {
  const { selection, setSelection, selectionRef, select } = useSelection();
  const file = useOpenWorkbook(open, initial, setSelection);
  const connect = useConnect(file.book, selectionRef, file.setSheet, setSelection);
  return {
    ...file,
    selection,
    onSelect: (cell: string, extend: boolean) => select(file.sheet, cell, extend),
    connect,
    /** the officer's edit of one cell, from the cell editor */
    editCell: async (sheet: string, cell: string, text: string) => file.book?.edit(sheet, cell, text),
  };
}
