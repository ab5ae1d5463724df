/**
 * [Content_Types].xml: what each part is. Read to tell worksheets from chart
 * sheets and to keep an .xlsm macro-enabled; patched only when the plan adds or
 * deletes a sheet, by inserting or cutting single <Override> elements so the rest
 * of the part stays as written.
 */
import { appendToRoot, attrIn, escapeXml } from './xml-text';
import { parseSmallXml } from './xml-parts';
import { partKey } from './part-names';
import { scanXml } from './xml-scan';

export const CONTENT_TYPES = '[Content_Types].xml';
export const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

export interface ContentTypes {
  defaults: Map<string, string>;
  overrides: Map<string, string>;
}

export function readContentTypes(xml: string, file: string): ContentTypes {
  const ct: ContentTypes = { defaults: new Map(), overrides: new Map() };
  parseSmallXml(xml, file, CONTENT_TYPES, {
    open(name, a) {
      if (name === 'Default' && a.Extension) ct.defaults.set(a.Extension.toLowerCase(), a.ContentType ?? '');
      if (name === 'Override' && a.PartName) ct.overrides.set(partKey(a.PartName), a.ContentType ?? '');
    },
  });
  return ct;
}

export function contentTypeOf(ct: ContentTypes, part: string): string {
  const o = ct.overrides.get(partKey(part));
  if (o !== undefined) return o;
  const dot = part.lastIndexOf('.');
  return ct.defaults.get(part.slice(dot + 1).toLowerCase()) ?? '';
}

/** The part with an Override for `part` added before </Types>. */
export function addOverride(xml: string, part: string, type: string): string {
  return appendToRoot(xml, `<Override PartName="/${escapeXml(part)}" ContentType="${escapeXml(type)}"/>`);
}

/** The part without the Override for `part` (compared as OPC does, without regard to case). */
export function removeOverride(xml: string, part: string): string {
  const key = partKey(part);
  const cut: number[] = [];
  scanXml(
    xml,
    {
      open(x, name, start, end) {
        if (
          cut.length === 0 &&
          name.endsWith('Override') &&
          partKey(attrIn(x, start, end, 'PartName') ?? '') === key
        ) {
          cut.push(start, end);
        }
      },
      close() {},
    },
    CONTENT_TYPES,
  );
  if (cut.length === 0) return xml;
  const [s, e] = cut;
  return xml.slice(0, s) + xml.slice(e);
}
