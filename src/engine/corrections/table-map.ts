/**
 * A targets table's map: every column of its range with the header read, the role and year given to it,
 * how sure that reading is, and whether the officer corrected it. The same map goes into `--json`, the
 * pane's Tables view and `ni-targets map --show`.
 */
import { colLetters, lettersToCol, rangeA1 } from '../model/a1';
import type { IndicatorTable, RecognisedTable, TableColumn } from '../model/tables';
import type { RecognitionNote } from '../recognise/types';
import type { SheetView } from '../recognise/sheet-view';
import { confidenceOf } from './confidence';
import type { ColumnMapEntry, MapRole, TableMap } from './types';

/** What corrections did to one table, for its map and its findings. */
export interface TableCorrectionsApplied {
  /** 0-based columns whose role or year the officer set (or that gave way to one) */
  columns: Set<number>;
  excluded: number[];
  included: number[];
  /** the header rows or range were the officer's */
  shape: boolean;
}

export function noCorrections(): TableCorrectionsApplied {
  return { columns: new Set(), excluded: [], included: [], shape: false };
}

/** The recogniser's role in the map's words. */
export function mapRole(c: TableColumn): MapRole {
  switch (c.role) {
    case 'year':
      return c.year?.role ?? 'actual';
    case 'direction':
    case 'trajectory':
      return 'status';
    case 'polarity':
    case 'other':
      return 'ignore';
    default:
      return c.role;
  }
}

/** The header rows as Excel numbers them ("5:6"): the first run of rows, not the page-break repeats. */
export function headerRowsText(rows: readonly number[]): string {
  if (rows.length === 0) return '';
  let last = rows[0];
  while (rows.includes(last + 1)) last++;
  return last === rows[0] ? `${rows[0] + 1}` : `${rows[0] + 1}:${last + 1}`;
}

/** The first run of header rows, 0-based. */
export function headerRun(rows: readonly number[]): number[] {
  const out: number[] = [];
  for (let r = rows[0]; rows.includes(r); r++) out.push(r);
  return out;
}

/** A column's header as written over its header rows, band first: for columns the recogniser did not keep. */
export function headerTextAt(view: SheetView, rows: readonly number[], col: number): string {
  const parts: string[] = [];
  for (const r of headerRun(rows)) {
    const t = view.text(r, col);
    if (t !== '' && !parts.includes(t)) parts.push(t);
  }
  return parts.join(' / ');
}

/** The column the rows' titles came from when no header named one (the first text column). */
function inferredTitleColumn(t: IndicatorTable): number | null {
  for (const r of t.rows) {
    if (!r.titleCell) continue;
    const col = /^[A-Z]+/.exec(r.titleCell)?.[0];
    if (col) return lettersToCol(col);
  }
  return null;
}

/** Columns where recognition left a note in the header rows. */
function notedColumns(t: IndicatorTable, notes: readonly RecognitionNote[]): Set<string> {
  const rows = new Set(headerRun(t.headerRows).map((r) => String(r + 1)));
  const out = new Set<string>();
  for (const n of notes) {
    const m = /^([A-Z]+)(\d+)$/.exec(n.cell);
    if (n.sheet === t.sheet && m && rows.has(m[2])) out.add(m[1]);
  }
  return out;
}

function entry(
  t: IndicatorTable,
  view: SheetView,
  col: number,
  facts: { titleCol: number | null; noted: Set<string>; applied: TableCorrectionsApplied },
): ColumnMapEntry {
  const column = t.columns.find((c) => c.col === col);
  const letter = colLetters(col);
  const role: MapRole = column ? mapRole(column) : col === facts.titleCol ? 'title' : 'ignore';
  const header = column?.header ?? headerTextAt(view, t.headerRows, col);
  const corrected = facts.applied.columns.has(col);
  const confidence = confidenceOf({ role, header, column, noted: facts.noted.has(letter), corrected });
  return { column: letter, header, role, year: column?.year?.label ?? null, confidence, corrected };
}

export function tableMap(
  t: IndicatorTable,
  view: SheetView,
  notes: readonly RecognitionNote[],
  applied: TableCorrectionsApplied = noCorrections(),
): TableMap {
  const facts = { titleCol: inferredTitleColumn(t), noted: notedColumns(t, notes), applied };
  const columns: ColumnMapEntry[] = [];
  for (let c = t.range.c0; c <= t.range.c1; c++) columns.push(entry(t, view, c, facts));
  return {
    sheet: t.sheet,
    range: rangeA1(t.range),
    header: headerRowsText(t.headerRows),
    columns,
    excludedRows: applied.excluded.map((r) => r + 1),
    includedRows: applied.included.map((r) => r + 1),
    corrected:
      applied.shape || applied.columns.size > 0 || applied.excluded.length + applied.included.length > 0,
  };
}

/** An action plan's map: its header rows and range; its columns are the action plan's own and not corrected. */
export function actionPlanMap(t: Extract<RecognisedTable, { kind: 'action-plan' }>): TableMap {
  return {
    sheet: t.sheet,
    range: rangeA1(t.range),
    header: headerRowsText(t.headerRows),
    columns: [],
    excludedRows: [],
    includedRows: [],
    corrected: false,
  };
}
