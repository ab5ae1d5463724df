import type { WorkbookSnapshot } from '../../engine/model/snapshot';
import type { OpenWorkbook } from './browser-workbook';
import type { useWorkbench } from './use-workbench';
/** Props of the workbench's parts. Kept in a .ts file: the lint rules for .tsx misread parameter names in types. */
export interface SheetGridProps {
  /** "C7" or "B3:H40" on the shown sheet, or null */
  selection: string | null;
  onSelect(cell: string, extend: boolean): void;
}

export interface SheetTabsProps {
  snapshot: WorkbookSnapshot;
  /** the shown sheet */
  sheet: string | null;
  onSheet(name: string): void;
}

/** opens workbook bytes; onChange is called after each write so the grid can redraw */
export type OpenBytes = (bytes: ArrayBuffer, name: string, onChange: () => void) => Promise<OpenWorkbook>;

/** a workbook to open at once */
export interface InitialWorkbook {
  bytes: ArrayBuffer;
  name: string;
}

/** the workbench's state and actions, as its parts are given them */
export type Workbench = ReturnType<typeof useWorkbench>;
