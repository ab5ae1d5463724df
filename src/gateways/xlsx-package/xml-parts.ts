/**
 * Small parts (workbook, relationships, content types, styles, shared strings,
 * tables) are read with saxes, a strict, well-kept SAX parser: these parts are a
 * few KB to a few MB, so its full well-formedness checks cost nothing that shows.
 * Element names arrive without their prefix ("x:sheet" -> "sheet"), since other
 * tools write the spreadsheet namespace under prefixes Excel does not use.
 */
import { SaxesParser } from 'saxes';
import { damaged } from './errors';
import { localName } from './xml-text';

export interface SmallXmlHandlers {
  open?(name: string, attrs: Record<string, string>): void;
  close?(name: string): void;
  text?(text: string): void;
}

/** Parses a small part; a syntax error becomes the one-line "damaged" error naming the part. */
export function parseSmallXml(xml: string, file: string, part: string, h: SmallXmlHandlers): void {
  const parser = new SaxesParser({ position: false });
  let broken = false;
  // with a handler saxes records the error and goes on; errors our handlers throw still propagate
  parser.on('error', () => {
    broken = true;
  });
  parser.on('doctype', () => {
    broken = true;
  });
  const { open, close, text } = h;
  if (open) parser.on('opentag', (t) => open(localName(t.name), t.attributes as Record<string, string>));
  if (close) parser.on('closetag', (t) => close(localName(t.name)));
  if (text) {
    parser.on('text', text);
    parser.on('cdata', text);
  }
  parser.write(xml).close();
  if (broken) throw damaged(file, `its part ${part} is not well-formed XML`);
}

/** The relationship id attribute ("r:id" whatever the prefix). */
export function relId(attrs: Record<string, string>): string | undefined {
  if (attrs['r:id'] !== undefined) return attrs['r:id'];
  for (const k of Object.keys(attrs)) if (k.endsWith(':id') && !k.startsWith('xmlns')) return attrs[k];
  return undefined;
}
