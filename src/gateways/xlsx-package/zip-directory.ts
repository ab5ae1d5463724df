/**
 * The zip container's table of contents: each part's name, sizes, CRC and where its
 * compressed bytes lie. Read from the central directory, which is what Excel and
 * every zip tool trust; the compressed bytes are kept as a view into the file so a
 * part the plan leaves alone is copied out exactly as it came in (zip-write.ts).
 * ZIP64 records are read wherever a writer put them, small workbooks included;
 * the sizes come out as plain numbers, and zip-write.ts writes a classic zip.
 */
import { damaged } from './errors';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated */
  method: number;
  /** general-purpose flags as read; bit 11 = UTF-8 name */
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** MS-DOS time and date words, kept so copied parts keep their stamps */
  time: number;
  date: number;
  /** the compressed bytes */
  data: Uint8Array;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64_EOCD = 0x06064b50;
const ZIP64_LOCATOR = 0x07064b50;
/** header id of the ZIP64 extended information extra field (APPNOTE 4.5.3) */
const ZIP64_EXTRA = 0x0001;
const EOCD_MIN = 22;
const LOCATOR_SIZE = 20;
const ZIP64_EOCD_MIN = 56;
const MAX_COMMENT = 0xffff;
/** what a 16- or 32-bit field holds when the real value is in a ZIP64 record */
const MARK16 = 0xffff;
const MARK32 = 0xffffffff;

const BROKEN = 'its zip directory is broken';
const NO_ZIP64_END = `${BROKEN}: its ZIP64 end record is missing`;
const PAST_END = `${BROKEN}: it points past the end of the file`;

const utf8 = new TextDecoder('utf-8');

/** Where the central directory lies and how many entries it holds. */
interface Directory {
  count: number;
  size: number;
  offset: number;
  /** where the directory must have ended: the first end record */
  limit: number;
}

/**
 * A little-endian 64-bit field as a number, or null past 2^53 (no file is that
 * big). Two 32-bit halves, not getBigUint64: the add-in's bundle targets ES2019.
 */
function uint64(view: DataView, at: number): number | null {
  const high = view.getUint32(at + 4, true);
  if (high > 0x1fffff) return null;
  return high * 0x100000000 + view.getUint32(at, true);
}

function findEndRecord(view: DataView): number {
  const last = view.byteLength - EOCD_MIN;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let i = last; i >= first; i--) if (view.getUint32(i, true) === EOCD) return i;
  return -1;
}

/**
 * The ZIP64 end record's count, size and offset (APPNOTE 4.3.14-4.3.15), found
 * through the locator just before the classic end record. Small workbooks carry
 * these too: POI's SXSSF in Zip64Mode.Always, .NET packaging to an unseekable stream.
 */
function zip64Directory(view: DataView, end: number, file: string): Directory {
  const locator = end - LOCATOR_SIZE;
  const record = uint64(view, locator + 8);
  // the record lies wholly before its locator
  if (record === null || record + ZIP64_EOCD_MIN > locator || view.getUint32(record, true) !== ZIP64_EOCD)
    throw damaged(file, NO_ZIP64_END);
  const [count, size, offset] = [32, 40, 48].map((field) => uint64(view, record + field));
  if (count === null || size === null || offset === null) throw damaged(file, PAST_END);
  return { count, size, offset, limit: record };
}

/** The directory as the end record gives it, through the ZIP64 record where there is one. */
function directoryAt(view: DataView, end: number, file: string): Directory {
  const located = end >= LOCATOR_SIZE && view.getUint32(end - LOCATOR_SIZE, true) === ZIP64_LOCATOR;
  if (located) return zip64Directory(view, end, file);
  const count = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  const offset = view.getUint32(end + 16, true);
  // a marker with no ZIP64 record to say the real value
  if (count === MARK16 || size === MARK32 || offset === MARK32) throw damaged(file, NO_ZIP64_END);
  return { count, size, offset, limit: end };
}

