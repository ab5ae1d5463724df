/**
 * A row that plainly holds an indicator's figures, wherever it is: an NI code alone in a cell
 * ("NI 117", "NI117") and figures beside it. Used to tell the officer of such rows that no
 * table took in (stray-rows.ts).
 */
import { readCodeCell } from '../catalogue/codes';
import type { SheetView } from './sheet-view';

const NI_CODE_ALONE = /^N\.?\s?I\.?\s?-?\s?\d{1,3}[a-h]?$/i;

/**
 * The column of the row's NI code, among its filled cells in [c0, c1], when at least `figures`
 * figures stand beside it.
 */
export function codedRowAt(view: SheetView, r: number, c0: number, c1: number, figures = 1): number | null {
  const filled = view.filledIn(r, c0, c1);
  if (filled.length < 1 + figures) return null;
  let code: number | null = null;
  let found = 0;
  for (const c of filled) {
    const v = view.value(r, c);
    if (code === null && typeof v === 'string' && NI_CODE_ALONE.test(v.trim()) && readCodeCell(v) !== null)
      code = c;
    else if (typeof v === 'number' || (typeof v === 'string' && /\d/.test(v) && v.length <= 30)) found++;
  }
  return code !== null && found >= figures ? code : null;
}
