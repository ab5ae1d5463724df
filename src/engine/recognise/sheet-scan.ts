/**
 * Finding every table on one sheet: Excel tables first (their ranges are
 * given), then every header row the cheap row tests pick out, at any position,
 * side by side or one under another.
 */
import type { RangeRef } from '../model/snapshot';
import type { RecognisedTable } from '../model/tables';
import { classifyActionColumns, readActionPlan } from './action-plan';
import { actionRoleFor, headerish } from './action-words';
import { isActionHeaderRow, isIndicatorHeaderRow, isYearHeaderCell } from './anchor';
import { buildHeader, columnBlocks, type HeaderBlock } from './header';
import { splitSideBySide } from './side-by-side';
import { doubtsAbout } from './table-doubts';
import { readCodeCell } from '../catalogue/codes';
import { columnWordFor } from './column-words';
import { classifyIndicatorColumns } from './indicator-columns';
import { chooseIdentityColumns, sampleRows } from './identity-columns';
import { statusUnderYear } from './status-under-year';
import { inTables } from './table-cover';
import { readIndicatorTable, type IndicatorContext } from './indicator-table';
import { isCaption, isOutcomeHeading } from './row-patterns';
import type { SheetView } from './sheet-view';
import type { ScanLimits } from './table-end';
import { parseYearLabel } from './year-label';

export type ScanContext = Omit<IndicatorContext, 'force' | 'listObject'>;

function overlaps(a: RangeRef, b: RangeRef): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}

/** A row above a header row that names bands over its columns ("Past Performance", "Targets"). */
function isBandRow(view: SheetView, r: number, below: number): boolean {
  if (r < view.firstRow) return false;
  const filled = view.filledCols(r);
  if (filled.length === 0) return false;
  for (const c of filled) {
    const v = view.value(r, c);
    if (typeof v !== 'string' || v.length > 60) return false;
  }
  const first = view.text(r, filled[0]);
  if (filled.length === 1) {
    // a lone title or caption at the left is not a band
    const belowFirst = view.filledCols(below)[0] ?? filled[0];
    if (filled[0] <= belowFirst || isCaption(first) || isOutcomeHeading(first)) return false;
  }
  return !isIndicatorHeaderRow(view, r);
}

/** A row under a row of years that says what each year holds ("Target", "Actual", "Q1"). */
function isRoleRow(view: SheetView, r: number): boolean {
  if (r > view.lastRow) return false;
  const filled = view.filledCols(r);
  let roles = 0;
  for (const c of filled) {
    const v = view.value(r, c);
    if (typeof v !== 'string') return false;
    const l = parseYearLabel(view.text(r, c));
    if (l && l.year === null && (l.role !== null || l.quarter !== null)) roles++;
  }
  return roles >= 2;
}

/**
 * The row under a header row holds only years (and the header row merges cells down into it, or names
 * bands over them): "Code | Indicator | Baseline | 2008/09 Actual (merged down) | Targets" over
 * "2007/08 | | 2008/09 | 2009/10 | 2010/11". Both rows are the header.
 */
function isYearRowUnder(view: SheetView, r: number): boolean {
  const below = r + 1;
  if (below > view.lastRow) return false;
  const filled = view.filledCols(below);
  if (filled.length < 2) return false;
  for (const c of filled) if (!isYearHeaderCell(view, below, c)) return false;
  for (const c of view.filledCols(r)) {
    const m = view.mergeAt(r, c);
    if (m && m.r1 >= below) return true;
  }
  // no merge down: the row above must name what the years are (a band word over them)
  return filled.some((c) => bandOver(view, r, c) !== '');
}

/** The text of the nearest filled cell at or left of `c` in row r (a band written once, carried right). */
function bandOver(view: SheetView, r: number, c: number): string {
  for (let k = c; k >= view.firstCol; k--) {
    const t = view.text(r, k);
    if (t !== '') return parseYearLabel(t)?.year == null ? t : '';
  }
  return '';
}

/**
 * A row of a header block, within one table's columns, holds labels only: no codes, no figures but years.
 * Tables side by side may start their bodies on different rows: a second header row for the table on the
 * left can be the first indicator of the table on the right.
 */
function headerLikeIn(view: SheetView, r: number, block: { c0: number; c1: number }): boolean {
  for (const c of view.filledIn(r, block.c0, block.c1)) {
    const v = view.value(r, c);
    if (typeof v === 'number') {
      if (!isYearHeaderCell(view, r, c)) return false;
    } else if (typeof v !== 'string' || readCodeCell(v) !== null) return false;
  }
  return true;
}

/**
 * "Code | Description | Target | Actual" under a band naming the year ("2009/10" merged over Target and
 * Actual): the row names an identity column and year uses, the row above gives the year.
 */
