/**
 * Parts written under a prefix. The Open XML SDK and tools built on it write
 * `<x:worksheet xmlns:x="...spreadsheetml/2006/main">` with no default namespace,
 * and the element names inside carry the prefix. What this layer adds to a part it
 * patches (cells, rows, <cols>, <xf>, <sheet>, <Relationship>...) is written without
 * a prefix, which in such a part would put it in no namespace at all: Excel would
 * drop it or call the file damaged. So before anything is added, the root also
 * declares the default namespace, bound to the root's own: the original elements
 * keep their prefix and their bytes, the added ones land in the same namespace.
 */
import { attrIn, escapeXml } from './xml-text';

export interface RootInsert {
  /** where the declaration goes: just after the root element's name */
  at: number;
  text: string;
}

/** The root start tag's span: the first "<" that opens an element (not <?...?>, <!-- -->, <!DOCTYPE>). */
function rootTag(xml: string): { start: number; end: number } | null {
  let lt = xml.indexOf('<');
  while (lt !== -1) {
    const c = xml.charCodeAt(lt + 1);
    if (c === 63 /* ? */) lt = xml.indexOf('<', xml.indexOf('?>', lt) + 2);
    else if (xml.startsWith('<!--', lt)) lt = xml.indexOf('<', xml.indexOf('-->', lt) + 3);
    else if (c === 33 /* ! */) lt = xml.indexOf('<', xml.indexOf('>', lt) + 1);
    else break;
  }
  if (lt === -1) return null;
  const gt = xml.indexOf('>', lt);
  return gt === -1 ? null : { start: lt, end: gt + 1 };
}

/**
 * The declaration a part rooted at xml[start, end) needs, or null when its root has
 * no prefix or already declares a default namespace.
 */
export function defaultNamespaceAt(xml: string, start: number, end: number): RootInsert | null {
  let nameEnd = start + 1;
  while (nameEnd < end && !/[\s/>]/.test(xml[nameEnd])) nameEnd++;
  const name = xml.slice(start + 1, nameEnd);
  const colon = name.indexOf(':');
  if (colon === -1 || attrIn(xml, start, end, 'xmlns') !== undefined) return null;
  const uri = attrIn(xml, start, end, `xmlns:${name.slice(0, colon)}`);
  if (uri === undefined) return null;
  return { at: nameEnd, text: ` xmlns="${escapeXml(uri)}"` };
}

/** The part's text with its root declaring the default namespace where it needs to (see above). */
export function withDefaultNamespace(xml: string): string {
  const root = rootTag(xml);
  const insert = root && defaultNamespaceAt(xml, root.start, root.end);
  return insert ? xml.slice(0, insert.at) + insert.text + xml.slice(insert.at) : xml;
}

/** Just past the root start tag ("" -> 0): where a first child goes. */
export function afterRootTag(xml: string): number {
  return rootTag(xml)?.end ?? 0;
}