/** Where the ZIP64 extended information field's data lies in an extra block, or null without one. */
function zip64Field(view: DataView, from: number, to: number): { at: number; length: number } | null {
  for (let at = from; at + 4 <= to; at += 4 + view.getUint16(at + 2, true)) {
    // a block claiming more than the extra holds is cut to what it holds
    if (view.getUint16(at, true) === ZIP64_EXTRA)
      return { at: at + 4, length: Math.min(view.getUint16(at + 2, true), to - at - 4) };
  }
  return null;
}

interface Placement {
  size: number;
  compressedSize: number;
  local: number;
}

/**
 * The entry's sizes and local header offset. A field of 0xFFFFFFFF means the value
 * is in the ZIP64 field, which holds 8 bytes for each such field only, always in the
 * order size, compressed size, offset (the disk number after them is never needed).
 */
function placementOf(
  view: DataView,
  at: number,
  extra: [number, number],
  name: string,
  file: string,
): Placement {
  const narrow = [
    view.getUint32(at + 24, true),
    view.getUint32(at + 20, true),
    view.getUint32(at + 42, true),
  ];
  const field = narrow.includes(MARK32) ? zip64Field(view, extra[0], extra[1]) : null;
  let used = 0;
  const [size, compressedSize, local] = narrow.map((value) => {
    if (value !== MARK32) return value;
    if (field === null || used + 8 > field.length)
      throw damaged(file, `part ${name} is missing its ZIP64 sizes`);
    const wide = uint64(view, field.at + used);
    if (wide === null) throw damaged(file, `part ${name} has impossible ZIP64 sizes`);
    used += 8;
    return wide;
  });
  return { size, compressedSize, local };
}

/** Where the part's compressed bytes start: past its local header, whose own name and extra lengths count. */
function dataStart(view: DataView, local: number, name: string, file: string): number {
  if (local + 30 > view.byteLength || view.getUint32(local, true) !== LOCAL)
    throw damaged(file, `part ${name} is missing`);
  return local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
}

function entryAt(
  bytes: Uint8Array,
  view: DataView,
  at: number,
  file: string,
): { entry: ZipEntry; next: number } {
  if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) throw damaged(file, BROKEN);
  const nameLen = view.getUint16(at + 28, true);
  const extra: [number, number] = [at + 46 + nameLen, at + 46 + nameLen + view.getUint16(at + 30, true)];
  if (extra[1] > bytes.length) throw damaged(file, BROKEN);
  const next = extra[1] + view.getUint16(at + 32, true);
  const name = utf8.decode(bytes.subarray(at + 46, extra[0]));
  const { size, compressedSize, local } = placementOf(view, at, extra, name, file);
  const start = dataStart(view, local, name, file);
  if (start + compressedSize > bytes.length) throw damaged(file, `part ${name} is cut short`);
  const entry: ZipEntry = {
    name,
    flags: view.getUint16(at + 8, true),
    method: view.getUint16(at + 10, true),
    time: view.getUint16(at + 12, true),
    date: view.getUint16(at + 14, true),
    crc: view.getUint32(at + 16, true),
    compressedSize,
    size,
    data: bytes.subarray(start, start + compressedSize),
  };
  return { entry, next };
}

/** Every entry of the zip, in directory order. Throws UnusableWorkbookError('corrupt') for a broken container. */
export function readZipDirectory(bytes: Uint8Array, file: string): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = bytes.length >= EOCD_MIN ? findEndRecord(view) : -1;
  if (end === -1) throw damaged(file, 'its zip directory is missing');
  const { count, size, offset, limit } = directoryAt(view, end, file);
  // a ZIP64 directory must end before its record; a classic one's size field is not relied on
  if (limit !== end && offset + size > limit) throw damaged(file, PAST_END);
  const entries: ZipEntry[] = [];
  const seen = new Set<string>();
  for (let i = 0, at = offset; i < count; i++) {
    const { entry, next } = entryAt(bytes, view, at, file);
    if (entry.flags & 1) throw damaged(file, `part ${entry.name} is zip-encrypted`);
    if (seen.has(entry.name)) throw damaged(file, `part ${entry.name} appears twice`);
    seen.add(entry.name);
    entries.push(entry);
    at = next;
  }
  return entries;
}
