/**
 * A workbook laid out as the benchmark's (bench/layouts.ts), made straight into
 * a snapshot, so a test gets the plan a big real pass writes (thousands of
 * links, styles and row heights) without writing and reading an .xlsx.
 */
import { LAYOUTS, type GenCell, type SheetSink } from '../../../bench/layouts';
import { budgetSheet } from '../../../bench/other-sheets';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../../src/engine/model/snapshot';

function plain(c: GenCell): { value: CellValue; format: string } {
  if (c === null || typeof c === 'string' || typeof c === 'number') return { value: c, format: 'General' };
  if ('error' in c) return { value: c.error, format: 'General' };
  if ('formula' in c) return { value: c.result, format: 'General' };
  return { value: c.v, format: c.fmt };
}

function sheetFrom(name: string, index: number, fill: (sink: SheetSink) => void): SheetSnapshot {
  const rows: GenCell[][] = [];
  const merges: SheetSnapshot['merges'] = [];
  fill({
    get nextRow() {
      return rows.length + 1;
    },
    add(cells) {
      rows.push(cells);
      return rows.length;
    },
    merge(r0, c0, r1, c1) {
      merges.push({ r0: r0 - 1, c0: c0 - 1, r1: r1 - 1, c1: c1 - 1 });
    },
  });
  const width = rows.reduce((n, r) => Math.max(n, r.length), 0);
  const cells = rows.map((r) => Array.from({ length: width }, (_, j) => plain(r[j] ?? null)));
  const formats = cells.map((r) => r.map((c) => c.format));
  return {
    name,
    index,
    visibility: 'visible',
    origin: { row: 0, col: 0 },
    values: cells.map((r) => r.map((c) => c.value)),
    formats: formats.some((r) => r.some((f) => f !== 'General')) ? formats : null,
    merges,
    tables: [],
    protected: false,
  };
}

/** One sheet per bench layout with `rows` indicator rows each, and a budget sheet. */
export function benchSnapshot(rows: number): WorkbookSnapshot {
  const sheets = LAYOUTS.map((layout, i) =>
    sheetFrom(`Targets ${i + 1}`, i, (sink) => void layout(sink, rows, i)),
  );
  sheets.push(sheetFrom('Budget', sheets.length, (sink) => budgetSheet(sink, 50)));
  return { name: 'bench.xlsx', sheets };
}
