/**
 * A table's columns with the officer's column corrections in place. Each correction follows its column's
 * header (so an inserted column does not move it onto the wrong one); one whose header is nowhere in the
 * table any more is handed back as a problem, never applied to whatever column now stands there.
 */
import { colLetters } from '../model/a1';
import type { IndicatorTable, TableColumn, YearRole } from '../model/tables';
import type { SheetView } from '../recognise/sheet-view';
import { yearLabelText } from '../recognise/year-label';
import { sameText } from './locate';
import { headerTextAt } from './table-map';
import type { ColumnCorrection, MapRole } from './types';

export interface ColumnProblem {
  correction: ColumnCorrection;
  /** where the column was looked for, 0-based */
  col: number;
  why: 'gone' | 'no-year' | 'outside';
}

export interface ColumnsApplied {
  columns: TableColumn[];
  /** columns the officer set, and those that gave up a role to them */
  changed: Set<number>;
  /** the group column, when the officer named one */
  groupCol: number | null;
  problems: ColumnProblem[];
}

const UNIQUE: ReadonlySet<MapRole> = new Set<MapRole>(['code', 'title', 'group']);

function headerOf(t: IndicatorTable, view: SheetView, col: number): string {
  return t.columns.find((c) => c.col === col)?.header ?? headerTextAt(view, t.headerRows, col);
}

/** The column the correction is about now: where it was (shifted), else the one column with its header. */
function findColumn(t: IndicatorTable, view: SheetView, cc: ColumnCorrection, shift: number): number | null {
  const at = cc.col + shift;
  if (at >= t.range.c0 && at <= t.range.c1 && sameText(headerOf(t, view, at), cc.header)) return at;
  if (cc.header.trim() === '') return null;
  const same: number[] = [];
  for (let c = t.range.c0; c <= t.range.c1; c++) if (sameText(headerOf(t, view, c), cc.header)) same.push(c);
  return same.length === 1 ? same[0] : null;
}

function yearColumn(col: number, header: string, role: YearRole, cc: ColumnCorrection, old?: TableColumn) {
  const year =
    cc.year ?? (old?.year ? { year: old.year.year, calendar: /^\d{4}$/.test(old.year.label) } : null);
  if (!year) return null;
  const label = yearLabelText(year.year, year.calendar);
  const quarter = cc.year ? undefined : old?.year?.quarter;
  return {
    col,
    role: 'year',
    header,
    year: { role, year: year.year, label, ...(quarter ? { quarter } : {}) },
  };
}

/** The recogniser's column for a corrected role; null for a year role with no year to give it. */
function columnFor(col: number, header: string, cc: ColumnCorrection, old?: TableColumn): TableColumn | null {
  switch (cc.role) {
    case 'actual':
    case 'target':
      return yearColumn(col, header, cc.role, cc, old) as TableColumn | null;
    case 'baseline':
      return cc.year
        ? (yearColumn(col, header, 'baseline', cc, old) as TableColumn)
        : { col, role: 'baseline', header };
    case 'comparator':
      return { col, role: 'comparator', header, comparator: old?.comparator ?? 'other' };
    case 'group':
    case 'ignore':
      return { col, role: 'other', header };
    default:
      return { col, role: cc.role, header };
  }
}

function demoteOthers(columns: TableColumn[], role: MapRole, keep: number, changed: Set<number>): void {
  for (let i = 0; i < columns.length; i++) {
    const c = columns[i];
    if (c.col === keep || c.role !== role) continue;
    columns[i] = { col: c.col, role: 'other', header: c.header };
    changed.add(c.col);
  }
}

export function applyColumns(
  t: IndicatorTable,
  view: SheetView,
  corrections: readonly ColumnCorrection[],
  shift: number,
): ColumnsApplied {
  const columns = [...t.columns];
  const out: ColumnsApplied = { columns, changed: new Set(), groupCol: null, problems: [] };
  for (const cc of corrections) {
    const col = findColumn(t, view, cc, shift);
    if (col === null) {
      const at = cc.col + shift;
      // looked for by its header first: with one recorded, the column is gone; without, it lies outside
      const outside = cc.header.trim() === '' && (at < t.range.c0 || at > t.range.c1);
      out.problems.push({ correction: cc, col: at, why: outside ? 'outside' : 'gone' });
      continue;
    }
    const i = columns.findIndex((c) => c.col === col);
    const made = columnFor(col, headerOf(t, view, col), cc, i >= 0 ? columns[i] : undefined);
    if (!made) {
      out.problems.push({ correction: cc, col, why: 'no-year' });
      continue;
    }
    if (i >= 0) columns[i] = made;
    else columns.push(made);
    out.changed.add(col);
    if (cc.role === 'group') out.groupCol = col;
    if (UNIQUE.has(cc.role) && cc.role !== 'group') demoteOthers(columns, cc.role, col, out.changed);
  }
  columns.sort((a, b) => a.col - b.col);
  return out;
}

export const letter = colLetters;
