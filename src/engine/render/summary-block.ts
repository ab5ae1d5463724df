/**
 * The summary on the workbook's Table A sheet: RAG counts by outcome group and
 * direction-of-travel counts, each count followed by a bar of block characters as
 * long as its share of the largest count. The bars are text in cells, so both
 * gateways (Office.js and the .xlsx file) write them as they write any value, every
 * Excel shows them without charts or conditional formats, and they print. The RAG
 * columns carry their word in the header and their colour in the fill.
 */
import type { CellStyle } from '../model/plan';
import { DIRECTION_ARROW, RAG_ORDER, shownDirections, type SummaryCounts } from '../report/summary-counts';
import { BODY_STYLE, REPORT_HEADER_STYLE, SheetGrid } from './report-sheets';
import { RAG_STYLES } from './styles';

/** Bar length in whole characters at the largest count: fits a 14-wide column after the number. */
export const BAR_CELLS = 6;
const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/** "█████▌": count's share of max in eighths of a block; a count above nought always shows a sliver. */
export function textBar(count: number, max: number, cells = BAR_CELLS): string {
  if (count <= 0 || max <= 0) return '';
  const eighths = Math.max(1, Math.round((count / max) * cells * 8));
  return '█'.repeat(Math.floor(eighths / 8)) + EIGHTHS[eighths % 8];
}

/** "12 ████▌", or "0". */
export function countWithBar(count: number, max: number): string {
  const bar = textBar(count, max);
  return bar ? `${count.toLocaleString('en-GB')} ${bar}` : count.toLocaleString('en-GB');
}

/** The label spans the first two columns (code and description), the counts take the next ones. */
const LABEL_COLUMNS = 2;
/** label + four RAG counts + total */
export const SUMMARY_COLUMNS = LABEL_COLUMNS + RAG_ORDER.length + 1;

function labelRow(grid: SheetGrid, label: string, rest: string[]): number {
  const r = grid.add([label, null, ...rest], 16);
  grid.merge(r, 0, r, LABEL_COLUMNS - 1);
  return r;
}

function ragBlock(grid: SheetGrid, c: SummaryCounts): void {
  const head = labelRow(grid, 'RAG by outcome', [...RAG_ORDER, 'Total']);
  grid.style(head, 0, head, SUMMARY_COLUMNS - 1, REPORT_HEADER_STYLE);
  const max = Math.max(0, ...c.groups.flatMap((g) => RAG_ORDER.map((k) => g.rag[k])));
  const first = grid.next;
  for (const g of c.groups) {
    labelRow(grid, g.title, [...RAG_ORDER.map((k) => countWithBar(g.rag[k], max)), String(g.rag.total)]);
  }
  labelRow(grid, 'All indicators', [...RAG_ORDER.map((k) => String(c.all[k])), String(c.all.total)]);
  const last = grid.next - 1;
  grid.style(first, 0, last, SUMMARY_COLUMNS - 1, { ...BODY_STYLE, wrap: false, vAlign: 'middle' });
  RAG_ORDER.forEach((k, i) => grid.style(first, LABEL_COLUMNS + i, last, LABEL_COLUMNS + i, RAG_STYLES[k]));
  grid.style(last, 0, last, SUMMARY_COLUMNS - 1, { bold: true } satisfies CellStyle);
}

function directionBlock(grid: SheetGrid, c: SummaryCounts): void {
  const head = labelRow(grid, 'Direction of travel', ['Indicators']);
  grid.style(head, 0, head, LABEL_COLUMNS, REPORT_HEADER_STYLE);
  const shown = shownDirections(c);
  const max = Math.max(0, ...shown.map((d) => d.count));
  const first = grid.next;
  for (const d of shown) labelRow(grid, `${DIRECTION_ARROW[d.key]} ${d.key}`, [countWithBar(d.count, max)]);
  grid.style(first, 0, grid.next - 1, LABEL_COLUMNS, { ...BODY_STYLE, wrap: false, vAlign: 'middle' });
}

/**
 * The summary rows, from the grid's next row: a heading, RAG by outcome, a blank
 * row, direction of travel. A sheet narrower than the summary (never Table A,
 * whose ratings alone take seven columns) gets none.
 */
export function addSummary(grid: SheetGrid, counts: SummaryCounts): void {
  if (grid.width < SUMMARY_COLUMNS || counts.all.total === 0) return;
  grid.add([]);
  grid.addSpanning('Summary of ratings', { bold: true, fontSize: 12 }, 18);
  ragBlock(grid, counts);
  grid.add([]);
  directionBlock(grid, counts);
}
