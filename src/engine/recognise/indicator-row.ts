/**
 * One indicator row as recognition hands it on: its figures (one per value
 * column), notes, LAA flag, period and the cells a finding points at.
 * Runs once per indicator row (100k rows on a big workbook): plain loops, no
 * closures or throwaway arrays.
 */
import { a1 } from '../model/a1';
import type { IndicatorRow, ValueCell } from '../model/tables';
import type { ParsedValue } from '../values/types';
import type { IndicatorColumns } from './indicator-columns';
import type { ParseCache } from './parse-cache';
import { readPeriod } from './period';
import { isYes, mentionsLaa, type RowIdentity } from './row-identity';
import type { SheetView } from './sheet-view';

/**
 * A figure of an indicator row. Its "C7" is made when asked for (a finding's cell):
 * a string per figure was a fifth of what recognition kept at 100k rows. JSON (the
 * analysis digest, a saved analysis) still carries it, in the field order of a literal.
 */
class SheetValue implements ValueCell {
  constructor(
    readonly col: number,
    private readonly row: number,
    readonly raw: ValueCell['raw'],
    readonly format: string,
    readonly parsed: ParsedValue,
  ) {}

  get cell(): string {
    return a1(this.row, this.col);
  }

  toJSON(): ValueCell {
    const { col, cell, raw, format, parsed } = this;
    return { col, cell, raw, format, parsed };
  }
}

function valueCells(view: SheetView, r: number, valueCols: number[], parser: ParseCache): ValueCell[] {
  const values: ValueCell[] = new Array<ValueCell>(valueCols.length);
  for (let i = 0; i < valueCols.length; i++) {
    const c = valueCols[i];
    const raw = view.value(r, c);
    const format = view.format(r, c);
    values[i] = new SheetValue(c, r, raw, format, parser.parse(raw, format));
  }
  return values;
}

/** The texts of the notes columns, joined with spaces. */
function notesText(view: SheetView, r: number, notesCols: number[]): string {
  let notes = '';
  for (const c of notesCols) {
    const t = view.text(r, c);
    if (t !== '') notes = notes === '' ? t : `${notes} ${t}`;
  }
  return notes;
}

/** "(LAA)" written in one of the figures ("12% (LAA)"). */
function laaInValues(values: ValueCell[]): boolean {
  for (const v of values) if (typeof v.raw === 'string' && mentionsLaa(v.raw)) return true;
  return false;
}

/** A yes in one of the "LAA?" columns. */
function laaFlagged(view: SheetView, r: number, laaCols: number[]): boolean {
  for (const c of laaCols) if (isYes(view.value(r, c))) return true;
  return false;
}

/** Part of the Local Area Agreement: said in a figure, the title, the code or the notes, or flagged. */
function isLaa(
  view: SheetView,
  r: number,
  cols: IndicatorColumns,
  values: ValueCell[],
  titleText: string,
  notes: string,
): boolean {
  return (
    laaInValues(values) ||
    mentionsLaa(titleText) ||
    (cols.codeCol !== null && mentionsLaa(view.text(r, cols.codeCol))) ||
    mentionsLaa(notes) ||
    laaFlagged(view, r, cols.laaCols)
  );
}

/** The cell the code was read from: the code column or the title cell. */
function codeCellOf(
  r: number,
  identity: RowIdentity,
  codeCol: number | null,
  textCol: number | null,
): string | null {
  if (identity.codeFrom === 'code' && codeCol !== null) return a1(r, codeCol);
  if (identity.codeFrom === 'title' && textCol !== null) return a1(r, textCol);
  return null;
}

export function indicatorRow(
  view: SheetView,
  r: number,
  cols: IndicatorColumns,
  textCol: number | null,
  identity: RowIdentity,
  group: string | null,
  parser: ParseCache,
): IndicatorRow {
  const values = valueCells(view, r, cols.valueCols, parser);
  const notes = notesText(view, r, cols.notesCols);
  const titleText = textCol !== null ? view.text(r, textCol) : '';
  // optional fields are added in this order: JSON output keeps the field order
  const row: IndicatorRow = {
    row: r,
    code: identity.code,
    title: identity.title,
    local: identity.local,
    laa: isLaa(view, r, cols, values, titleText, notes),
    group,
    values,
    subRows: [],
  };
  if (identity.codeAsTyped) row.codeAsTyped = identity.codeAsTyped;
  const codeCell = codeCellOf(r, identity, cols.codeCol, textCol);
  if (codeCell !== null) row.codeCell = codeCell;
  if (textCol !== null) row.titleCell = a1(r, textCol);
  const period = cols.periodCol !== null ? readPeriod(view.text(r, cols.periodCol)) : null;
  if (period && cols.periodCol !== null) {
    row.period = period;
    row.periodCell = a1(r, cols.periodCol);
  }
  if (notes !== '') row.notes = notes;
  return row;
}
