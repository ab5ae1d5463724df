/**
 * Text and attributes inside XML, read straight from the part's text without an
 * object per tag: the sheet reader and the patchers ask for one or two attributes
 * of a tag at a time, so they search the tag's span rather than build a map.
 */

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const ENTITY = /&(#x[0-9A-Fa-f]+|#[0-9]+|[A-Za-z]+);/g;

function entity(whole: string, body: string): string {
  if (body.charCodeAt(0) !== 35 /* # */) return NAMED[body] ?? whole;
  const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
  return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
}

/** XML character and entity references to text; most cell text has none, so that costs one indexOf. */
export function decodeXml(s: string): string {
  return s.indexOf('&') === -1 ? s : s.replace(ENTITY, entity);
}

/**
 * OOXML's own escape for characters XML 1.0 cannot carry ("_x000D_" for a carriage
 * return), undone as exceljs does for <t> text, upper-case hex only.
 */
export function decodeOoxmlEscapes(s: string): string {
  return s.indexOf('_x') === -1
    ? s
    : s.replace(/_x([0-9A-F]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

const ESCAPES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' };

/** Text for an element's body or an attribute value in double quotes. */
export function escapeXml(s: string): string {
  return s.replace(/[<>&"]/g, (c) => ESCAPES[c]);
}

/** Characters XML 1.0 cannot hold at all, written the OOXML way (and "_x" itself escaped, so it reads back). */
export function escapeCellText(s: string): string {
  // eslint-disable-next-line no-control-regex
  const ooxml = s.replace(/_x([0-9A-Fa-f]{4})_|[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/g, (m) =>
    m.length > 1
      ? `_x005F${m.slice(1)}`
      : `_x${m.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
  );
  return escapeXml(ooxml);
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/**
 * The value of attribute `name` in the tag text xml[from, to), or undefined. `name`
 * is matched whole (the character before it is a space, the one after is "=" or a
 * space), so "r" never matches inside "spans" or "x14ac:dyDescent".
 */
export function attrIn(xml: string, from: number, to: number, name: string): string | undefined {
  // search the tag alone: an unbounded indexOf for a name the tag lacks would run on through the part
  const tag = xml.slice(from, to);
  let at = tag.indexOf(name);
  while (at !== -1) {
    const end = at + name.length;
    if (isSpace(tag.charCodeAt(at - 1))) {
      let i = end;
      while (isSpace(tag.charCodeAt(i))) i++;
      if (tag.charCodeAt(i) === 61 /* = */) {
        i++;
        while (isSpace(tag.charCodeAt(i))) i++;
        const close = tag.indexOf(tag[i], i + 1);
        return close === -1 ? undefined : decodeXml(tag.slice(i + 1, close));
      }
    }
    at = tag.indexOf(name, end);
  }
  return undefined;
}

/** Attribute of a whole tag's text ("<sheet name=... />"). */
export function attr(tag: string, name: string): string | undefined {
  return attrIn(tag, 0, tag.length, name);
}

// a pattern per attribute name, made once: the sheet patcher sets attributes on every row it rebuilds
const ATTR_PATTERNS = new Map<string, RegExp>();

function attrPattern(name: string): RegExp {
  let re = ATTR_PATTERNS.get(name);
  if (re === undefined) {
    re = new RegExp(`(\\s)${name.replace(/[:.]/g, '\\$&')}\\s*=\\s*("[^"]*"|'[^']*')`);
    ATTR_PATTERNS.set(name, re);
  }
  return re;
}

/**
 * The tag with attribute `name` set to `value` (added before the tag's end when
 * missing), or removed when `value` is undefined. The rest of the tag is kept as written.
 */
export function withAttr(tag: string, name: string, value: string | undefined): string {
  const m = attrPattern(name).exec(tag);
  if (m) {
    const replacement = value === undefined ? '' : `${m[1]}${name}="${escapeXml(value)}"`;
    return tag.slice(0, m.index) + replacement + tag.slice(m.index + m[0].length);
  }
  if (value === undefined) return tag;
  const end = tag.endsWith('/>') ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, end)} ${name}="${escapeXml(value)}"${tag.slice(end)}`;
}

/** Local name of a possibly prefixed name: "x:row" -> "row". */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

/** The XML with `fragment` inserted as the root element's last child (a self-closed root is opened up). */
export function appendToRoot(xml: string, fragment: string): string {
  const trimmed = xml.trimEnd();
  if (trimmed.endsWith('/>')) {
    const lt = trimmed.lastIndexOf('<');
    const name = /^<([^\s/>]+)/.exec(trimmed.slice(lt))?.[1];
    if (name && trimmed.lastIndexOf('</') < lt) {
      return `${trimmed.slice(0, -2)}>${fragment}</${name}>`;
    }
  }
  const end = xml.lastIndexOf('</');
  return xml.slice(0, end) + fragment + xml.slice(end);
}

const DECLARED_ENCODING = /^(\uFEFF?<\?xml\s[^?]*?encoding\s*=\s*)(["'])([^"']*)\2/;

/**
 * The text with its XML declaration's encoding set to UTF-8 when it names another
 * (a part read from UTF-16, written back as UTF-8): every part we write is UTF-8.
 */
export function utf8Declared(text: string): string {
  const m = DECLARED_ENCODING.exec(text);
  if (!m || m[3].toLowerCase() === 'utf-8') return text;
  return `${m[1]}${m[2]}UTF-8${m[2]}${text.slice(m[0].length)}`;
}
