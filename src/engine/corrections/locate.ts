/**
 * Finding a correction's table again. The header's first row is looked for by its texts, nearest the
 * place it was recorded at, so rows (or columns) inserted above or beside the table move the correction
 * with it; a header whose texts changed (a column deleted) is looked for where it was.
 */
import type { IndicatorTable, RecognisedTable } from '../model/tables';
import type { SheetView } from '../recognise/sheet-view';
import type { TableCorrection } from './types';

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** The texts of one row across columns c0..c1. */
export function rowTexts(view: SheetView, row: number, c0: number, c1: number): string[] {
  const out: string[] = [];
  for (let c = c0; c <= c1; c++) out.push(view.text(row, c));
  return out;
}

function matchesAt(view: SheetView, texts: readonly string[], row: number, col: number): boolean {
  for (let i = 0; i < texts.length; i++) if (norm(view.text(row, col + i)) !== norm(texts[i])) return false;
  return true;
}

/** Column shifts tried, nearest first: the table may have moved sideways when columns were inserted. */
const SIDEWAYS = [0, 1, -1, 2, -2, 3, -3];

/** Where the correction's header row is now, by its texts; null when no row of the sheet has them. */
export function locateAnchor(c: TableCorrection, view: SheetView): { row: number; col: number } | null {
  if (c.anchorTexts.every((t) => t.trim() === '')) return null;
  let best: { row: number; col: number } | null = null;
  for (const dc of SIDEWAYS) {
    const col = c.anchor.col + dc;
    if (col < 0) continue;
    for (let r = view.firstRow; r <= view.lastRow; r++) {
      if (!matchesAt(view, c.anchorTexts, r, col)) continue;
      if (!best || Math.abs(r - c.anchor.row) < Math.abs(best.row - c.anchor.row)) best = { row: r, col };
    }
    if (best) return best;
  }
  return null;
}

function holds(t: RecognisedTable, row: number, col: number): boolean {
  return t.range.r0 <= row && row <= t.range.r1 && t.range.c0 <= col && col <= t.range.c1;
}

/**
 * The targets table a correction belongs to: the one whose header starts at the located anchor, else
 * (its header's texts changed) the one standing where it was recorded.
 */
export function tableFor(
  c: TableCorrection,
  tables: readonly RecognisedTable[],
  located: { row: number; col: number } | null,
): IndicatorTable | null {
  const onSheet = tables.filter((t): t is IndicatorTable => t.kind === 'targets' && t.sheet === c.sheet);
  const at = located ?? c.anchor;
  return (
    onSheet.find((t) => t.headerRows.includes(at.row) && holds(t, at.row, at.col)) ??
    onSheet.find((t) => holds(t, at.row, at.col)) ??
    null
  );
}

export const sameText = (a: string, b: string): boolean => norm(a) === norm(b);
