/**
 * A written cell's XML. Text goes inline (t="inlineStr") rather than into the
 * shared strings, so the shared-strings part (often the largest after the sheets)
 * stays byte for byte as it was; Excel reads inline text and moves it into its
 * table on its next save.
 */
import type { CellValue } from '../../engine/model/snapshot';
import { escapeCellText } from './xml-text';

function styleAttr(style: number): string {
  return style > 0 ? ` s="${style}"` : '';
}

/** The cell with this value and style; null for a cell with neither (nothing to write). */
export function cellXml(ref: string, style: number, value: CellValue | undefined): string | null {
  const s = styleAttr(style);
  if (value === null || value === undefined || value === '') return style > 0 ? `<c r="${ref}"${s}/>` : null;
  if (typeof value === 'number') return `<c r="${ref}"${s}><v>${String(value)}</v></c>`;
  if (typeof value === 'boolean') return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  return `<c r="${ref}"${s} t="inlineStr">${inlineText(value)}</c>`;
}

// a column of ratings is a handful of short words on 100k rows: each escaped once (long texts,
// mostly one of a kind, are not kept)
const INLINE = new Map<string, string>();
const INLINE_KEPT = 10_000;
const SHORT = 64;

function escapedInline(value: string): string {
  const space = /^\s|\s$/.test(value) ? ' xml:space="preserve"' : '';
  return `<is><t${space}>${escapeCellText(value)}</t></is>`;
}

/** <is><t>text</t></is>, escaped, spaces at either end kept. */
function inlineText(value: string): string {
  if (value.length > SHORT) return escapedInline(value);
  let x = INLINE.get(value);
  if (x === undefined) {
    x = escapedInline(value);
    if (INLINE.size >= INLINE_KEPT) INLINE.clear();
    INLINE.set(value, x);
  }
  return x;
}
