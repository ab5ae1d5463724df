/**
 * The zip container's table of contents: each part's name, sizes, CRC and where its
 * compressed bytes lie. Read from the central directory, which is what Excel and
 * every zip tool trust; the compressed bytes are kept as a view into the file so a
 * part the plan leaves alone is copied out exactly as it came in (zip-write.ts).
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
const EOCD_MIN = 22;
const MAX_COMMENT = 0xffff;

const utf8 = new TextDecoder('utf-8');

function findEndRecord(view: DataView): number {
  const last = view.byteLength - EOCD_MIN;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let i = last; i >= first; i--) if (view.getUint32(i, true) === EOCD) return i;
  return -1;
}

function entryAt(
  bytes: Uint8Array,
  view: DataView,
  at: number,
  file: string,
): { entry: ZipEntry; next: number } {
  if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL)
    throw damaged(file, 'its zip directory is broken');
  const nameLen = view.getUint16(at + 28, true);
  const next = at + 46 + nameLen + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  const compressedSize = view.getUint32(at + 20, true);
  const size = view.getUint32(at + 24, true);
  const local = view.getUint32(at + 42, true);
  const name = utf8.decode(bytes.subarray(at + 46, at + 46 + nameLen));
  if (compressedSize === 0xffffffff || size === 0xffffffff || local === 0xffffffff) {
    throw damaged(file, `part ${name} uses ZIP64, which a workbook of this size never needs`);
  }
  if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL)
    throw damaged(file, `part ${name} is missing`);
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
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
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  if (count === 0xffff || at === 0xffffffff)
    throw damaged(file, 'it uses ZIP64, which a workbook of this size never needs');
  const entries: ZipEntry[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < count; i++) {
    const { entry, next } = entryAt(bytes, view, at, file);
    if (entry.flags & 1) throw damaged(file, `part ${entry.name} is zip-encrypted`);
    if (seen.has(entry.name)) throw damaged(file, `part ${entry.name} appears twice`);
    seen.add(entry.name);
    entries.push(entry);
    at = next;
  }
  return entries;
}
