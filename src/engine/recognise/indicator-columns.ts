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
import type { TableColumn, YearRole } from '../model/tables';
import { LAA_COLUMN, columnWordFor } from './column-words';
import { headerText, type HeaderBlock, type HeaderCell } from './header';
import type { RecognitionNote } from './types';
import { parseYearLabel, yearLabelText, type YearLabel } from './year-label';

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

interface Draft {
  cell: HeaderCell;
  column: TableColumn | null;
  /** year columns awaiting a year (quarters) */
  label?: YearLabel;
  role?: YearRole;
}

function yearRole(
  cell: HeaderCell,
  own: YearLabel | null,
  band: YearLabel | null,
): YearRole | 'other' | null {
  if (own?.role) return own.role;
  if (!band?.role) return null;
  // only the first column under a Baseline band is the baseline
  if (band.role === 'baseline' && cell.col > cell.bandStart) return 'actual';
  return band.role;
}

function draftColumn(cell: HeaderCell): Draft {
  const header = headerText(cell);
  if (header === '') return { cell, column: null };
  if (LAA_COLUMN.test(cell.own)) return { cell, column: { col: cell.col, role: 'other', header } };

  const ownWord = columnWordFor(cell.own);
  if (ownWord)
    return { cell, column: { col: cell.col, role: ownWord.role, header, comparator: ownWord.comparator } };
  const bandWord = columnWordFor(cell.band);
  if (bandWord?.role === 'comparator') {
    return { cell, column: { col: cell.col, role: 'comparator', header, comparator: bandWord.comparator } };
  }

  const own = parseYearLabel(cell.own);
  const band = parseYearLabel(cell.band);
  if (own || (cell.own === '' && band)) {
    const year = own?.year ?? band?.year ?? null;
    const quarter = own?.quarter ?? band?.quarter ?? null;
    const role = yearRole(cell, own, band);
    if (role === 'other') return { cell, column: { col: cell.col, role: 'other', header } };
    if (year !== null || quarter !== null || own?.unreadable || band?.unreadable) {
      const label: YearLabel = {
        year,
        quarter,
        calendar: own?.year != null ? own.calendar : (band?.calendar ?? false),
        role,
        unreadable: Boolean(own?.unreadable || (own?.year == null && band?.unreadable)),
      };
      return { cell, column: { col: cell.col, role: 'year', header }, label };
    }
  }
  if (bandWord && cell.own === '') {
    return { cell, column: { col: cell.col, role: bandWord.role, header, comparator: bandWord.comparator } };
  }
  return { cell, column: { col: cell.col, role: 'other', header } };
}

export function classifyIndicatorColumns(
  header: HeaderBlock,
  sheet: string,
  notes: RecognitionNote[],
): IndicatorColumns {
  const drafts = header.cells.map(draftColumn);
  const noteAt = (d: Draft, message: string): void => {
    notes.push({ sheet, cell: a1(header.rows[header.rows.length - 1], d.cell.col), message });
  };

  // quarters without a year: the nearest year before them, else after them
  let lastYear: YearLabel | null = null;
  for (const d of drafts) {
    if (!d.label) continue;
    if (d.label.year === null) d.label.year = lastYear?.year ?? null;
    else lastYear = d.label;
  }
  let nextYear: YearLabel | null = null;
  for (let i = drafts.length - 1; i >= 0; i--) {
    const l = drafts[i].label;
    if (!l) continue;
    if (l.year === null && nextYear) l.year = nextYear.year;
    else if (l.year !== null) nextYear = l;
  }

  for (const d of drafts) {
    if (!d.label || !d.column) continue;
    const l = d.label;
    if (l.unreadable || l.year === null) {
      noteAt(d, `Year header "${d.column.header}" could not be read as a year; the column is left out.`);
      d.column = { ...d.column, role: 'other' };
      continue;
    }
    let role = l.role as YearRole | null;
    if (role === null) {
      role = 'actual';
      noteAt(d, `Year header "${d.column.header}" does not say actual or target; read as actual.`);
    }
    d.column.year = {
      role,
      year: l.year,
      label: yearLabelText(l.year, l.calendar),
      ...(l.quarter !== null ? { quarter: l.quarter } : {}),
    };
  }

  const columns = drafts.flatMap((d) => (d.column ? [d.column] : []));
  const first = (role: TableColumn['role']): number | null =>
    columns.find((c) => c.role === role)?.col ?? null;
  const valueCols = columns.filter((c) => c.role === 'year' || c.role === 'comparator').map((c) => c.col);
  return {
    columns,
    codeCol: first('code'),
    titleCol: first('title'),
    periodCol: first('period'),
    notesCols: columns.filter((c) => c.role === 'notes').map((c) => c.col),
    laaCols: drafts.filter((d) => LAA_COLUMN.test(d.cell.own)).map((d) => d.cell.col),
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
