import { useRef, useState } from 'react';
import { parseRangeA1, rangeA1 } from '../../engine/model/a1';

/** a cell ("C7") or range ("B3:H40") on a sheet */
export interface Selection {
  sheet: string;
  range: string;
}

/** A click picks one cell; with extend (shift) on the same sheet it stretches the old pick to cover it. */
export function extendSelection(
  old: Selection | null,
  sheet: string,
  cell: string,
  extend: boolean,
): Selection {
  if (!(extend && old && old.sheet === sheet)) return { sheet, range: cell };
  const a = parseRangeA1(old.range);
  const b = parseRangeA1(cell);
  const range = rangeA1({
    r0: Math.min(a.r0, b.r0),
    c0: Math.min(a.c0, b.c0),
    r1: Math.max(a.r1, b.r1),
    c1: Math.max(a.c1, b.c1),
  });
  return { sheet, range };
}

/** The selection in the grid; the ref lets the session read the latest one without connecting again. */
export function useSelection() {
  const [selection, setSelection] = useState<Selection | null>(null);
  const selectionRef = useRef(selection);
  selectionRef.current = selection;

  /** a click on a cell of the shown sheet (none shown: nothing to select) */
  const select = (sheet: string | null, cell: string, extend: boolean) => {
    if (!sheet) return;
    setSelection(extendSelection(selectionRef.current, sheet, cell, extend));
  };
  return { selection, setSelection, selectionRef, select };
}
