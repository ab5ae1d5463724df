/**
 * Column roles of a targets table from its header: code, title, year columns
 * (actual / baseline / target for a normalised year), period, comparators,
 * notes and the officer's own RAG / direction / trajectory columns.
 *
 * Decisions:
 * - a column's own header speaks first, the band above it second;
 * - a comparator band ("England" over 2008/09, 2009/10) makes comparator columns;
 * - under a "Baseline" band only the first year is the baseline; the later ones
 *   are actuals (Oxfordshire's Baseline over 2008/09 and 2009/10: 2009/10 is the
 *   latest outturn, measured against the 2008/09 baseline);
 * - a year column whose header says nothing about its use is read as actual, with a note;
 * - quarter columns without a year ("Q2") take the year of the nearest year column before them.
 */
import { a1 } from '../model/a1';
import type { TableColumn, YearInfo, YearRole } from '../model/tables';
import { draftColumn } from './column-evidence';
import { LAA_COLUMN } from './column-words';
import type { HeaderBlock } from './header';
import type { RecognitionNote } from './types';
import { yearLabelText, type YearLabel } from './year-label';

export interface IndicatorColumns {
  columns: TableColumn[];
  codeCol: number | null;
  titleCol: number | null;
  periodCol: number | null;
  notesCols: number[];
  laaCols: number[];
  /** year and comparator columns: the values of each row */
  valueCols: number[];
}

export function classifyIndicatorColumns(
  header: HeaderBlock,
  sheet: string,
  notes: RecognitionNote[],
): IndicatorColumns {
  const drafts = header.cells.map(draftColumn);
  const years = carriedYears(drafts.map((d) => d.label?.year));
  const noteRow = header.rows[header.rows.length - 1];
  const columns: TableColumn[] = [];
  drafts.forEach((d, i) => {
    if (!d.column) return;
    const read = d.label ? yearColumn(d.column, d.label, years[i] ?? null) : { column: d.column };
    if (read.note) notes.push({ sheet, cell: a1(noteRow, d.cell.col), message: read.note });
    columns.push(read.column);
  });
  const laaCols = drafts.filter((d) => LAA_COLUMN.test(d.cell.own)).map((d) => d.cell.col);
  return columnsByRole(columns, laaCols);
}

/**
 * Quarters without a year ("Q2"): the nearest year before them, else after them.
 * One entry per column: its year, null for a quarter without one, undefined for
 * a column that is not a year column.
 */
function carriedYears(years: readonly (number | null | undefined)[]): (number | null | undefined)[] {
  const out = [...years];
  let before: number | null = null;
  for (let i = 0; i < out.length; i++) {
    const y = out[i];
    if (y === null) out[i] = before;
    else if (y !== undefined) before = y;
  }
  let after: number | null = null;
  for (let i = out.length - 1; i >= 0; i--) {
    const y = out[i];
    if (y === null) out[i] = after;
    else if (y !== undefined) after = y;
  }
  return out;
}

/** A year column with its year and use, or left out; and what to tell the officer about it. */
function yearColumn(
  column: TableColumn,
  label: YearLabel,
  year: number | null,
): { column: TableColumn; note?: string } {
  if (label.unreadable || year === null) {
    return {
      column: { ...column, role: 'other' },
      note: `Year header "${column.header}" could not be read as a year; the column is left out.`,
    };
  }
  const role = label.role as YearRole | null;
  const info: YearInfo = {
    role: role ?? 'actual',
    year,
    label: yearLabelText(year, label.calendar),
    ...(label.quarter !== null ? { quarter: label.quarter } : {}),
  };
  if (role !== null) return { column: { ...column, year: info } };
  return {
    column: { ...column, year: info },
    note: `Year header "${column.header}" does not say actual or target; read as actual.`,
  };
}

function columnsByRole(columns: TableColumn[], laaCols: number[]): IndicatorColumns {
  const first = (role: TableColumn['role']): number | null =>
    columns.find((c) => c.role === role)?.col ?? null;
  const valueCols = columns
    .filter((c) => c.role === 'year' || c.role === 'baseline' || c.role === 'comparator')
    .map((c) => c.col);
  return {
    columns,
    codeCol: first('code'),
    titleCol: first('title'),
    periodCol: first('period'),
    notesCols: columns.filter((c) => c.role === 'notes').map((c) => c.col),
    laaCols,
    valueCols,
  };
}

const SNIFF_ROWS = 30;

/**
 * No header names the code column ("Outcome / NI", or none at all): a column left
 * of the figures where most filled cells read as codes (55, "55a", "NI 55") is it.
 */
export function sniffCodeColumn(
  cols: IndicatorColumns,
  c0: number,
  firstBodyRow: number,
  lastRow: number,
  readCode: (row: number, col: number) => boolean | null,
): void {
  if (cols.codeCol !== null) return;
  const firstValue = cols.valueCols.length > 0 ? Math.min(...cols.valueCols) : c0 + 3;
  const byCol = new Map(cols.columns.map((c) => [c.col, c]));
  for (let col = c0; col < firstValue; col++) {
    const named = byCol.get(col);
    if (named && named.role !== 'other') continue;
    let filled = 0;
    let codes = 0;
    for (let r = firstBodyRow; r <= Math.min(lastRow, firstBodyRow + SNIFF_ROWS); r++) {
      const hit = readCode(r, col);
      if (hit === null) continue;
      filled++;
      if (hit) codes++;
    }
    if (codes >= 2 && codes >= 0.3 * filled) {
      if (named) named.role = 'code';
      else {
        cols.columns.push({ col, role: 'code', header: '' });
        cols.columns.sort((a, b) => a.col - b.col);
      }
      cols.codeCol = col;
      return;
    }
  }
}