function isRolesUnderYearBand(view: SheetView, r: number): boolean {
  if (r - 1 < view.firstRow || view.filledCols(r - 1).length === 0) return false;
  // this runs on every row outside a table found (budgets, staff lists): the cheap questions first, and
  // only of text cells (a figure names no column and holds no year use)
  const texts = view.filledCols(r).filter((c) => typeof view.value(r, c) === 'string');
  if (!texts.some((c) => namesIdentityColumn(view.text(r, c)))) return false;
  return texts.some((c) => {
    const label = parseYearLabel(view.text(r, c));
    return label !== null && label.year === null && label.role !== null && yearAbove(view, r - 1, c);
  });
}

function namesIdentityColumn(text: string): boolean {
  const role = columnWordFor(text)?.role;
  return role === 'code' || role === 'title';
}

/** A year label in row r at column c, or carried over it from the left (merged or written once). */
function yearAbove(view: SheetView, r: number, c: number): boolean {
  for (let k = c; k >= view.firstCol; k--) {
    const t = view.text(r, k);
    if (t === '') continue;
    const m = view.mergeAt(r, k);
    if (k < c && m && m.c1 < c) return false;
    return isYearHeaderCell(view, r, k);
  }
  return false;
}

/** The row names the code or title column ("NI | PI Name | Lead officer | Performance"). */
function namesIdentity(view: SheetView, r: number): boolean {
  return view.filledCols(r).some((c) => namesIdentityColumn(view.text(r, c)));
}

/** Some cell of row `top` is merged down to reach row `bottom` (a header block drawn as one). */
function mergesInto(view: SheetView, top: number, bottom: number): boolean {
  for (const c of view.filledCols(top)) {
    const m = view.mergeAt(top, c);
    if (m && m.r1 >= bottom) return true;
  }
  return false;
}

/**
 * The row is a targets header in one of its column blocks, though not as a whole: a staff list beside
 * the targets table puts names and figures in the same row as the years.
 */
function anchorsABlock(view: SheetView, r: number): boolean {
  if (view.filledCols(r).length < 3) return false;
  const blocks = columnBlocks(view, [r]);
  return blocks.length > 1 && blocks.some((b) => isIndicatorHeaderRow(view, r, b.c0, b.c1));
}

/** A second action-plan header row: short words only ("How", "When"). */
function isActionSubHeader(view: SheetView, r: number): boolean {
  if (r > view.lastRow) return false;
  const filled = view.filledCols(r);
  if (filled.length === 0) return false;
  let named = 0;
  for (const c of filled) {
    const t = view.text(r, c);
    if (typeof view.value(r, c) !== 'string' || !headerish(t) || t.length > 30) return false;
    if (actionRoleFor(t)) named++;
  }
  return named >= 1;
}

/** Widen the block left over a column with no header that holds the indicators' names. */
function widenLeft(view: SheetView, block: { c0: number; c1: number }, bottom: number): void {
  while (block.c0 - 1 >= view.firstCol) {
    const c = block.c0 - 1;
    let texts = 0;
    for (let r = bottom + 1; r <= Math.min(bottom + 3, view.lastRow); r++)
      if (typeof view.value(r, c) === 'string') texts++;
    if (texts === 0) return;
    block.c0 = c;
  }
}

export class SheetScanner {
  readonly tables: RecognisedTable[] = [];

  constructor(
    private readonly view: SheetView,
    private readonly ctx: ScanContext,
  ) {}

  /** Every filled cell of the row lies in a table already found: nothing new can start here. */
  private insideFound(r: number): boolean {
    const filled = this.view.filledCols(r);
    if (filled.length === 0) return true;
    return inTables(this.tables, r, filled[0], filled[filled.length - 1]);
  }

  /** Last row a table starting here may reach: just above a table already found below it. */
  private roomBelow(probe: RangeRef): number {
    let last = this.view.lastRow;
    for (const t of this.tables) {
      if (t.range.r0 > probe.r1 && t.range.c0 <= probe.c1 && probe.c0 <= t.range.c1)
        last = Math.min(last, t.range.r0 - 1);
    }
    return last;
  }

  private claimed(range: RangeRef): boolean {
    return this.tables.some((t) => overlaps(t.range, range));
  }

