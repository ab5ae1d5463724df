/**
 * Table A as a sheet: title, "As at" date, a two-row header (bands such as "Past
 * performance" merged over their columns), outcome heading rows, one row per
 * indicator with its code linked to the source row, RAG cells filled and worded,
 * the legend underneath, and print set-up for a board paper.
 */
import { a1 } from '../model/a1';
import type { CellStyle, WriteOp } from '../model/plan';
import type { TableAColumn, TableAModel } from '../report/types';
import { reportPageSetup } from './print-setup';
import {
  addLegend,
  addTitle,
  BODY_STYLE,
  GROUP_STYLE,
  heightFor,
  linesFor,
  REPORT_HEADER_STYLE,
  SheetGrid,
} from './report-sheets';
import { RAG_STYLES, type RagStyleKey } from './styles';
import { summaryCounts } from '../report/summary-counts';
import { addSummary } from './summary-block';

const WIDTHS: Record<TableAColumn['kind'], number> = {
  code: 11,
  description: 48,
  // "36.2 per 1,000" on one line
  actual: 14,
  target: 14,
  comparator: 14,
  comparison: 12,
  rag: 16,
  direction: 15,
  trajectory: 22,
  movement: 16,
};

/** Figures read best centred under their year; text columns stay left. */
const CENTRED = new Set<TableAColumn['kind']>([
  'actual',
  'target',
  'comparator',
  'comparison',
  'rag',
  'direction',
  'trajectory',
  'movement',
]);

function ragKey(text: string | undefined): RagStyleKey | null {
  if (!text) return null;
  const word = text.split(/[\s:(]/)[0];
  if (word === 'Green' || word === 'Amber' || word === 'Red') return word;
  return text.startsWith('Not rated') ? 'Not rated' : null;
}

/** Consecutive columns under the same band: [first, last, band]. */
function bandRuns(columns: TableAColumn[]): [number, number, string | null][] {
  const runs: [number, number, string | null][] = [];
  columns.forEach((c, i) => {
    const last = runs[runs.length - 1];
    if (last && c.band !== null && last[2] === c.band) last[1] = i;
    else runs.push([i, i, c.band]);
  });
  return runs;
}

function addHeader(grid: SheetGrid, columns: TableAColumn[]): [number, number] {
  const runs = bandRuns(columns);
  const bandCells: (string | null)[] = columns.map(() => null);
  for (const [first, , band] of runs) bandCells[first] = band ?? columns[first].header;
  const heads = columns.map((c) => (c.band === null ? null : c.header));
  const headLines = Math.max(...heads.map((h, i) => (h ? linesFor(h, grid.widths[i]) : 1)));
  const bandRow = grid.add(bandCells, heightFor(1) + 3);
  const headRow = grid.add(heads, heightFor(headLines) + 3);
  for (const [first, last, band] of runs) {
    // a column with no band takes both header rows, as "Description" does in Bromley's table
    if (band === null) grid.merge(bandRow, first, headRow, first);
    else grid.merge(bandRow, first, bandRow, last);
  }
  grid.style(bandRow, 0, headRow, columns.length - 1, REPORT_HEADER_STYLE);
  return [bandRow, headRow];
}

// one style object per RAG word, shared by every run: a copy per run was 100k objects on a 100k-row table
const RAG_RUN_STYLES = Object.fromEntries(
  Object.entries(RAG_STYLES).map(([k, style]) => [k, { ...style, bold: k !== 'Not rated' }]),
) as Record<RagStyleKey, CellStyle>;

/** Style ops for runs of equal RAG down the column, so 100k rows do not make 100k ops. */
function ragStyles(grid: SheetGrid, col: number, keys: (RagStyleKey | null)[], firstRow: number[]): void {
  let start = 0;
  for (let i = 1; i <= keys.length; i++) {
    const contiguous = i < keys.length && firstRow[i] === firstRow[i - 1] + 1;
    if (i < keys.length && keys[i] === keys[start] && contiguous) continue;
    const key = keys[start];
    if (key) grid.style(firstRow[start], col, firstRow[i - 1], col, RAG_RUN_STYLES[key]);
    start = i;
  }
}

export function tableASheetOps(model: TableAModel, sheet: string): WriteOp[] {
  const { columns } = model;
  const widths = columns.map((c) => WIDTHS[c.kind]);
  const grid = new SheetGrid(sheet, widths);
  addTitle(grid, model.title, model.asOf);
  const [bandRow, headRow] = addHeader(grid, columns);

  const links: WriteOp[] = [];
  const ragCol = columns.findIndex((c) => c.kind === 'rag');
  const ragRows: number[] = [];
  const ragKeys: (RagStyleKey | null)[] = [];
  const groupRows: number[] = [];
  const bodyFrom = grid.next;
  for (const group of model.groups) {
    const g = grid.add([group.title], 18);
    grid.merge(g, 0, g, columns.length - 1);
    groupRows.push(g);
    for (const row of group.rows) {
      const texts = columns.map((c) =>
        c.kind === 'code' ? row.code : c.kind === 'description' ? row.description : (row.cells[c.key] ?? ''),
      );
      const lines = Math.max(...texts.map((t, i) => linesFor(t, widths[i])));
      const r = grid.add(texts, heightFor(lines));
      links.push({
        op: 'link',
        sheet,
        cell: a1(r, 0),
        text: row.code || 'Source',
        toSheet: row.source.sheet,
        toCell: row.source.cell,
      });
      if (ragCol >= 0) {
        ragRows.push(r);
        ragKeys.push(ragKey(row.cells.rag));
      }
    }
  }
  const bodyTo = grid.next - 1;
  if (bodyTo >= bodyFrom) {
    grid.style(bodyFrom, 0, bodyTo, columns.length - 1, BODY_STYLE);
    columns.forEach((c, i) => {
      if (CENTRED.has(c.kind)) grid.style(bodyFrom, i, bodyTo, i, { hAlign: 'center' } satisfies CellStyle);
    });
    if (ragCol >= 0) ragStyles(grid, ragCol, ragKeys, ragRows);
    // after the body style, so headings keep their own alignment
    for (const g of groupRows) grid.style(g, 0, g, columns.length - 1, GROUP_STYLE);
  }
  // the counts with in-cell bars under the table, before the notes that explain it
  addSummary(grid, summaryCounts(model));
  addLegend(grid, model.legend);

  const excelHeader: [number, number] = [bandRow + 1, headRow + 1];
  return grid.ops({
    links,
    freezeRows: headRow + 1,
    pageSetup: { op: 'pageSetup', sheet, setup: reportPageSetup(excelHeader, model.title) },
  });
}
