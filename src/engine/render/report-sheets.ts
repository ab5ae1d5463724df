/**
 * Building blocks shared by the Table A and Table B sheets: a grid of values laid
 * out row by row, the title and "As at" rows, the legend under the table, and row
 * heights worked out from wrapped text (Excel does not grow rows written by a
 * program, so a wrapped description would otherwise show one line).
 */
import { settle } from '../rate/explain';
import { a1 } from '../model/a1';
import type { CellStyle, WriteOp } from '../model/plan';
import type { CellValue } from '../model/snapshot';
import { longDate } from '../model/dates';
import { HEADER_STYLE, NOTE_STYLE } from './styles';

/** Points per line of 11 pt text, and the narrowest row Excel draws by default. */
const LINE_HEIGHT = 15;
/**
 * Column width units are the width of a digit in the default font; prose averages a
 * little narrower, so a column holds about 1.1 characters of text per unit, less padding.
 */
const CHARS_PER_UNIT = 1.1;
const CHAR_MARGIN = 1;

export const TITLE_STYLE: CellStyle = { bold: true, fontSize: 14 };
export const AS_AT_STYLE: CellStyle = { italic: true };
/** Header rows: the shared header look with a fill and borders, so they read as a header on paper. */
export const REPORT_HEADER_STYLE: CellStyle = {
  ...HEADER_STYLE,
  fill: '#DCE6F1',
  border: 'thin',
  hAlign: 'center',
};
export const GROUP_STYLE: CellStyle = { bold: true, fill: '#F2F2F2', wrap: true, vAlign: 'middle' };
export const BODY_STYLE: CellStyle = { wrap: true, vAlign: 'top', border: 'thin' };

/** Lines a text takes in a column of `width` characters, counting its own line breaks. */
export function linesFor(text: string, width: number): number {
  const per = Math.max(1, Math.floor(width * CHARS_PER_UNIT - CHAR_MARGIN));
  // most cells have no line breaks: no need to split them
  if (text.indexOf('\n') < 0) return Math.max(1, Math.ceil(text.length / per));
  let lines = 0;
  for (const para of text.split('\n')) lines += Math.max(1, Math.ceil(para.length / per));
  return lines;
}

export function heightFor(lines: number): number {
  return Math.max(1, lines) * LINE_HEIGHT;
}

/**
 * A sheet's cells as they are laid out, written with one values op. Cells inside
 * merged areas stay null, as Excel keeps only an area's top-left value.
 */
export class SheetGrid {
  readonly rows: CellValue[][] = [];
  readonly heights: { row: number; height: number }[] = [];
  readonly merges: string[] = [];
  readonly styles: { range: string; style: CellStyle }[] = [];

  constructor(
    readonly sheet: string,
    readonly widths: number[],
  ) {}

  get width(): number {
    return this.widths.length;
  }

  /** 0-based index of the next row. */
  get next(): number {
    return this.rows.length;
  }

  add(cells: (string | null)[], height?: number): number {
    const row: CellValue[] = new Array<CellValue>(this.width).fill(null);
    cells.forEach((c, i) => (row[i] = c === '' ? null : c));
    this.rows.push(row);
    const r = this.rows.length - 1;
    if (height !== undefined) this.heights.push({ row: r, height });
    return r;
  }

  /** A row whose one text spans every column: title, "As at", group heading, legend line. */
  addSpanning(text: string, style: CellStyle, lineHeight = LINE_HEIGHT, wrap = false): number {
    const total = this.widths.reduce((s, w) => s + w, 0);
    const lines = wrap ? linesFor(text, total) : 1;
    const r = this.add([text], Math.max(lineHeight, heightFor(lines)));
    this.merge(r, 0, r, this.width - 1);
    this.style(r, 0, r, this.width - 1, wrap ? { ...style, wrap: true, vAlign: 'top' } : style);
    return r;
  }

  merge(r0: number, c0: number, r1: number, c1: number): void {
    if (r0 !== r1 || c0 !== c1) this.merges.push(settle(`${a1(r0, c0)}:${a1(r1, c1)}`));
  }

  style(r0: number, c0: number, r1: number, c1: number, style: CellStyle): void {
    // settled: past row 99,999 a range is long enough for V8 to keep it as its two halves
    this.styles.push({ range: settle(`${a1(r0, c0)}:${a1(r1, c1)}`), style });
  }

  /** Values first, then merges and styles (plan.ts ordering), then the sheet's layout. */
  ops(extra: { links: WriteOp[]; freezeRows: number; pageSetup: WriteOp }): WriteOp[] {
    const { sheet } = this;
    const ops: WriteOp[] = [
      { op: 'values', sheet, range: `A1:${a1(this.rows.length - 1, this.width - 1)}`, values: this.rows },
      ...extra.links,
      ...this.merges.map((range): WriteOp => ({ op: 'merge', sheet, range })),
      ...this.styles.map(({ range, style }): WriteOp => ({ op: 'style', sheet, range, style })),
      { op: 'columnWidths', sheet, widths: this.widths.map((width, col) => ({ col, width })) },
      { op: 'rowHeights', sheet, heights: this.heights },
      { op: 'freeze', sheet, rows: extra.freezeRows, cols: 0 },
      extra.pageSetup,
    ];
    return ops;
  }
}

/** Title and "As at 22 November 2026": a report date, never a time stamp. */
export function addTitle(grid: SheetGrid, title: string, asOf: string): void {
  grid.addSpanning(title, TITLE_STYLE, 21);
  grid.addSpanning(`As at ${longDate(asOf)}`, AS_AT_STYLE);
}

/** One blank row, then the legend lines, each spanning the table and wrapped. */
export function addLegend(grid: SheetGrid, lines: string[]): void {
  if (lines.length === 0) return;
  grid.add([]);
  grid.addSpanning('Notes', { bold: true });
  for (const line of lines) grid.addSpanning(line, NOTE_STYLE, LINE_HEIGHT, true);
}
