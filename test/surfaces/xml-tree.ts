/**
 * A tiny XML reader for the manifest tests: elements, attributes and text, no DTDs or CDATA.
 * Enough for manifest.xml, and it keeps the test from depending on a parser we do not install.
 */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e]);

export function parseXml(xml: string): XmlElement {
  const body = xml.replace(/<\?[\s\S]*?\?>/g, '').replace(/<!--[\s\S]*?-->/g, '');
  const root: XmlElement = { name: '#document', attrs: {}, children: [], text: '' };
  const stack = [root];
  const token = /<(\/?)([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*"[^"]*")*)\s*(\/?)>|([^<]+)/g;
  for (const [, closing, name, attrText, selfClosing, text] of body.matchAll(token)) {
    const parent = stack[stack.length - 1];
    if (text !== undefined) {
      parent.text += decode(text.trim());
    } else if (closing) {
      if (parent.name !== name) throw new Error(`</${name}> closes <${parent.name}>`);
      stack.pop();
    } else {
      const attrs: Record<string, string> = {};
      for (const [, key, value] of (attrText ?? '').matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g))
        attrs[key] = decode(value);
      const element: XmlElement = { name, attrs, children: [], text: '' };
      parent.children.push(element);
      if (!selfClosing) stack.push(element);
    }
  }
  if (stack.length !== 1) throw new Error(`<${stack[stack.length - 1].name}> is never closed`);
  return root.children[0];
}

/** Every element below (and including) `from`, in document order. */
export function descendants(from: XmlElement): XmlElement[] {
  return [from, ...from.children.flatMap(descendants)];
}

/** Local name without a namespace prefix: bt:Image -> Image. */
export const localName = (e: XmlElement) => e.name.replace(/^.*:/, '');

export function findAll(from: XmlElement, name: string): XmlElement[] {
  return descendants(from).filter((e) => localName(e) === name);
}
