/**
 * The same workbook as other tools write it: the spreadsheet namespace under a prefix (the Open XML
 * SDK's x:), Strict Open XML (purl.oclc.org namespaces), and UTF-16 parts (older .NET tools). Each takes
 * the corpus's unzipped files and returns them changed only in that way, so a test can ask that the
 * variant reads, and is written, exactly as the plain file is.
 */
import { strFromU8, strToU8 } from 'fflate';
import { STRICT, TRANSITIONAL } from '../../../src/gateways/xlsx-package/ooxml-dialect';
import type { Files } from './corpus';

export const MAIN = TRANSITIONAL.main;
const SPREADSHEET_PARTS = /^xl\/(workbook|styles|sharedStrings)\.xml$|^xl\/worksheets\/[^/]+\.xml$/;

/** The part with every unprefixed element under x:, the default namespace declared as x instead. */
export function prefixedXml(xml: string): string {
  return xml
    .replace(`xmlns="${MAIN}"`, `xmlns:x="${MAIN}"`)
    .replace(/<(\/?)([A-Za-z]\w*)(?=[\s/>])/g, '<$1x:$2');
}

export function prefixed(files: Files): Files {
  const out: Files = {};
  for (const [name, data] of Object.entries(files))
    out[name] = SPREADSHEET_PARTS.test(name) ? strToU8(prefixedXml(strFromU8(data))) : data;
  return out;
}

export function strict(files: Files): Files {
  const out: Files = {};
  for (const [name, data] of Object.entries(files)) {
    if (!/\.(xml|rels)$/.test(name)) out[name] = data;
    else
      out[name] = strToU8(
        strFromU8(data)
          .split(TRANSITIONAL.main)
          .join(STRICT.main)
          .split(TRANSITIONAL.relationships)
          .join(STRICT.relationships),
      );
  }
  return out;
}

export const UTF16_PARTS = ['xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml'];

function utf16(text: string): Uint8Array {
  const body = Buffer.from(text.replace(/encoding="UTF-8"/i, 'encoding="utf-16"'), 'utf16le');
  return new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), body]));
}

export function withUtf16Parts(files: Files): Files {
  const out = { ...files };
  for (const name of UTF16_PARTS) if (out[name]) out[name] = utf16(strFromU8(out[name]));
  return out;
}

export const OTHER_TOOLS: { name: string; make: (files: Files) => Files }[] = [
  { name: 'parts under a namespace prefix', make: prefixed },
  { name: 'Strict Open XML', make: strict },
  { name: 'UTF-16 parts', make: withUtf16Parts },
];
