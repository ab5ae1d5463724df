/**
 * Reading the body of a targets table row by row. Each row is one of: an
 * indicator, a sub-row of the indicator above ("(b) ..."), an outcome heading
 * ("Be Healthy"), a footnote, a caption between page-break repeats ("Table A"),
 * a repeated header, the rest of the notes of the row above, or a blank.
 * Cheap checks (is anything in the value columns?) come before text patterns.
 */
import type { Catalogue } from '../catalogue/types';
import { a1 } from '../model/a1';
import type { IndicatorRow, IndicatorTable } from '../model/tables';
import { hasIndicatorEvidence } from './evidence';
import type { ParseCache } from './parse-cache';
import type { HeaderBlock } from './header';
import type { IndicatorColumns } from './indicator-columns';
import { indicatorRow } from './indicator-row';
import { readIdentity, type RowIdentity } from './row-identity';
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

/** The columns as the body reader asks about them, row after row. */
interface BodyColumns {
  cols: IndicatorColumns;
  /** the title column, or the first column no header claims */
  textCol: number | null;
  valueSet: ReadonlySet<number>;
  notesSet: ReadonlySet<number>;
  /** where a heading's text may stand */
  leadCols: ReadonlySet<number>;
}

/** What a walk down the body found. */
interface Body {
  rows: IndicatorRow[];
  groups: { row: number; title: string }[];
  footnotes: number[];
  headerRows: number[];
  /** rows saying "Local Indicator" or holding a local code */
  localMarkers: Set<number>;
  /** the last row that belongs to an indicator */
  lastBody: number;
}

export function readIndicatorTable(
  view: SheetView,
  header: HeaderBlock,
  cols: IndicatorColumns,
  ctx: IndicatorContext,
  limits: ScanLimits,
): IndicatorTable | null {
  const body = new BodyReader(view, header, bodyColumns(cols, header), ctx, limits).read();
  const { rows } = body;
  if (!ctx.force && !hasIndicatorEvidence(rows, cols.columns, ctx.catalogue, body.localMarkers)) return null;
  if (rows.length === 0 && !ctx.force) return null;
  return tableOf(view, header, cols, ctx, body);
}

function bodyColumns(cols: IndicatorColumns, header: HeaderBlock): BodyColumns {
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
  return { cols, textCol, valueSet, notesSet, leadCols };
}

/** With no "Indicator" / "Description" header, the first column that is not a value column. */
function firstTextColumn(cols: IndicatorColumns, c0: number, c1: number): number | null {
  const taken = new Set(cols.columns.filter((c) => c.role !== 'other').map((c) => c.col));
  for (let c = c0; c <= c1; c++) if (!taken.has(c) && c !== cols.codeCol) return c;
  return null;
}

