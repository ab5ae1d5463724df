/**
 * A tag scanner for the big parts (worksheets), fed in chunks as they inflate.
 *
 * Why not saxes here: a worksheet of 100k rows is ~36 MB of XML and nearly two
 * million tags; saxes reads it a character at a time and builds an attribute map
 * per tag, several times the cost of inflating it. Worksheets need no more than
 * tags, their spans and the text between them, so this finds them with indexOf
 * and hands out offsets: the reader asks for one attribute at a time, and the
 * patcher copies spans of the original text untouched. Small parts (workbook,
 * styles, relationships) are read with saxes (xml-parts.ts).
 *
 * It still checks what a well-formed part needs for our purposes: every tag
 * closes, end tags match, no DOCTYPE (OOXML forbids it; it is also the door to
 * entity expansion attacks).
 */

export interface XmlEvents {
  /** an element opens: its tag is xml[start, end), `end` just past ">" */
  open(xml: string, name: string, start: number, end: number, selfClosing: boolean): void;
  /** an element closes: "</name>" is xml[start, end); not called for self-closing tags */
  close(xml: string, name: string, start: number, end: number): void;
  /** text between tags, xml[start, end), entities still encoded unless `cdata` */
  text?(xml: string, start: number, end: number, cdata: boolean): void;
  /** xml[0, upTo) has been scanned and is about to be dropped; the rest is carried to the next chunk */
  consumed?(xml: string, upTo: number): void;
}

/**
 * Reads runs of children of one element (`parent`, by local name) faster than tag
 * by tag: given the text from a "<" inside that element, it takes what it can and
 * returns where it stopped; whatever it leaves (returns `from` for) is scanned here.
 * It must only take whole, well-formed elements.
 */
export interface FastPath {
  parent: string;
  run(xml: string, from: number): number;
}

export class XmlSyntaxError extends Error {
  override name = 'XmlSyntaxError';
}

const GT = 62;
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;

function nameEnd(xml: string, from: number, to: number): number {
  let i = from;
  while (i < to) {
    const c = xml.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === SLASH || c === GT) break;
    i++;
  }
  return i;
}

/** Index of the ">" closing the tag opened at `lt`, skipping quoted attribute values; -1 when not yet in the buffer. */
function tagEnd(xml: string, lt: number): number {
  let quote = 0;
  for (let i = lt + 1; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === GT) return i;
  }
  return -1;
}

export class XmlScanner {
  private buf = '';
  private readonly stack: string[] = [];
  private done = false;
  /** stack depth at which the fast path reads (inside its parent element), -1 outside it */
  private fastDepth = -1;

  constructor(
    private readonly events: XmlEvents,
    /** the part's name, for error messages */
    private readonly part: string,
    private readonly fast?: FastPath,
  ) {}

  get depth(): number {
    return this.stack.length;
  }

  /** Scans the next chunk of text, keeping what is not complete yet for the next. */
  write(chunk: string): void {
    const text = this.buf.length === 0 ? chunk : this.buf + chunk;
    this.buf = text.slice(this.feed(text));
  }

  end(): void {
    this.finish(this.buf);
  }

  /**
   * Scans `text` and returns how much of it was used; the caller hands the rest
   * back at the start of the next text (text-windows.ts does, without joining strings).
   */
  feed(text: string): number {
    const upTo = this.scan(text);
    this.events.consumed?.(text, upTo);
    return upTo;
  }

  /** The part ended with `rest` unread. */
  finish(rest: string): void {
    if (rest.trim() !== '' || this.stack.length > 0 || !this.done) {
      throw new XmlSyntaxError(`${this.part} ends before its XML is complete`);
    }
  }

  /** Scans every complete token of xml; returns where the first incomplete one starts. */
  private scan(xml: string): number {
    let i = 0;
    // after the fast path stops, the token it stopped at is this scanner's
    let fast = true;
    for (;;) {
      const lt = xml.indexOf('<', i);
      if (lt === -1) return i;
      if (lt > i && this.events.text && this.stack.length > 0) this.events.text(xml, i, lt, false);
      if (fast && this.stack.length === this.fastDepth) {
        const ran = (this.fast as FastPath).run(xml, lt);
        if (ran !== lt) {
          i = ran;
          fast = false;
          continue;
        }
      }
      fast = true;
      const next = this.token(xml, lt);
      if (next === -1) return lt;
      i = next;
    }
  }

  /** Handles the token at `lt`; returns the index after it, or -1 when it is not complete yet. */
  private token(xml: string, lt: number): number {
    const c = xml.charCodeAt(lt + 1);
    if (Number.isNaN(c)) return -1;
    if (c === SLASH) return this.closeTag(xml, lt);
    if (c === QUESTION) {
      const e = xml.indexOf('?>', lt);
      return e === -1 ? -1 : e + 2;
    }
    if (c === BANG) return this.bang(xml, lt);
    return this.openTag(xml, lt);
  }

  private bang(xml: string, lt: number): number {
    if (xml.startsWith('<!--', lt)) {
      const e = xml.indexOf('-->', lt + 4);
      return e === -1 ? -1 : e + 3;
    }
    if (xml.startsWith('<![CDATA[', lt)) {
      const e = xml.indexOf(']]>', lt + 9);
      if (e === -1) return -1;
      this.events.text?.(xml, lt + 9, e, true);
      return e + 3;
    }
    if (xml.length - lt < 9) return -1;
    throw new XmlSyntaxError(`${this.part} holds a DOCTYPE or other markup that a workbook part never has`);
  }

  private openTag(xml: string, lt: number): number {
    const gt = tagEnd(xml, lt);
    if (gt === -1) return -1;
    if (this.done) throw new XmlSyntaxError(`${this.part} has content after its root element`);
    const name = xml.slice(lt + 1, nameEnd(xml, lt + 1, gt));
    const selfClosing = xml.charCodeAt(gt - 1) === SLASH;
    if (!selfClosing) {
      this.stack.push(name);
      if (this.fast && isNamed(name, this.fast.parent)) this.fastDepth = this.stack.length;
    } else if (this.stack.length === 0) this.done = true;
    this.events.open(xml, name, lt, gt + 1, selfClosing);
    return gt + 1;
  }

  private closeTag(xml: string, lt: number): number {
    const gt = xml.indexOf('>', lt);
    if (gt === -1) return -1;
    const open = this.stack.pop();
    // compare in place rather than slice the name out: a sheet closes a million of these
    const name =
      open !== undefined && matchesName(xml, lt + 2, gt, open)
        ? open
        : xml.slice(lt + 2, nameEnd(xml, lt + 2, gt));
    if (open !== name) {
      throw new XmlSyntaxError(`${this.part} is not well-formed: </${name}> closes <${open ?? 'nothing'}>`);
    }
    if (this.stack.length === 0) this.done = true;
    if (this.stack.length < this.fastDepth) this.fastDepth = -1;
    this.events.close(xml, name, lt, gt + 1);
    return gt + 1;
  }
}

/** `name` is `local`, with or without a prefix. */
function isNamed(name: string, local: string): boolean {
  return (
    name.endsWith(local) && (name.length === local.length || name[name.length - local.length - 1] === ':')
  );
}

function matchesName(xml: string, from: number, gt: number, name: string): boolean {
  return xml.startsWith(name, from) && nameEnd(xml, from + name.length, gt) === from + name.length;
}

/** Scans a whole part held as one string. */
export function scanXml(xml: string, events: XmlEvents, part: string): void {
  const s = new XmlScanner(events, part);
  s.write(xml);
  s.end();
}
