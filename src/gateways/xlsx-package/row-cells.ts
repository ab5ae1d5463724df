/**
 * The cells of one <row> element split out by hand, for the rows a plan writes into
 * (rate writes into every indicator row: 100k rows are 100k rebuilt rows). The tag
 * scanner (xml-scan.ts) costs a callback, a name and a stack push per tag; this reads
 * only the shapes Excel, LibreOffice, openpyxl and our own writer give a cell: <c .../>,
 * or <c ...> holding <v>text</v>, <v/> or a plain <is><t>text</t></is>. Anything else,
 * a formula above all (the formula guard must see it), makes it give up (null), and
 * the row is read by the scanner as before, with its checks and messages. A row this
 * accepts is well-formed by construction: each element closes before the next opens,
 * and the row's end tag is the text's end.
 */
import { refCol } from './cell-ref';
import { attrIn } from './xml-text';

export interface OldCell {
  col: number;
  /** the cell's exact XML, from "<c" to its end */
  xml: string;
  /** its s attribute (0 when absent) */
  style: number;
}

const LT = 60;
const GT = 62;
const SLASH = 47;

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

/** xml[lt] starts an element named exactly `name` (not a longer name beginning the same way). */
function opens(xml: string, lt: number, name: string): boolean {
  if (!xml.startsWith(name, lt + 1)) return false;
  const c = xml.charCodeAt(lt + 1 + name.length);
  return c === GT || c === SLASH || isSpace(c);
}

/** Index of the ">" closing the tag opened at `lt`, skipping quoted attribute values; -1 when none. */
export function tagEndAt(xml: string, lt: number): number {
  let quote = 0;
  for (let i = lt + 1; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === GT) return i;
    else if (c === LT) return -1;
  }
  return -1;
}

/** Past "</name>" when xml has it at `at`, else -1. */
function closes(xml: string, at: number, name: string): number {
  return xml.startsWith(`</${name}>`, at) ? at + name.length + 3 : -1;
}

/** Past <v>text</v> or <v/> at `lt`, or -1. */
function v(xml: string, lt: number): number {
  if (xml.startsWith('<v/>', lt)) return lt + 4;
  if (!xml.startsWith('<v>', lt)) return -1;
  return closes(xml, xml.indexOf('<', lt + 3), 'v');
}

/** Past <is><t ...>text</t></is> (or <t/>) at `lt`, or -1. */
function is(xml: string, lt: number): number {
  if (!xml.startsWith('<is>', lt) || !opens(xml, lt + 4, 't')) return -1;
  const gt = tagEndAt(xml, lt + 4);
  if (gt === -1) return -1;
  let after = gt + 1;
  if (xml.charCodeAt(gt - 1) !== SLASH) after = closes(xml, xml.indexOf('<', after), 't');
  return after === -1 ? -1 : closes(xml, after, 'is');
}

/** Past the body and "</c>" of a cell whose tag ended at `from`, or -1. */
function cellBody(xml: string, from: number): number {
  let i = from;
  for (;;) {
    const at = xml.indexOf('<', i);
    if (at === -1) return -1;
    const end = closes(xml, at, 'c');
    if (end !== -1) return end;
    const c = xml.charCodeAt(at + 1);
    i = c === 118 /* v */ ? v(xml, at) : c === 105 /* i */ ? is(xml, at) : -1;
    if (i === -1) return -1;
  }
}

/** Text between elements: only white space is left to this path. */
function blankBetween(xml: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(xml.charCodeAt(i))) return false;
  return true;
}

/** Where the value of ` name="` starts in the tag xml[lt, gt), or -1 (spaces around "=" included). */
function valueAt(xml: string, lt: number, gt: number, name: string): number {
  const at = xml.indexOf(` ${name}="`, lt);
  return at === -1 || at > gt ? -1 : at + name.length + 3;
}

/** The column of the cell's r ("AB12" -> 27), read in place; -1 when it has none. */
function columnOf(xml: string, lt: number, gt: number): number {
  const at = valueAt(xml, lt, gt, 'r');
  if (at !== -1) return refCol(xml, at, gt);
  const r = attrIn(xml, lt, gt + 1, 'r');
  return r === undefined ? -1 : refCol(r, 0, r.length);
}

/** The cell's s, read in place when it is plain digits; as Number() reads it otherwise (0 when absent). */
function styleOf(xml: string, lt: number, gt: number): number {
  const at = valueAt(xml, lt, gt, 's');
  if (at !== -1) {
    let n = 0;
    let i = at;
    for (let c = xml.charCodeAt(i); c >= 48 && c <= 57; c = xml.charCodeAt(++i)) n = n * 10 + (c - 48);
    if (i > at && xml.charCodeAt(i) === 34) return n;
  }
  return Number(attrIn(xml, lt, gt + 1, 's') ?? 0);
}

/**
 * The cells of `rowXml` (a whole <row> element) in document order, or null when the
 * row holds anything but plain cells, a cell without an r, or is not well-formed.
 */
export function plainRowCells(rowXml: string): OldCell[] | null {
  if (!opens(rowXml, 0, 'row')) return null;
  const rowEnd = tagEndAt(rowXml, 0);
  if (rowEnd === -1) return null;
  if (rowXml.charCodeAt(rowEnd - 1) === SLASH) return rowEnd === rowXml.length - 1 ? [] : null;
  const out: OldCell[] = [];
  let i = rowEnd + 1;
  for (;;) {
    const lt = rowXml.indexOf('<', i);
    if (lt === -1 || !blankBetween(rowXml, i, lt)) return null;
    if (rowXml.startsWith('</row>', lt)) return lt + 6 === rowXml.length ? out : null;
    if (!opens(rowXml, lt, 'c')) return null;
    const gt = tagEndAt(rowXml, lt);
    if (gt === -1) return null;
    const col = columnOf(rowXml, lt, gt);
    if (col < 0) return null;
    const end = rowXml.charCodeAt(gt - 1) === SLASH ? gt + 1 : cellBody(rowXml, gt + 1);
    if (end === -1) return null;
    out.push({ col, xml: rowXml.slice(lt, end), style: styleOf(rowXml, lt, gt) });
    i = end;
  }
}

/**
 * The last column of a row whose cells could be copied as one piece when a plan only
 * appends to its right: every <c> carries an r, the columns rise strictly, and the row
 * has no formula (the guard must see those), comment or CDATA. -1 for an empty row; null
 * when the row must be split cell by cell. Only tags are read: nothing is sliced.
 */
export function lastColumnIfPlain(rowXml: string, bodyFrom: number, bodyTo: number): number | null {
  if (rowXml.indexOf('<f', bodyFrom) !== -1 || rowXml.indexOf('<!', bodyFrom) !== -1) return null;
  // the first element must be an unprefixed cell: <x:c> cells would not be seen below
  const first = rowXml.indexOf('<', bodyFrom);
  if (first !== bodyTo && !opens(rowXml, first, 'c')) return null;
  let last = -1;
  for (let lt = rowXml.indexOf('<c', bodyFrom); lt !== -1 && lt < bodyTo; lt = rowXml.indexOf('<c', lt + 2)) {
    // "<c " or "<c>" opens a cell; "<color", "<charset" (rich text) do not
    const next = rowXml.charCodeAt(lt + 2);
    if (next === GT) return null; // a cell without r
    if (!isSpace(next) && next !== SLASH) continue;
    const gt = tagEndAt(rowXml, lt);
    if (gt === -1) return null;
    const col = columnOf(rowXml, lt, gt);
    if (col <= last) return null;
    last = col;
  }
  return last;
}
