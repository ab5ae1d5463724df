/**
 * A table's header as columns: each column's own header text and the band
 * written above it ("Past Performance" over five year columns). Bands come from
 * merged cells or from the officers' habit of writing a band once and leaving
 * the cells to its right blank.
 */
import type { SheetView } from './sheet-view';

export interface HeaderCell {
  col: number;
  /** text of the band over this column ('' for one-row headers) */
  band: string;
  /** first column the band covers */
  bandStart: number;
  /** the column's own header text */
  own: string;
}

export interface HeaderBlock {
  /** one or two rows, top first */
  rows: number[];
  c0: number;
  c1: number;
  cells: HeaderCell[];
}

/** Columns [from, to] a header cell covers: its merge, else itself. */
function mergeSpan(view: SheetView, row: number, col: number): number {
  const m = view.mergeAt(row, col);
  return m ? m.c1 : col;
}

/**
 * Band texts for each column of the top row: a merged cell covers its merge; an
 * unmerged one carries right over blank cells up to the next filled one.
 */
function bandsOf(view: SheetView, top: number, c0: number, c1: number): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let current = { text: '', start: c0 };
  let mergedTo = -1;
  for (let c = c0; c <= c1; c++) {
    const t = view.text(top, c);
    if (t !== '') {
      current = { text: t, start: c };
      mergedTo = view.mergeAt(top, c) ? mergeSpan(view, top, c) : -1;
    } else if (mergedTo >= 0 && c > mergedTo) {
      // a merged band ends at its merge: blanks after it belong to no band
      current = { text: '', start: c };
      mergedTo = -1;
    }
    out.push(current);
  }
  return out;
}

/**
 * With three header rows, each column's band is the nearest one over it: "Future targets" (middle row)
 * rather than "Performance" (top row), which says only what the middle row's bands are part of.
 */
function innerBands(
  view: SheetView,
  rows: number[],
  c0: number,
  c1: number,
): { text: string; start: number }[] {
  const outer = bandsOf(view, rows[0], c0, c1);
  if (rows.length < 3) return outer;
  const inner = bandsOf(view, rows[rows.length - 2], c0, c1);
  return inner.map((b, i) => (b.text !== '' ? b : outer[i]));
}

/** Own texts of the bottom row, with horizontally merged cells spread over their merge. */
function ownTexts(view: SheetView, row: number, c0: number, c1: number): string[] {
  const out: string[] = [];
  for (let c = c0; c <= c1; c++) {
    const t = view.text(row, c);
    out.push(t);
    const end = t !== '' ? Math.min(mergeSpan(view, row, c), c1) : c;
    for (let k = c + 1; k <= end; k++) out.push(t);
    c = end;
  }
  return out;
}

/** The text of a cell of the top row merged down through the bottom row (one column wide), else ''. */
function mergedDownText(view: SheetView, top: number, bottom: number, col: number): string {
  for (let r = top; r < bottom; r++) {
    const m = view.mergeAt(r, col);
    if (m && m.r1 >= bottom && m.c0 === m.c1) return view.text(r, col);
  }
  return '';
}

export function buildHeader(view: SheetView, rows: number[], c0: number, c1: number): HeaderBlock {
  const bottom = rows[rows.length - 1];
  const own = ownTexts(view, bottom, c0, c1);
  const bands = rows.length > 1 ? innerBands(view, rows, c0, c1) : null;
  const cells: HeaderCell[] = [];
  for (let c = c0; c <= c1; c++) {
    const b = bands ? bands[c - c0] : { text: '', start: c };
    // a cell merged down through both header rows shows its text only in the top row: it is the
    // column's own header, not a band over it
    const down = own[c - c0] === '' && bands ? mergedDownText(view, rows[0], bottom, c) : '';
    const o = down || own[c - c0];
    cells.push({ col: c, band: b.text === o ? '' : b.text, bandStart: b.start, own: o });
  }
  return { rows, c0, c1, cells };
}

/** Header text as the officer wrote it: band and own header joined by " / ". */
export function headerText(cell: HeaderCell): string {
  return [cell.band, cell.own].filter((t) => t !== '').join(' / ');
}

/**
 * Columns covered by the given rows (filled cells and their merges), split into
 * blocks wherever two or more empty columns separate them: side-by-side tables.
 */
export function columnBlocks(view: SheetView, rows: number[], maxGap = 1): { c0: number; c1: number }[] {
  const used = new Set<number>();
  for (const r of rows) {
    for (const c of view.filledCols(r)) {
      const end = mergeSpan(view, r, c);
      for (let k = c; k <= end; k++) used.add(k);
    }
  }
  const cols = [...used].sort((a, b) => a - b);
  const blocks: { c0: number; c1: number }[] = [];
  for (const c of cols) {
    const last = blocks[blocks.length - 1];
    if (last && c - last.c1 - 1 <= maxGap) last.c1 = c;
    else blocks.push({ c0: c, c1: c });
  }
  return blocks;
}