  /** Read one table from a known header; null when it holds no indicators / tasks. */
  readTable(
    header: HeaderBlock,
    limits: ScanLimits,
    force: boolean,
    listObject?: string,
  ): RecognisedTable | null {
    const bottom = header.rows[header.rows.length - 1];
    // a scorecard with year columns and an "Actions" / "Lead" column is a targets table
    const years = header.rows.some((h) => isIndicatorHeaderRow(this.view, h, header.c0, header.c1));
    const action =
      !years &&
      (isActionHeaderRow(this.view, header.rows[0], header.c0, header.c1) ||
        isActionHeaderRow(this.view, bottom, header.c0, header.c1));
    if (action) {
      const t = readActionPlan(this.view, header, classifyActionColumns(header), limits);
      return t && listObject ? { ...t, listObject } : t;
    }
    const cols = classifyIndicatorColumns(header, this.view.name, this.ctx.notes);
    if (!cols.columns.some((c) => c.role === 'year') && !force) return null;
    const rows = sampleRows(this.view, bottom + 1, limits.lastRow, header.c0, header.c1);
    const choices = chooseIdentityColumns(
      { view: this.view, rows, localPrefixes: this.ctx.localPrefixes, catalogue: this.ctx.catalogue },
      cols,
      header.c0,
      header.c1,
    );
    statusUnderYear(this.view, rows, cols);
    const t = readIndicatorTable(this.view, header, cols, { ...this.ctx, force, listObject }, limits);
    if (t) for (const n of doubtsAbout(t, choices, this.view)) this.ctx.notes.push(n);
    return t;
  }

  private hasYears(rows: number[], block: { c0: number; c1: number }): boolean {
    return rows.some((h) =>
      this.view.filledIn(h, block.c0, block.c1).some((c) => isYearHeaderCell(this.view, h, c)),
    );
  }

  /** Header rows for an anchor row: with the band row above or the role row below. */
  private headerRowsAt(r: number, action: boolean): number[] {
    if (action) return isActionSubHeader(this.view, r + 1) ? [r, r + 1] : [r];
    if (isRoleRow(this.view, r + 1)) return [r, r + 1];
    if (isYearRowUnder(this.view, r)) return [r, r + 1];
    if (isBandRow(this.view, r - 1, r)) {
      // three rows: an outer band ("Performance") over inner ones ("Baseline | Actual | Future targets")
      return isBandRow(this.view, r - 2, r - 1) &&
        (mergesInto(this.view, r - 2, r) || namesIdentity(this.view, r - 2))
        ? [r - 2, r - 1, r]
        : [r - 1, r];
    }
    return [r];
  }

  listObjects(): void {
    for (const lo of this.view.sheet.tables) {
      const { r0, c0, r1, c1 } = lo.range;
      if (!lo.showHeaders) continue;
      const rows = isBandRow(this.view, r0 - 1, r0) ? [r0 - 1, r0] : [r0];
      const header = buildHeader(this.view, rows, c0, c1);
      if (this.claimed(lo.range)) continue;
      const t = this.readTable(header, { lastRow: r1, fixed: true }, false, lo.name);
      if (t) this.tables.push(t);
    }
  }

  /** The officer's "use selection as a table": header found in its first rows, else its first row. */
  extra(range: RangeRef): void {
    const { r0, c0, r1, c1 } = range;
    let anchor = r0;
    for (let r = r0; r <= Math.min(r0 + 5, r1); r++) {
      if (isIndicatorHeaderRow(this.view, r, c0, c1) || isActionHeaderRow(this.view, r, c0, c1)) {
        anchor = r;
        break;
      }
    }
    const action =
      !isIndicatorHeaderRow(this.view, anchor, c0, c1) && isActionHeaderRow(this.view, anchor, c0, c1);
    const rows = this.headerRowsAt(anchor, action).filter((h) => h >= r0 && h <= r1);
    const t = this.readTable(buildHeader(this.view, rows, c0, c1), { lastRow: r1, fixed: true }, true);
    if (t) this.tables.push(t);
  }

  scan(): void {
    const view = this.view;
    for (let r = view.firstRow; r <= view.lastRow; r++) {
      if (this.insideFound(r)) continue;
      const indicator =
        isIndicatorHeaderRow(view, r) || isRolesUnderYearBand(view, r) || anchorsABlock(view, r);
      const action = !indicator && isActionHeaderRow(view, r);
      if (!action && !indicator) continue;
      const rows = this.headerRowsAt(r, action);
      for (const block of columnBlocks(view, rows).flatMap((b) => splitSideBySide(view, rows, b))) {
        const own = rows.filter((h) => h === r || headerLikeIn(view, h, block));
        const bottom = own[own.length - 1];
        if (action ? !isActionHeaderRow(view, r, block.c0, block.c1) : !this.hasYears(own, block)) continue;
        if (!action) widenLeft(view, block, bottom);
        const probe = { r0: own[0], c0: block.c0, r1: bottom, c1: block.c1 };
        if (this.claimed(probe)) continue;
        const header = buildHeader(view, own, block.c0, block.c1);
        const t = this.readTable(header, { lastRow: this.roomBelow(probe), fixed: false }, false);
        if (t) this.tables.push(t);
      }
    }
  }
}
