/**
 * The fast path through <sheetData>: whole <row> elements read straight from the
 * text, for the shapes Excel, LibreOffice, openpyxl and exceljs write (<c> with
 * r, s and t; <v>, <f> and a plain <is><t>). No tag names, attribute maps or value
 * substrings are made: shared-string indexes and plain decimals are read from the
 * characters. A row holding anything else (rich or phonetic text, CDATA, comments,
 * prefixed names, extLst, a malformed tag) or not yet complete in the buffer is
 * taken back and left to the general scanner (xml-scan.ts), which reads it tag by
 * tag with the same results and reports what is wrong with it; so are the tags
 * around the rows. Rows read here are well-formed by construction: each element
 * this path accepts is closed by its own end tag before the next opens.
 *
 * Helpers called per cell live in this module: the dev runners (tsx, swc) turn an
 * imported function into a getter called on every use.
 */
import type { CellValue } from '../../engine/model/snapshot';
import type { CellKind } from './cell-text';
import * as cellText from './cell-text';
import * as xmlText from './xml-text';

/** What the rows are read into (the sheet reader's own state). */
export interface RowSink {
  /** remembers the state before a row, so a row given up half-way can be taken back */
  mark(): void;
  rollback(): void;
  /** `r` is the row attribute's 0-based index, -1 when it has no digits, null when it is absent */
  beginRow(r: number | null, hidden: boolean): void;
  endRow(): void;
  /** `col` and `row` from the cell's r (-1 when absent), its style index and t */
  beginCell(col: number, row: number, style: number, kind: CellKind): void;
  keep(value: CellValue): void;
  /** a formula cell's value; `saved` false when the file holds no result for it (no <v>) */
  keepFormula(value: CellValue, saved: boolean): void;
}

const LT = 60;
const GT = 62;
const SLASH = 47;
const EQ = 61;
const DQUOTE = 34;
const SQUOTE = 39;

/** attr(): the tag ended with ">" / "/>", or is incomplete or not one this path reads */
const TAG_OPEN = -1;
const TAG_CLOSED = -2;
const GIVE_UP = -3;

/** 10^0 .. 10^22, every one exact in a double */
const POW10: number[] = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));
const TWO_53 = 2 ** 53;

const readCellText = cellText.readCellText;
const decodeXml = xmlText.decodeXml;
const decodeOoxmlEscapes = xmlText.decodeOoxmlEscapes;

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

function skipSpace(xml: string, i: number): number {
  while (isSpace(xml.charCodeAt(i))) i++;
  return i;
}

/** A character that can go on an attribute's name (NaN, past the text's end, cannot). */
function isNameChar(c: number): boolean {
  return c > 32 && c !== EQ && c !== GT && c !== SLASH && c !== LT;
}

/** True when xml[lt] starts the element `name` (its name followed by a space, ">" or "/"). */
function opens(xml: string, lt: number, name: string): boolean {
  if (!xml.startsWith(name, lt + 1)) return false;
  const c = xml.charCodeAt(lt + 1 + name.length);
  return c === GT || c === SLASH || isSpace(c);
}

/** The kind spelled in xml[from, to) (cell-text.ts's kindAt, here so it is a plain call). */
function kindAt(xml: string, from: number, to: number): CellKind {
  const len = to - from;
  if (len === 1) {
    const c = xml[from];
    return c === 's' || c === 'b' || c === 'e' || c === 'd' ? c : 'n';
  }
  if (len === 3 && xml.startsWith('str', from)) return 'str';
  if (len === 9 && xml.startsWith('inlineStr', from)) return 'inlineStr';
  return 'n';
}

