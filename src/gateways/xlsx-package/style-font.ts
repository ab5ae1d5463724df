/**
 * A <font> with a plan's bold, italic, size and colour laid over it. The font's
 * other children (name, family, scheme, underline...) are kept as written; the
 * children are written back in the order Excel writes them.
 */
import type { CellStyle } from '../../engine/model/plan';

const ORDER = [
  'b',
  'i',
  'strike',
  'condense',
  'extend',
  'outline',
  'shadow',
  'u',
  'vertAlign',
  'sz',
  'color',
  'name',
  'family',
  'charset',
  'scheme',
];

function children(font: string): Map<string, string> {
  const out = new Map<string, string>();
  const body = font.endsWith('/>') ? '' : font.slice(font.indexOf('>') + 1, font.lastIndexOf('</'));
  for (const m of body.matchAll(/<(?:\w+:)?(\w+)\b[^>]*?(?:\/>|>.*?<\/(?:\w+:)?\1>)/gs)) out.set(m[1], m[0]);
  return out;
}

/** The font XML with the style's font fields set, or null when the style sets none. */
export function fontWith(font: string, style: CellStyle): string | null {
  const { bold, italic, fontSize, fontColor } = style;
  if (bold === undefined && italic === undefined && fontSize === undefined && fontColor === undefined)
    return null;
  const kids = children(font);
  if (bold !== undefined) bold ? kids.set('b', '<b/>') : kids.delete('b');
  if (italic !== undefined) italic ? kids.set('i', '<i/>') : kids.delete('i');
  if (fontSize !== undefined) kids.set('sz', `<sz val="${fontSize}"/>`);
  if (fontColor !== undefined) kids.set('color', `<color rgb="FF${fontColor.slice(1).toUpperCase()}"/>`);
  const known = ORDER.filter((k) => kids.has(k)).map((k) => kids.get(k));
  const other = [...kids.keys()].filter((k) => !ORDER.includes(k)).map((k) => kids.get(k));
  return `<font>${[...known, ...other].join('')}</font>`;
}
