/**
 * The same workbook as other tools write it: the spreadsheet namespace under a prefix (the Open XML
 * SDK's x:), Strict Open XML (purl.oclc.org namespaces), and UTF-16 parts (older .NET tools). Each takes
 * the corpus's unzipped files and returns them changed only in that way, so a test can ask that the
 * variant reads, and is written, exactly as the plain file is. zip64Always changes the container
 * instead (ZIP64 records, as POI's SXSSF writes them), so it takes and gives the zip's bytes.
 */
import { strFromU8, strToU8 } from 'fflate';
import { STRICT, TRANSITIONAL } from '../../../src/gateways/xlsx-package/ooxml-dialect';
import { readZipDirectory, type ZipEntry } from '../../../src/gateways/xlsx-package/zip-directory';
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

/** Little-endian fields, each [value, width in bytes]; 8-byte values stay below 2^53. */
function le(...fields: [number, 2 | 4 | 8][]): Buffer {
  const out = Buffer.alloc(fields.reduce((n, [, width]) => n + width, 0));
  let at = 0;
  for (const [value, width] of fields) {
    if (width === 2) out.writeUInt16LE(value, at);
    else if (width === 4) out.writeUInt32LE(value, at);
    else out.writeBigUInt64LE(BigInt(value), at);
    at += width;
  }
  return out;
}

const MARK32 = 0xffffffff;
/** "version needed to extract" for ZIP64 (APPNOTE 4.4.3) */
const V45 = 45;
const UTF8_NAME = 0x0800;

/** POI's local header: both sizes 0xFFFFFFFF, the real ones in a ZIP64 field (no offset there). */
function zip64Local(e: ZipEntry, name: Buffer): Buffer {
  const head = le(
    [0x04034b50, 4],
    [V45, 2],
    [e.flags & UTF8_NAME, 2],
    [e.method, 2],
    [e.time, 2],
    [e.date, 2],
    [e.crc, 4],
    [MARK32, 4],
    [MARK32, 4],
    [name.length, 2],
    [20, 2],
  );
  const extra = le([0x0001, 2], [16, 2], [e.size, 8], [e.compressedSize, 8]);
  return Buffer.concat([head, name, extra, e.data]);
}

/** A central entry with sizes and offset all 0xFFFFFFFF, the real ones in its ZIP64 field after `before`. */
function zip64Central(e: ZipEntry, name: Buffer, offset: number, before: Uint8Array): Buffer {
  const extra = Buffer.concat([
    before,
    le([0x0001, 2], [24, 2], [e.size, 8], [e.compressedSize, 8], [offset, 8]),
  ]);
  const head = le(
    [0x02014b50, 4],
    [V45, 2],
    [V45, 2],
    [e.flags & UTF8_NAME, 2],
    [e.method, 2],
    [e.time, 2],
    [e.date, 2],
    [e.crc, 4],
    [MARK32, 4],
    [MARK32, 4],
    [name.length, 2],
    [extra.length, 2],
    [0, 2], // comment
    [0, 2], // disk
    [0, 2], // internal attributes
    [0, 4], // external attributes
    [MARK32, 4],
  );
  return Buffer.concat([head, name, extra]);
}

/** The ZIP64 end record and its locator, then a classic end record holding only markers. */
function zip64Ends(count: number, centralSize: number, centralOffset: number): Buffer {
  const record = le(
    [0x06064b50, 4],
    [44, 8], // the record's size after this field
    [V45, 2],
    [V45, 2],
    [0, 4],
    [0, 4],
    [count, 8],
    [count, 8],
    [centralSize, 8],
    [centralOffset, 8],
  );
  const locator = le([0x07064b50, 4], [0, 4], [centralOffset + centralSize, 8], [1, 4]);
  const classic = le(
    [0x06054b50, 4],
    [0, 2],
    [0, 2],
    [0xffff, 2],
    [0xffff, 2],
    [MARK32, 4],
    [MARK32, 4],
    [0, 2],
  );
  return Buffer.concat([record, locator, classic]);
}

/**
 * The zip rewritten as a writer in "Zip64Mode.Always" writes it (Apache POI's SXSSF, some Java and Go
 * streaming writers): every size and offset in a ZIP64 field, a ZIP64 end record and locator, the
 * classic end record all 0xFFFF markers. The compressed bytes are the input's own. `before` goes
 * into each central entry's extra ahead of the ZIP64 field, as other blocks (Info-ZIP's timestamp)
 * often do, so a reader must walk the blocks to find it.
 *
 * Not in OTHER_TOOLS: those change the parts and the LibreOffice test zips them itself. zip64.test.ts
 * shows instead that rate writes the same bytes from this as from the plain file.
 */
export function zip64Always(bytes: Uint8Array, before: Uint8Array = new Uint8Array(0)): Uint8Array {
  const entries = readZipDirectory(bytes, 'zip64Always input');
  const names = entries.map((e) => Buffer.from(e.name, 'utf8'));
  const locals: Buffer[] = [];
  const offsets: number[] = [];
  let at = 0;
  entries.forEach((e, i) => {
    offsets.push(at);
    locals.push(zip64Local(e, names[i]));
    at += locals[i].length;
  });
  const central = Buffer.concat(entries.map((e, i) => zip64Central(e, names[i], offsets[i], before)));
  return new Uint8Array(Buffer.concat([...locals, central, zip64Ends(entries.length, central.length, at)]));
}
