/**
 * Reading the body of a targets table row by row. Each row is one of: an
 * indicator, a sub-row of the indicator above ("(b) ..."), an outcome heading
 * ("Be Healthy"), a footnote, a caption between page-break repeats ("Table A"),
 * a repeated header, the rest of the notes of the row above, or a blank.
 * Cheap checks (is anything in the value columns?) come before text patterns.
 */
import type { Catalogue } from '../catalogue/types';
import { a1 } from '../model/a1';
import type { IndicatorRow, IndicatorTable, ValueCell } from '../model/tables';
import type { ParsedValue } from '../values/types';
import { hasIndicatorEvidence } from './evidence';
import type { ParseCache } from './parse-cache';
import type { HeaderBlock } from './header';
import type { IndicatorColumns } from './indicator-columns';
import { readPeriod } from './period';
import { isYes, mentionsLaa, readIdentity } from './row-identity';
import { isCaption, isFootnote, isOutcomeHeading, isSubRow } from './row-patterns';
import type { SheetView } from './sheet-view';
import { TableEnd, type ScanLimits } from './table-end';
import type { RecognitionNote } from './types';

export interface IndicatorContext {
  catalogue: Catalogue;
  localPrefixes: ReadonlySet<string>;
  notes: RecognitionNote[];
  parser: ParseCache;
  /** the officer said this is a table: no evidence needed */
  force: boolean;
  listObject?: string;
}

/** Longer than this, a text-only row is prose, not an outcome heading. */
const HEADING_MAX = 100;

export function readIndicatorTable(
  view: SheetView,
  header: HeaderBlock,
  cols: IndicatorColumns,
  ctx: IndicatorContext,
  limits: ScanLimits,
): IndicatorTable | null {
  const { c0, c1 } = header;
  const valueSet = new Set(cols.valueCols);
  const notesSet = new Set(cols.notesCols);
  const textCol = cols.titleCol ?? firstTextColumn(cols, c0, c1);
  // a heading has text only in the first one or two cells, or in the code / title columns
  const leadCols = new Set<number>(
    [c0, c0 + 1].filter((c) => !valueSet.has(c) && !notesSet.has(c) && c !== cols.periodCol),
  );
  if (cols.codeCol !== null) leadCols.add(cols.codeCol);
  if (textCol !== null) leadCols.add(textCol);

  const rows: IndicatorRow[] = [];
  const groups: { row: number; title: string }[] = [];
  const footnotes: number[] = [];
  const headerRows = [...header.rows];
  const localMarkers = new Set<number>();
  const end = new TableEnd(view, header, limits);
  let group: string | null = null;
  let last: IndicatorRow | null = null;
  let lastBody = -1;

  for (let r = header.rows[header.rows.length - 1] + 1; r <= limits.lastRow; r++) {
    const step = end.step(r);
    if (step === 'stop') break;
    if (step === 'skip') continue;
    if (step === 'repeat') {
      headerRows.push(r);
      continue;
    }
    const filled = end.filled;
    const hasValues = filled.some((c) => valueSet.has(c));
    const firstText = view.text(r, filled[0]);

    if (!hasValues) {
      if (filled.length <= 2 && isFootnote(firstText)) {
        footnotes.push(r);
        continue;
      }
      if (filled.length === 1 && isCaption(firstText)) continue;
      if (last && filled.every((c) => notesSet.has(c))) {
        // notes running on after a page break ("Subgrp")
        last.notes = [last.notes, ...filled.map((c) => view.text(r, c))].filter(Boolean).join(' ');
        lastBody = r;
        end.body();
        continue;
      }
    }

    const codeValue = cols.codeCol !== null ? view.value(r, cols.codeCol) : undefined;
    const codeText = cols.codeCol !== null ? view.text(r, cols.codeCol) : '';
    const identity = readIdentity(
      codeValue,
      textCol !== null ? view.value(r, textCol) : null,
      ctx.localPrefixes,
    );
    const named = identity.code !== null || identity.localMarker;

    if (!named && last && isSubRow(identity.title, codeText)) {
      last.subRows.push(r);
      lastBody = r;
      end.body();
      continue;
    }
    if (!named && !hasValues) {
      // no figures and no code: a heading when it sits at the left, else not an indicator
      // (the abbreviations list under Oxfordshire's table)
      if (!filled.every((c) => leadCols.has(c))) continue;
      const text = filled.map((c) => view.text(r, c)).join(' ');
      if (text.length > HEADING_MAX) continue;
      if (last && r === lastBody + 1 && /^[a-z]/.test(text) && !isOutcomeHeading(text) && filled[0] !== c0) {
        // the title wrapped onto a second row
        last.title = `${last.title} ${text}`;
        last.subRows.push(r);
        lastBody = r;
        continue;
      }
      group = text;
      groups.push({ row: r, title: text });
      continue;
    }
    if (!named && identity.title === '') {
      if (hasValues)
        ctx.notes.push({
          sheet: view.name,
          cell: a1(r, filled[0]),
          message: 'Row has figures but no indicator name or code; skipped.',
        });
      continue;
    }

    const row = indicatorRow(view, r, cols, textCol, identity, group, ctx.parser);
    if (identity.localMarker) localMarkers.add(r);
    rows.push(row);
    last = row;
    lastBody = r;
    end.body();
  }

  if (!ctx.force && !hasIndicatorEvidence(rows, cols.columns, ctx.catalogue, localMarkers)) return null;
  if (rows.length === 0 && !ctx.force) return null;

  const r1 = rows.length > 0 ? lastBody : header.rows[header.rows.length - 1];
  return {
    kind: 'targets',
    sheet: view.name,
    range: { r0: header.rows[0], c0, r1, c1 },
    headerRows: headerRows.filter((h) => h <= r1),
    columns: cols.columns,
    rows,
    groups: groups.filter((g) => g.row < r1),
    footnotes: footnotesOf(view, footnotes, r1, c0, c1),
    ...(ctx.listObject ? { listObject: ctx.listObject } : {}),
  };
}

