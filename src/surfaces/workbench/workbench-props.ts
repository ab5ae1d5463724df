import type { OpenWorkbook } from './browser-workbook';
/** Props of the workbench's parts. Kept in a .ts file: the lint rules for .tsx misread parameter names in types. */
export interface SheetGridProps {
  /** "C7" or "B3:H40" on the shown sheet, or null */
  selection: string | null;
  onSelect(cell: string, extend: boolean): void;
}

/** opens workbook bytes; onChange is called after each write so the grid can redraw */
export type OpenBytes = (bytes: ArrayBuffer, name: string, onChange: () => void) => Promise<OpenWorkbook>;
