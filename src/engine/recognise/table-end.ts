/**
 * Walking down a table: where it ends and which rows repeat its header.
 * One or two blank rows stay inside a table; three end it, unless the header
 * repeats just after (a page break) or another of its indicators does (rows left blank). Another table's header ends it, and so does
 * a long run of rows holding no indicator or task.
 */
import type { HeaderBlock } from './header';
import { isCaption, isFootnote, isOutcomeHeading } from './row-patterns';
import type { SheetView } from './sheet-view';
import { looksLikeHeader } from './anchor';
import { statusKey, statusOf } from '../values/statuses';
import { readCodeCell } from '../catalogue/codes';

export interface ScanLimits {
  /** last row the table may reach */
  lastRow: number;
  /** the range is given (an Excel table, the officer's selection): no guessing where it ends */
  fixed: boolean;
}

export type Step = 'row' | 'skip' | 'repeat' | 'stop';

const BLANKS_THAT_END = 3;
const YEAR_LABELS = /\b((19|20)?\d\d\s*[/-]\s*\d{1,4}|(19|20)\d\d)\b/g;

/** A column label: short, no figures other than years, and not a status such as "nya" or "TBC". */
function isLabel(text: string): boolean {
  if (text.length === 0 || text.length > 60 || statusOf(statusKey(text)) !== undefined) return false;
  return !/\d/.test(text.replace(YEAR_LABELS, ''));
}
const NAMED_TABLE = /^table\s+\w{1,3}\s*[:.\-–]\s*\S/i;
const LOOK_AHEAD = 8;
const ROWS_WITHOUT_BODY = 12;

export class TableEnd {
  private readonly keys: Map<number, string>[];
  private blankRun = 0;
  private sinceBody = 0;
  private bridgeUntil = -1;
  private lastBodyRow = -1;
  /** a blank row came after the last indicator */
  private gapSinceBody = false;

  /**
   * @param isIndicator whether a row would be read as one of the table's indicators (a code, or
   *   a title, and its figures): after a long gap, such a row carries the table on
   */
  constructor(
    private readonly view: SheetView,
    private readonly header: HeaderBlock,
    private readonly limits: ScanLimits,
    private readonly isIndicator?: (r: number) => boolean,
  ) {
    this.keys = header.rows.map((r) => {
      const m = new Map<number, string>();
      for (const c of view.filledIn(r, header.c0, header.c1)) m.set(c, view.text(r, c));
      return m;
    });
  }

  /** The filled cells (within the table's columns) of the row last stepped on. */
  filled: number[] = [];

  /** Does this row repeat one of the header rows (nearly every cell equal)? */
  isRepeat(r: number, filled = this.view.filledIn(r, this.header.c0, this.header.c1)): boolean {
    if (filled.length === 0) return false;
    // a page-break repeat is a copy: the texts are equal, not just alike
    let first: string | undefined;
    for (const keys of this.keys) {
      // cheap gate: the first filled cell must already match (most rows: no header text in that column)
      const key = keys.get(filled[0]);
      if (key === undefined || key !== (first ??= this.view.text(r, filled[0]))) continue;
      let same = 0;
      for (const c of filled) if (keys.get(c) === this.view.text(r, c)) same++;
      if (same >= 0.8 * Math.max(filled.length, keys.size)) return true;
    }
    return false;
  }

  private nextFilled(from: number, to: number): number | null {
    for (let r = from; r <= Math.min(to, this.limits.lastRow); r++) {
      if (!this.view.isBlankRow(r, this.header.c0, this.header.c1)) return r;
    }
    return null;
  }

  /** After a long gap: does the header come back (perhaps after a caption)? */
  private repeatAhead(r: number): number | null {
    const n = this.nextFilled(r + 1, r + LOOK_AHEAD);
    if (n === null) return null;
    if (this.isRepeat(n)) return n;
    const filled = this.view.filledIn(n, this.header.c0, this.header.c1);
    if (filled.length === 1 && isCaption(this.view.text(n, filled[0]))) {
      const m = this.nextFilled(n + 1, n + LOOK_AHEAD);
      if (m !== null && this.isRepeat(m)) return m;
    }
    return null;
  }

