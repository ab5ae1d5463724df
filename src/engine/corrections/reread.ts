/**
 * The rows of a corrected table read again with its corrected columns: figures always (a column's role or
 * year may have changed), codes and titles when the code or title column changed, the group from a group
 * column. Rows the officer excluded are left out; rows put back are read like the others.
 */
import type { IndicatorRow, IndicatorTable, TableColumn } from '../model/tables';
import type { IndicatorColumns } from '../recognise/indicator-columns';
import { indicatorRow } from '../recognise/indicator-row';
import type { ParseCache } from '../recognise/parse-cache';
import { readIdentity, type RowIdentity } from '../recognise/row-identity';
import type { SheetView } from '../recognise/sheet-view';
import { lettersToCol } from '../model/a1';

export interface RereadOptions {
  columns: TableColumn[];
  /** the code or title column changed: every row's identity is read again */
  identity: boolean;
  groupCol: number | null;
  exclude: ReadonlySet<number>;
  include: readonly number[];
  localPrefixes: ReadonlySet<string>;
  parser: ParseCache;
}

function byRole(columns: TableColumn[]): IndicatorColumns {
  const first = (role: TableColumn['role']) => columns.find((c) => c.role === role)?.col ?? null;
  return {
    columns,
    codeCol: first('code'),
    titleCol: first('title'),
    periodCol: first('period'),
    notesCols: columns.filter((c) => c.role === 'notes').map((c) => c.col),
    laaCols: [],
    valueCols: columns
      .filter((c) => c.role === 'year' || c.role === 'baseline' || c.role === 'comparator')
      .map((c) => c.col),
  };
}

const colOf = (cell: string | undefined): number | null => {
  const m = cell ? /^[A-Z]+/.exec(cell) : null;
  return m ? lettersToCol(m[0]) : null;
};

/** The identity recognition gave the row, when its code and title columns stand. */
function keptIdentity(r: IndicatorRow, codeCol: number | null): RowIdentity {
  const from = colOf(r.codeCell);
  return {
    code: r.code,
    codeAsTyped: r.codeAsTyped,
    codeFrom: from === null ? null : from === codeCol ? 'code' : 'title',
    title: r.title,
    localMarker: false,
    local: r.local,
  };
}

function readRow(
  view: SheetView,
  row: number,
  cols: IndicatorColumns,
  textCol: number | null,
  o: RereadOptions,
  before: IndicatorRow | null,
): IndicatorRow {
  const identity =
    before && !o.identity
      ? keptIdentity(before, cols.codeCol)
      : readIdentity(
          cols.codeCol === null ? undefined : view.value(row, cols.codeCol),
          textCol === null ? null : view.value(row, textCol),
          o.localPrefixes,
        );
  const ownGroup = o.groupCol === null ? '' : view.text(row, o.groupCol);
  const group = ownGroup !== '' ? ownGroup : (before?.group ?? null);
  const read = indicatorRow(view, row, cols, textCol, identity, group, o.parser);
  if (!before) return read;
  read.subRows = before.subRows;
  read.laa = read.laa || before.laa;
  if (!o.identity) {
    if (before.codeCell) read.codeCell = before.codeCell;
    if (before.titleCell) read.titleCell = before.titleCell;
  }
  return read;
}

/** Where the rows' titles are read: the title column, else the column recognition took them from. */
function textColumn(t: IndicatorTable, cols: IndicatorColumns): number | null {
  if (cols.titleCol !== null) return cols.titleCol;
  for (const r of t.rows) {
    const c = colOf(r.titleCell);
    if (c !== null && !cols.valueCols.includes(c)) return c;
  }
  return null;
}

export function rereadRows(t: IndicatorTable, view: SheetView, o: RereadOptions): IndicatorRow[] {
  const cols = byRole(o.columns);
  const textCol = textColumn(t, cols);
  const rows: IndicatorRow[] = [];
  for (const r of t.rows) if (!o.exclude.has(r.row)) rows.push(readRow(view, r.row, cols, textCol, o, r));
  for (const row of o.include) {
    if (rows.some((r) => r.row === row)) continue;
    const above = [...rows].reverse().find((r) => r.row < row) ?? null;
    const read = readRow(view, row, cols, textCol, o, null);
    if (o.groupCol === null) read.group = above?.group ?? null;
    rows.push(read);
  }
  return rows.sort((a, b) => a.row - b.row);
}
