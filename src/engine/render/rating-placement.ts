/**
 * Where one table's RAG | Direction | Trajectory columns go: the table's own columns
 * when every cell to be written there is free, else a block of free columns from just
 * right of the table, with a notice when that block had to move further right.
 */
import type { ColumnRole, IndicatorTable } from '../model/tables';
import { a1 } from '../model/a1';
import { freeBlock, isFree, officerLastCol, type SheetState } from './rating-sheet';
import { KINDS, movedNotice, noFreeColumnsNotice, ownColumnNotice, type Kind } from './rating-texts';

const OWN_ROLE: Record<Kind, ColumnRole> = {
  rag: 'status',
  direction: 'direction',
  trajectory: 'trajectory',
};
const WIDTHS: Record<Kind, number> = { rag: 22, direction: 15, trajectory: 30 };

/** The rows a table's rating columns span. */
export interface TableRows {
  dataRows: number[];
  /** first header row (or the table's first row) */
  top: number;
  /** last data row (or the table's last row) */
  bottom: number;
}

export interface RatingColumn {
  col: number;
  /** one of the table's own columns, whose officer-written header stays */
  own: boolean;
}

export type RatingColumns = Record<Kind, RatingColumn>;

interface BlockedOwn {
  kind: Kind;
  col: number;
  header: string;
}

/** The table's own rating columns that are free to write; those that hold the officer's entries. */
function ownColumns(
  st: SheetState,
  table: IndicatorTable,
  dataRows: number[],
): { columns: Partial<RatingColumns>; blockedOwn: BlockedOwn[] } {
  const columns: Partial<RatingColumns> = {};
  const blockedOwn: BlockedOwn[] = [];
  for (const kind of KINDS) {
    const c = table.columns.find((x) => x.role === OWN_ROLE[kind]);
    if (!c) continue;
    if (dataRows.every((row) => isFree(st, row, c.col))) columns[kind] = { col: c.col, own: true };
    else blockedOwn.push({ kind, col: c.col, header: c.header });
  }
  return { columns, blockedOwn };
}

/** Widths for the block's columns that lie beyond the officer's own data. */
function blockWidths(st: SheetState, start: number, kinds: Kind[]): void {
  for (let c = start; c < start + kinds.length; c++) {
    if (c > officerLastCol(st)) st.widths.push({ col: c, width: WIDTHS[kinds[c - start]] });
  }
}

/**
 * The column for each kind, and the notices saying where they went; null columns
 * when no block of free columns is left right of the table (it is then not rated).
 */
export function placeColumns(
  st: SheetState,
  table: IndicatorTable,
  rows: TableRows,
): { columns: RatingColumns | null; notices: string[] } {
  const { columns, blockedOwn } = ownColumns(st, table, rows.dataRows);
  const blockKinds = KINDS.filter((k) => !columns[k]);
  if (blockKinds.length === 0) return { columns: columns as RatingColumns, notices: [] };
  const wanted = table.range.c1 + 1;
  const start = freeBlock(st, wanted, blockKinds.length, rows.top, rows.bottom);
  if (start < 0) {
    return { columns: null, notices: [noFreeColumnsNotice(st.name, a1(table.range.r0, table.range.c0))] };
  }
  blockKinds.forEach((k, i) => (columns[k] = { col: start + i, own: false }));
  const notices = start === wanted ? [] : [movedNotice(st.name, wanted, start, blockKinds.length)];
  for (const b of blockedOwn) {
    notices.push(ownColumnNotice(st.name, b.kind, b.col, b.header, columns[b.kind]!.col));
  }
  blockWidths(st, start, blockKinds);
  return { columns: columns as RatingColumns, notices };
}