  /**
   * After a long gap: the next row holds another indicator of this table (its code and figures in
   * these columns, no header of its own): rows deleted and left blank, not the table's end.
   */
  private indicatorAhead(r: number): number | null {
    if (!this.isIndicator) return null;
    const n = this.nextFilled(r + 1, r + LOOK_AHEAD);
    if (n === null || looksLikeHeader(this.view, n, this.header.c0, this.header.c1)) return null;
    return this.isIndicator(n) ? n : null;
  }

  /** A blank row: inside the table, or (the third in a run) its end unless the table goes on after. */
  private blank(r: number): Step {
    this.blankRun++;
    if (this.lastBodyRow >= 0) this.gapSinceBody = true;
    if (!this.limits.fixed && this.blankRun >= BLANKS_THAT_END) {
      const back = this.repeatAhead(r) ?? this.indicatorAhead(r);
      if (back === null) return 'stop';
      this.bridgeUntil = back;
      this.blankRun = 0;
    }
    return 'skip';
  }

  step(r: number): Step {
    if (r < this.bridgeUntil) return 'skip';
    const filled = this.view.filledIn(r, this.header.c0, this.header.c1);
    this.filled = filled;
    if (filled.length === 0) return this.blank(r);
    this.blankRun = 0;
    if (this.isRepeat(r, filled)) {
      if (!this.limits.fixed && this.closedSinceBody(r)) return 'stop';
      this.sinceBody = 0;
      return 'repeat';
    }
    if (!this.limits.fixed) {
      if (looksLikeHeader(this.view, r, this.header.c0, this.header.c1)) return 'stop';
      if (this.gapSinceBody && this.isForeignHeader(r, filled)) return 'stop';
      if (++this.sinceBody > ROWS_WITHOUT_BODY) return 'stop';
    }
    return 'row';
  }

  /** The row held an indicator or task: the table goes on. */
  body(r?: number): void {
    this.sinceBody = 0;
    this.gapSinceBody = false;
    if (r !== undefined) this.lastBodyRow = r;
  }

  /**
   * After a gap, a row of three or more short labels and no code or figure heads a table of another
   * kind (a staff list, school inspection grades, a budget): this table ended before it.
   */
  private isForeignHeader(r: number, filled: number[]): boolean {
    if (filled.length < 3) return false;
    for (const c of filled) {
      const v = this.view.value(r, c);
      if (typeof v !== 'string' || !isLabel(v.trim()) || readCodeCell(v) !== null) return false;
    }
    return true;
  }

  /**
   * Between the last indicator and a copy of the header stands a footnote or a title of its own ("Local
   * indicators"): the table ended there and the copy heads a second table. A page-break repeat has only
   * blanks, a caption ("Table A (continued)") or an outcome heading before it.
   */
  private closedSinceBody(r: number): boolean {
    if (this.lastBodyRow < 0) return false;
    for (let k = this.lastBodyRow + 1; k < r; k++) {
      const filled = this.view.filledIn(k, this.header.c0, this.header.c1);
      if (filled.length === 0 || filled.length > 2) continue;
      const text = this.view.text(k, filled[0]);
      if (typeof this.view.value(k, filled[0]) !== 'string' || isOutcomeHeading(text)) continue;
      // "Table A" alone marks a page break; "Table 3: 14-19 outcomes" names a table of its own
      if (isCaption(text) && !NAMED_TABLE.test(text)) continue;
      if (isFootnote(text) || filled[0] === this.header.c0) return true;
    }
    return false;
  }

  /**
   * Steps down from under the header to where the table ends, handing each row
   * that is neither blank nor a repeated header to `read`. Returns the header
   * rows: the header's own and every repeat of it.
   */
  walk(read: (r: number) => void): number[] {
    const headerRows = [...this.header.rows];
    for (let r = this.header.rows[this.header.rows.length - 1] + 1; r <= this.limits.lastRow; r++) {
      const step = this.step(r);
      if (step === 'stop') break;
      if (step === 'repeat') headerRows.push(r);
      else if (step === 'row') read(r);
    }
    return headerRows;
  }
}