/** With no "Indicator" / "Description" header, the first column that is not a value column. */
function firstTextColumn(cols: IndicatorColumns, c0: number, c1: number): number | null {
  const taken = new Set(cols.columns.filter((c) => c.role !== 'other').map((c) => c.col));
  for (let c = c0; c <= c1; c++) if (!taken.has(c) && c !== cols.codeCol) return c;
  return null;
}

/** Footnotes inside the table, and those just under it with only blanks or footnotes between. */
function footnotesOf(view: SheetView, found: number[], r1: number, c0: number, c1: number): number[] {
  const set = new Set(found);
  const out = found.filter((f) => f < r1);
  for (let r = r1 + 1; ; r++) {
    if (set.has(r)) out.push(r);
    else if (!view.isBlankRow(r, c0, c1) || r > view.lastRow) break;
  }
  return out;
}

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

function indicatorRow(
  view: SheetView,
  r: number,
  cols: IndicatorColumns,
  textCol: number | null,
  identity: ReturnType<typeof readIdentity>,
  group: string | null,
  parser: ParseCache,
): IndicatorRow {
  // runs once per indicator row: plain loops, no closures or throwaway arrays
  const valueCols = cols.valueCols;
  const values: ValueCell[] = new Array<ValueCell>(valueCols.length);
  let laa = false;
  for (let i = 0; i < valueCols.length; i++) {
    const c = valueCols[i];
    const raw = view.value(r, c);
    const format = view.format(r, c);
    values[i] = new SheetValue(c, r, raw, format, parser.parse(raw, format));
    if (!laa && typeof raw === 'string') laa = mentionsLaa(raw);
  }
  let notes = '';
  for (const c of cols.notesCols) {
    const t = view.text(r, c);
    if (t !== '') notes = notes === '' ? t : `${notes} ${t}`;
  }
  const titleText = textCol !== null ? view.text(r, textCol) : '';
  const codeText = cols.codeCol !== null ? view.text(r, cols.codeCol) : '';
  laa ||= mentionsLaa(titleText) || mentionsLaa(codeText) || mentionsLaa(notes);
  if (!laa) for (const c of cols.laaCols) if (isYes(view.value(r, c))) laa = true;
  const period = cols.periodCol !== null ? readPeriod(view.text(r, cols.periodCol)) : null;

  const row: IndicatorRow = {
    row: r,
    code: identity.code,
    title: identity.title,
    local: identity.local,
    laa,
    group,
    values,
    subRows: [],
  };
  if (identity.codeAsTyped) row.codeAsTyped = identity.codeAsTyped;
  if (identity.codeFrom === 'code' && cols.codeCol !== null) row.codeCell = a1(r, cols.codeCol);
  if (identity.codeFrom === 'title' && textCol !== null) row.codeCell = a1(r, textCol);
  if (textCol !== null) row.titleCell = a1(r, textCol);
  if (period && cols.periodCol !== null) {
    row.period = period;
    row.periodCell = a1(r, cols.periodCol);
  }
  if (notes !== '') row.notes = notes;
  return row;
}