/** The unsigned integer xml[from, to), or -1 when it is empty or holds anything but digits. */
function wholeNumber(xml: string, from: number, to: number): number {
  if (from >= to) return -1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = xml.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/**
 * A plain decimal ("-12.5", "0.08400000000000001") as parseFloat reads it, or
 * undefined for anything else. Exact: the digits make an integer below 2^53 and
 * the scale is a power of ten up to 10^22, both exact doubles, so the one division
 * is correctly rounded (Clinger's fast path), as parseFloat is.
 */
function plainDecimal(xml: string, from: number, to: number): number | undefined {
  let i = from;
  const negative = xml.charCodeAt(i) === 45; /* - */
  if (negative) i++;
  let m = 0;
  let scale = -1;
  let digits = 0;
  for (; i < to; i++) {
    const c = xml.charCodeAt(i);
    if (c === 46 /* . */ && scale === -1) scale = 0;
    else if (c >= 48 && c <= 57) {
      m = m * 10 + (c - 48);
      digits++;
      if (scale !== -1) scale++;
    } else return undefined;
  }
  if (digits === 0 || m >= TWO_53 || scale > 22) return undefined;
  const n = scale > 0 ? m / POW10[scale] : m;
  return negative ? -n : n;
}

/** Reads rows into a sink; one per sheet. */
export class RowScanner {
  // the last attribute attr() found: its name xml[name, nameEnd), its value xml[value, valueEnd)
  private name = 0;
  private nameEnd = 0;
  private value = 0;
  private valueEnd = 0;
  /** where the last tag attr() walked to its end finished (just past ">") */
  private tagEnd = 0;
  // the cell being read: its <v> text span (-1 none) and inline text
  private vFrom = -1;
  private vTo = -1;
  private inline: string | null = null;
  // the cell has an <f>, and a <v> (even an empty one) holding its saved result
  private formula = false;
  private saved = false;
  // the cell's tag: column and row of its r (-1 none), style index, t
  private col = -1;
  private cellRow = -1;
  private style = 0;
  private kind: CellKind = 'n';

  constructor(
    private readonly sink: RowSink,
    private readonly sharedStrings: readonly string[],
  ) {}

  /**
   * Reads whole rows from `from` on. Returns where it stopped: at the first token
   * that is not a row it could read whole (the general scanner's to take), or at
   * the end of the text.
   */
  run(xml: string, from: number): number {
    let i = from;
    for (;;) {
      const lt = xml.indexOf('<', i);
      if (lt === -1) return i;
      if (!opens(xml, lt, 'row')) return lt;
      this.sink.mark();
      const end = this.row(xml, lt);
      if (end < 0) {
        this.sink.rollback();
        return lt;
      }
      i = end;
    }
  }

  /** The row at `lt`; the index after it, or GIVE_UP. */
  private row(xml: string, lt: number): number {
    const closed = this.rowTag(xml, lt);
    if (closed === GIVE_UP) return GIVE_UP;
    if (closed === TAG_CLOSED) {
      this.sink.endRow();
      return this.tagEnd;
    }
    let i = this.tagEnd;
    for (;;) {
      const at = xml.indexOf('<', i);
      if (at === -1) return GIVE_UP;
      if (opens(xml, at, 'c')) i = this.cell(xml, at);
      else if (xml.startsWith('</row>', at)) {
        this.sink.endRow();
        return at + 6;
      } else i = GIVE_UP;
      if (i < 0) return GIVE_UP;
    }
  }

  /** Reads <row ...>: TAG_OPEN, TAG_CLOSED (a row with no cells) or GIVE_UP. */
  private rowTag(xml: string, lt: number): number {
    let r: number | null = null;
    let hidden = false;
    let i = lt + 4;
    for (;;) {
      i = this.attr(xml, i);
      if (i < 0) break;
      const len = this.nameEnd - this.name;
      if (len === 1 && xml.charCodeAt(this.name) === 114 /* r */) r = this.refRow(xml);
      else if (len === 6 && xml.startsWith('hidden', this.name)) {
        const v = this.valueEnd - this.value;
        hidden =
          (v === 1 && xml.charCodeAt(this.value) === 49) || (v === 4 && xml.startsWith('true', this.value));
      }
    }
    if (i !== GIVE_UP) this.sink.beginRow(r, hidden);
    return i;
  }

  /** The cell at `lt`: the index after it, or GIVE_UP. */
  private cell(xml: string, lt: number): number {
    const closed = this.cellTag(xml, lt);
    if (closed === GIVE_UP) return GIVE_UP;
    this.vFrom = -1;
    this.vTo = -1;
    this.inline = null;
    this.formula = false;
    this.saved = false;
    if (closed === TAG_CLOSED) {
      this.sink.keep(null);
      return this.tagEnd;
    }
    let i = this.tagEnd;
    // most cells are <v>...</v></c>
    if (xml.startsWith('<v>', i)) {
      const end = xml.indexOf('<', i + 3);
      if (end !== -1 && xml.startsWith('</v></c>', end)) {
        this.vFrom = i + 3;
        this.vTo = end;
        this.sink.keep(this.cellValue(xml));
        return end + 8;
      }
    }
    for (;;) {
      const at = xml.indexOf('<', i);
      if (at === -1) return GIVE_UP;
      const c = xml.charCodeAt(at + 1);
      if (c === SLASH) {
        if (!xml.startsWith('</c>', at)) return GIVE_UP;
        if (this.formula) this.sink.keepFormula(this.cellValue(xml), this.saved);
        else this.sink.keep(this.cellValue(xml));
        return at + 4;
      }
      i = c === 118 /* v */ ? this.v(xml, at) : c === 102 /* f */ ? this.f(xml, at) : this.is(xml, at);
      if (i < 0) return GIVE_UP;
    }
  }

  /** Reads <c ...>: r, s and t. */
  private cellTag(xml: string, lt: number): number {
    this.col = -1;
    this.cellRow = -1;
    this.style = 0;
    this.kind = 'n';
    let i = lt + 2;
    for (;;) {
      let c = xml.charCodeAt(i);
      while (isSpace(c)) c = xml.charCodeAt(++i);
      if (c === GT || c === SLASH) break;
      i = this.cellAttr(xml, i, c);
      if (i < 0) return GIVE_UP;
    }
    const closed = this.tagClose(xml, i);
    if (closed !== GIVE_UP) this.sink.beginCell(this.col, this.cellRow, this.style, this.kind);
    return closed;
  }

  /** The attribute of <c> at i (its first character `first`): r, s and t read in place, others skipped. */
  private cellAttr(xml: string, i: number, first: number): number {
    const rst = first === 114 /* r */ || first === 115 /* s */ || first === 116; /* t */
    const q = xml.charCodeAt(i + 2);
    if (rst && xml.charCodeAt(i + 1) === EQ && (q === DQUOTE || q === SQUOTE))
      return this.rst(xml, first, i + 3, q);
    // another attribute, or spaces around "="
    const next = this.attr(xml, i);
    if (next < 0) return GIVE_UP;
    const one = this.nameEnd - this.name === 1;
    return rst && one ? this.rst(xml, first, this.value, xml.charCodeAt(this.valueEnd)) : next;
  }

  /** The value of r, s or t (`name`) from `at` to its `quote`; the index after the quote. */
  private rst(xml: string, name: number, at: number, quote: number): number {
    if (name === 114) return this.ref(xml, at, quote);
    return name === 115 ? this.styleAt(xml, at, quote) : this.kindAt(xml, at, quote);
  }

  /** "AB12" from i to the quote: column and row, as cell-ref.ts's refCol and refRow read them. */
  private ref(xml: string, i: number, quote: number): number {
    const from = i;
    let col = 0;
    let c = xml.charCodeAt(i);
    while ((c | 0x20) >= 97 && (c | 0x20) <= 122) {
      col = col * 26 + ((c | 0x20) - 96);
      c = xml.charCodeAt(++i);
    }
    this.col = i === from ? -1 : col - 1;
    const digits = i;
    let row = 0;
    while (c >= 48 && c <= 57) {
      row = row * 10 + (c - 48);
      c = xml.charCodeAt(++i);
    }
    this.cellRow = i === digits ? -1 : row - 1;
    return this.afterValue(xml, i, c, quote);
  }

  private styleAt(xml: string, i: number, quote: number): number {
    let style = 0;
    let c = xml.charCodeAt(i);
    while (c >= 48 && c <= 57) {
      style = style * 10 + (c - 48);
      c = xml.charCodeAt(++i);
    }
    this.style = style;
    return this.afterValue(xml, i, c, quote);
  }

  private kindAt(xml: string, i: number, quote: number): number {
    const close = xml.indexOf(quote === DQUOTE ? '"' : "'", i);
    if (close === -1) return GIVE_UP;
    this.kind = kindAt(xml, i, close);
    return close + 1;
  }

  /** Just past the value's closing quote, from `i` (character `c`) inside it. */
  private afterValue(xml: string, i: number, c: number, quote: number): number {
    if (c === quote) return i + 1;
    const close = xml.indexOf(quote === DQUOTE ? '"' : "'", i);
    return close === -1 ? GIVE_UP : close + 1;
  }

  /** At ">" or "/>": TAG_OPEN or TAG_CLOSED with tagEnd just past it, or GIVE_UP. */
  private tagClose(xml: string, i: number): number {
    if (xml.charCodeAt(i) === GT) {
      this.tagEnd = i + 1;
      return TAG_OPEN;
    }
    this.tagEnd = i + 2;
    return xml.charCodeAt(i + 1) === GT ? TAG_CLOSED : GIVE_UP;
  }

  /** Row of the r value's digits after its letters ("AB12" -> 11), -1 when none. */
  private refRow(xml: string): number {
    let i = this.value;
    for (; i < this.valueEnd; i++) {
      const c = xml.charCodeAt(i) | 0x20;
      if (c < 97 || c > 122) break;
    }
    let row = 0;
    const first = i;
    for (; i < this.valueEnd; i++) {
      const c = xml.charCodeAt(i);
      if (c < 48 || c > 57) break;
      row = row * 10 + (c - 48);
    }
    return i === first ? -1 : row - 1;
  }

  /** <v>text</v> or <v/>; the index after it, or GIVE_UP. */
  private v(xml: string, lt: number): number {
    const c = xml.charCodeAt(lt + 2);
    if (c === SLASH && xml.charCodeAt(lt + 3) === GT) {
      this.saved = true;
      return lt + 4;
    }
    if (c !== GT) return GIVE_UP;
    const end = xml.indexOf('<', lt + 3);
    if (end === -1 || !xml.startsWith('</v>', end)) return GIVE_UP;
    this.saved = true;
    this.vFrom = lt + 3;
    this.vTo = end;
    return end + 4;
  }

  /** <f .../> or <f ...>formula</f>, skipped: the cached value is what is read (noted as a formula's). */
  private f(xml: string, lt: number): number {
    if (!opens(xml, lt, 'f')) return GIVE_UP;
    this.formula = true;
    let i = lt + 2;
    do i = this.attr(xml, i);
    while (i >= 0);
    if (i === GIVE_UP) return GIVE_UP;
    if (i === TAG_CLOSED) return this.tagEnd;
    const end = xml.indexOf('<', this.tagEnd);
    return end !== -1 && xml.startsWith('</f>', end) ? end + 4 : GIVE_UP;
  }

  /** <is><t>text</t></is> (with any attributes on t): the plain inline string; anything richer gives up. */
  private is(xml: string, lt: number): number {
    if (!xml.startsWith('<is>', lt)) return GIVE_UP;
    const t = skipSpace(xml, lt + 4);
    if (xml.charCodeAt(t) !== LT || !opens(xml, t, 't')) return GIVE_UP;
    let i = t + 2;
    do i = this.attr(xml, i);
    while (i >= 0);
    if (i === GIVE_UP) return GIVE_UP;
    let after = this.tagEnd;
    let text = '';
    if (i === TAG_OPEN) {
      const end = xml.indexOf('<', after);
      if (end === -1 || !xml.startsWith('</t>', end)) return GIVE_UP;
      text = decodeOoxmlEscapes(decodeXml(xml.slice(after, end)));
      after = end + 4;
    }
    after = skipSpace(xml, after);
    if (!xml.startsWith('</is>', after)) return GIVE_UP;
    this.inline = text;
    return after + 5;
  }

  /** The cell's value: shared-string indexes and plain decimals read in place, the rest by cell-text.ts. */
  private cellValue(xml: string): CellValue {
    const from = this.vFrom;
    if (from !== -1 && this.kind === 's') {
      const k = wholeNumber(xml, from, this.vTo);
      if (k !== -1) {
        const s = this.sharedStrings[k];
        return s === undefined || s === '' ? null : s;
      }
    } else if (from !== -1 && this.kind === 'n') {
      const n = plainDecimal(xml, from, this.vTo);
      if (n !== undefined) return n;
    }
    const v = from === -1 ? null : decodeXml(xml.slice(from, this.vTo));
    return readCellText(this.kind, v, this.inline, this.sharedStrings);
  }

  /**
   * Walks one attribute of a tag from `i`: the index after it (its positions in
   * name/value), or TAG_OPEN / TAG_CLOSED when the tag ends there (tagEnd just past
   * it), or GIVE_UP when the tag is incomplete or not plain name="value" pairs.
   */
  private attr(xml: string, i: number): number {
    i = skipSpace(xml, i);
    const c = xml.charCodeAt(i);
    if (c === GT || c === SLASH) return this.tagClose(xml, i);
    this.name = i;
    while (isNameChar(xml.charCodeAt(i))) i++;
    this.nameEnd = i;
    i = skipSpace(xml, i);
    if (i === this.name || xml.charCodeAt(i) !== EQ) return GIVE_UP;
    i = skipSpace(xml, i + 1);
    const q = xml.charCodeAt(i);
    if (q !== DQUOTE && q !== SQUOTE) return GIVE_UP;
    const close = xml.indexOf(q === DQUOTE ? '"' : "'", i + 1);
    if (close === -1) return GIVE_UP;
    this.value = i + 1;
    this.valueEnd = close;
    return close + 1;
  }
}