function tableOf(
  view: SheetView,
  header: HeaderBlock,
  cols: IndicatorColumns,
  ctx: IndicatorContext,
  body: Body,
): IndicatorTable {
  const { c0, c1 } = header;
  const r1 = body.rows.length > 0 ? body.lastBody : header.rows[header.rows.length - 1];
  return {
    kind: 'targets',
    sheet: view.name,
    range: { r0: header.rows[0], c0, r1, c1 },
    headerRows: body.headerRows.filter((h) => h <= r1),
    columns: cols.columns,
    rows: body.rows,
    groups: body.groups.filter((g) => g.row < r1),
    footnotes: footnotesOf(view, body.footnotes, r1, c0, c1),
    ...(ctx.listObject ? { listObject: ctx.listObject } : {}),
  };
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

/** the shortest text read as an indicator's comment rather than a stray figure ("see note" is not) */
const COMMENT_MIN = 12;

/** A row of sums with no code: "Total", "Grand total", "Sub-total", "Totals", "Overall". */
const TOTALS = /^(?:(?:grand|sub)[\s-]*)?totals?:?$|^overall$/i;

const LEADING_LETTER = /^\(?([a-h])[).:]\s*/i;
const LONE_LETTER = /^\(?([a-h])\)?\.?$/i;

/** The letter of a lettered row ("(b) ...", "b. ...", or "(b)" alone in the code cell); null for bullets. */
function subLetter(title: string, codeText: string): string | null {
  const m = LEADING_LETTER.exec(title) ?? LONE_LETTER.exec(codeText.trim());
  return m ? m[1].toLowerCase() : null;
}

const withoutLetter = (title: string): string => title.replace(LEADING_LETTER, '').trim();
const isNational = (code: string | null): code is string => code !== null && /^NI \d+[a-h]?$/.test(code);
const hasLetter = (code: string): boolean => /[a-h]$/.test(code);
const baseCode = (code: string): string => code.replace(/[a-h]$/, '');

const TITLE_LETTER = /\(([a-h])\)\s*[A-Za-z]/g;
const HAS_TITLE_LETTER = /\([a-h]\)\s*[A-Za-z]/;

/**
 * A parent row that names its first sub-indicator ("(NI 56) Obesity ...: (a) Year 6 ...") is that
 * sub-indicator (NI 56a); a title naming two ("(a) Reception and (b) Year 6") stays the parent.
 */
function withParentLetter(identity: RowIdentity): RowIdentity {
  // most titles hold no "(": skip the pattern for them (this runs on every coded row)
  if (!HAS_TITLE_LETTER.test(identity.title) || !isNational(identity.code) || hasLetter(identity.code))
    return identity;
  const letters = [...identity.title.matchAll(TITLE_LETTER)];
  if (letters.length !== 1) return identity;
  return { ...identity, code: `${identity.code}${letters[0][1].toLowerCase()}` };
}

/** One walk down a table's body, row by row, deciding what each row is. */
class BodyReader {
  private readonly end: TableEnd;
  private readonly rows: IndicatorRow[] = [];
  private readonly groups: { row: number; title: string }[] = [];
  private readonly footnotes: number[] = [];
  private readonly localMarkers = new Set<number>();
  /** the outcome heading the rows now sit under */
  private group: string | null = null;
  private last: IndicatorRow | null = null;
  private lastBody = -1;
  /** rows with figures but no code or title: left out, and the officer told where */
  private readonly leftOut: { row: number; col: number }[] = [];
  /** rows read as items of a lettered list under an uncoded heading */
  private readonly listItems = new Set<IndicatorRow>();

  constructor(
    private readonly view: SheetView,
    private readonly header: HeaderBlock,
    private readonly body: BodyColumns,
    private readonly ctx: IndicatorContext,
    limits: ScanLimits,
  ) {
    this.end = new TableEnd(view, header, limits, (r) => this.isCodedRow(r));
  }

  /** A row with figures in the table's value columns and a code (the identity columns as read). */
  private isCodedRow(r: number): boolean {
    const filled = this.view.filledIn(r, this.header.c0, this.header.c1);
    return filled.some((c) => this.body.valueSet.has(c)) && this.identityOf(r).code !== null;
  }

  read(): Body {
    const headerRows = this.end.walk((r) => this.readRow(r));
    this.tellLeftOut();
    const { rows, groups, footnotes, localMarkers, lastBody } = this;
    return { rows, groups, footnotes, headerRows, localMarkers, lastBody };
  }

  private readRow(r: number): void {
    const filled = this.end.filled;
    const hasValues = filled.some((c) => this.body.valueSet.has(c));
    if (!hasValues && this.readFigureless(r, filled)) return;
    const identity = this.identityOf(r);
    // "Local indicators" alone, with no title and no figures, heads what follows: it is not a row
    const markerOnly = identity.code === null && identity.title === '' && !hasValues;
    if (identity.code !== null || (identity.localMarker && !markerOnly)) this.addIndicator(r, identity);
    else this.readUnnamed(r, filled, identity, hasValues);
  }

  /** A row with no figures that is a footnote, a caption or notes running on; false for any other row. */
  private readFigureless(r: number, filled: number[]): boolean {
    const firstText = this.view.text(r, filled[0]);
    if (filled.length <= 2 && isFootnote(firstText)) {
      this.footnotes.push(r);
      return true;
    }
    if (filled.length === 1 && isCaption(firstText)) return true;
    if (this.last && filled.every((c) => this.body.notesSet.has(c))) {
      // notes running on after a page break ("Subgrp")
      const last = this.last;
      last.notes = [last.notes, ...filled.map((c) => this.view.text(r, c))].filter(Boolean).join(' ');
      this.markBody(r);
      return true;
    }
    return false;
  }

  /** One warning for the rows left out inside the table, how many and where (nothing dropped silently). */
  private tellLeftOut(): void {
    const inside = this.leftOut.filter((x) => x.row <= this.lastBody);
    if (inside.length === 0) return;
    const rows = inside.map((x) => x.row + 1);
    const where =
      rows.length === 1
        ? `row ${rows[0]}`
        : `rows ${rows.slice(0, 8).join(', ')}${rows.length > 8 ? '…' : ''}`;
    this.ctx.notes.push({
      sheet: this.view.name,
      cell: a1(inside[0].row, inside[0].col),
      severity: 'warning',
      message:
        `${rows.length} row${rows.length === 1 ? '' : 's'} with figures ${rows.length === 1 ? 'was' : 'were'} left ` +
        `out of the table (${where}): no indicator code or title. Give each a code or a title, or move it out of the table.`,
    });
  }

  private identityOf(r: number): RowIdentity {
    const { cols, textCol } = this.body;
    return withParentLetter(
      readIdentity(
        cols.codeCol !== null ? this.view.value(r, cols.codeCol) : undefined,
        textCol !== null ? this.view.value(r, textCol) : null,
        this.ctx.localPrefixes,
      ),
    );
  }

  /** A row with no code: a sub-row, a heading, figures with no name, or an indicator known by its title. */
  private readUnnamed(r: number, filled: number[], identity: RowIdentity, hasValues: boolean): void {
    const codeCol = this.body.cols.codeCol;
    const codeText = codeCol !== null ? this.view.text(r, codeCol) : '';
    if (isSubRow(identity.title, codeText) && this.readLettered(r, identity, codeText, hasValues)) {
      return;
    } else if (!hasValues) {
      this.readHeading(r, filled);
    } else if (identity.title === '' && this.isCommentUnder(r, filled)) {
      this.foldComment(r, filled);
    } else if (identity.title === '') {
      this.leftOut.push({ row: r, col: filled[0] });
    } else if (TOTALS.test(identity.title)) {
      this.readTotals(r, filled, identity.title);
    } else {
      this.addIndicator(r, identity);
    }
  }

  /**
   * A row of prose alone right under an indicator ("Rate fell again; the new clinic opens in May."),
   * often merged across the year columns: the indicator's comment, not a row of figures.
   */
  private isCommentUnder(r: number, filled: number[]): boolean {
    if (this.last === null || r !== this.lastBody + 1) return false;
    return filled.every((c) => {
      const v = this.view.value(r, c);
      return (
        typeof v === 'string' &&
        v.length >= COMMENT_MIN &&
        /\s/.test(v.trim()) &&
        this.ctx.parser.parse(v, this.view.format(r, c)).kind === 'text'
      );
    });
  }

  private foldComment(r: number, filled: number[]): void {
    const last = this.last as IndicatorRow;
    const text = filled.map((c) => this.view.text(r, c).trim()).join(' ');
    last.notes = last.notes ? `${last.notes} ${text}` : text;
    last.subRows.push(r);
    this.markBody(r);
  }

  /** "Total" under the rows: the sum of figures, not an indicator; the table goes on past it. */
  private readTotals(r: number, filled: number[], title: string): void {
    this.ctx.notes.push({
      sheet: this.view.name,
      cell: a1(r, filled[0]),
      severity: 'info',
      message: `Row ${r + 1} ('${title}') was read as a totals row, not an indicator.`,
    });
    this.markBody(r);
  }

  /**
   * A lettered or bulleted row ("(b) ...", "a. ...", "- of which"). With figures of its own it is an
   * indicator: the next sub-indicator of a lettered parent ("(NI 56) ... (a) ..." then "(b) ...": NI 56b),
   * or an item of a lettered list under an uncoded heading (a local row). Otherwise it is folded into the
   * indicator above as a breakdown ("NI 52 Take up of school lunches" then "a. primary", "b. secondary"). False when it is none of these.
   */
  private readLettered(r: number, identity: RowIdentity, codeText: string, hasValues: boolean): boolean {
    const letter = hasValues ? subLetter(identity.title, codeText) : null;
    const title = letter ? withoutLetter(identity.title) : identity.title;
    const last = this.last;
    if (letter && (this.headingSinceLast() || (last !== null && this.listItems.has(last)))) {
      this.addIndicator(r, { code: null, codeFrom: null, title, localMarker: true, local: true });
      this.listItems.add(this.last!);
    } else if (letter && last && isNational(last.code) && hasLetter(last.code)) {
      const code = `${baseCode(last.code)}${letter}`;
      this.addIndicator(r, { code, codeFrom: null, title, localMarker: false, local: false });
    } else if (last) {
      last.subRows.push(r);
      this.markBody(r);
    } else return false;
    return true;
  }

  /** A heading came after the last indicator: rows now belong to it, not to that indicator. */
  private headingSinceLast(): boolean {
    const heading = this.groups[this.groups.length - 1];
    return heading !== undefined && (this.last === null || heading.row > this.last.row);
  }

  /**
   * No figures and no code: a heading when it sits at the left, else not an indicator
   * (the abbreviations list under Oxfordshire's table).
   */
  private readHeading(r: number, filled: number[]): void {
    if (!filled.every((c) => this.body.leadCols.has(c))) return;
    const text = filled.map((c) => this.view.text(r, c)).join(' ');
    if (text.length > HEADING_MAX) return;
    const last = this.last;
    if (last && this.continuesTitle(r, text, filled)) {
      last.title = `${last.title} ${text}`;
      last.subRows.push(r);
      this.lastBody = r;
      return;
    }
    this.group = text;
    this.groups.push({ row: r, title: text });
  }

  /** The title of the row above wrapped onto this one: lower case, just under it, not at the left edge. */
  private continuesTitle(r: number, text: string, filled: number[]): boolean {
    return (
      r === this.lastBody + 1 &&
      /^[a-z]/.test(text) &&
      !isOutcomeHeading(text) &&
      filled[0] !== this.header.c0
    );
  }

  private addIndicator(r: number, identity: RowIdentity): void {
    const { cols, textCol } = this.body;
    const row = indicatorRow(this.view, r, cols, textCol, identity, this.group, this.ctx.parser);
    if (identity.localMarker) this.localMarkers.add(r);
    this.rows.push(row);
    this.last = row;
    this.markBody(r);
  }

  /** The row belongs to an indicator: the table goes on past it. */
  private markBody(r: number): void {
    this.lastBody = r;
    this.end.body(r);
  }
}
