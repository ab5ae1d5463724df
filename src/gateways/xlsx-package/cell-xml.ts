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

function escapedInline(value: string): string {
  const space = /^\s|\s$/.test(value) ? ' xml:space="preserve"' : '';
  return `<is><t${space}>${escapeCellText(value)}</t></is>`;
}

// what escapedInline would change: markup characters, "_x" escapes, characters XML cannot hold,
// white space at either end. Most cell text has none of them and goes as it is (no cache: a
// 100k-row report's texts are mostly one of a kind, and a map of them cost more than it saved)
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPING = /[<>&"_\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|^\s|\s$/;

/** <is><t>text</t></is>, escaped, spaces at either end kept. */
function inlineText(value: string): string {
  return NEEDS_ESCAPING.test(value) ? escapedInline(value) : `<is><t>${value}</t></is>`;
}
