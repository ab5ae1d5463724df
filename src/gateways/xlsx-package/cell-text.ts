/**
 * A cell's stored text as the value Office.js would report: shared and inline
 * strings as text (empty text is an empty cell), booleans, error cells as their
 * text ("#N/A"), and numbers exactly as written. A formula cell gives its cached
 * result, read by the same rules.
 */
import type { CellValue } from '../../engine/model/snapshot';
import { decodeXml } from './xml-text';

/** The cell's t attribute: n number (the default), s shared string, str formula text, inlineStr, b, e, d. */
export type CellKind = 'n' | 's' | 'str' | 'inlineStr' | 'b' | 'e' | 'd';

const KINDS = new Set<string>(['n', 's', 'str', 'inlineStr', 'b', 'e', 'd']);

export function kindOf(t: string | undefined): CellKind {
  return t !== undefined && KINDS.has(t) ? (t as CellKind) : 'n';
}

/** The kind spelled in xml[from, to), told by length and first letter so no substring is made. */
export function kindAt(xml: string, from: number, to: number): CellKind {
  const len = to - from;
  const c = xml[from];
  if (len === 1) return c === 's' || c === 'b' || c === 'e' || c === 'd' ? c : 'n';
  if (len === 3 && xml.startsWith('str', from)) return 'str';
  if (len === 9 && xml.startsWith('inlineStr', from)) return 'inlineStr';
  return 'n';
}

const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL_1900 = 25569;

/**
 * t="d" holds an ISO 8601 date (Strict OOXML, some exporters); Excel keeps dates as
 * serial numbers, so that is what the engine gets. 1900 system: the 1904 shift
 * does not apply to an absolute date.
 */
function isoToSerial(iso: string): CellValue {
  const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(iso) || !iso.includes('T') ? iso : `${iso}Z`);
  return Number.isFinite(ms) ? ms / MS_PER_DAY + UNIX_EPOCH_SERIAL_1900 : iso;
}

function text(s: string): CellValue {
  return s === '' ? null : s;
}

function number(s: string): CellValue {
  // parseFloat, as exceljs reads <v>: the shortest double that round-trips the text, so
  // "0.08400000000000001" stays that number and "40000.123456789" is not moved by a Date
  const n = parseFloat(s);
  return Number.isFinite(n) ? n : null;
}

/** The value of a cell whose <v> text is `v` (entities decoded) and inline text `inline`. */
export function readCellText(
  kind: CellKind,
  v: string | null,
  inline: string | null,
  shared: readonly string[],
): CellValue {
  if (kind === 'inlineStr') return inline !== null ? text(inline) : v === null ? null : text(v);
  if (v === null) return inline !== null ? text(inline) : null;
  switch (kind) {
    case 's':
      return text(shared[parseInt(v, 10)] ?? '');
    case 'str':
      return text(v);
    case 'b':
      return parseInt(v, 10) !== 0;
    case 'e':
      return v;
    case 'd':
      return isoToSerial(v);
    default:
      return number(v);
  }
}

export { decodeXml };
