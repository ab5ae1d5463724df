/**
 * Writing the container. A part the plan left alone goes out as the very bytes it
 * came in (its compressed data, CRC and sizes copied, not re-deflated); a part the
 * plan changed is deflated as it is produced (PartWriter: Node's zlib where there is
 * one, else fflate), then spliced
 * in the same way. Local headers are written fresh from the directory's facts, so a
 * source that used data descriptors needs no special case.
 */
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { type NodeZlib, nodeZlib } from '../../platform/native-zlib';
import { readZipDirectory, type ZipEntry } from './zip-directory';
import { utf8Declared } from './xml-text';

const UTF8_NAME = 0x0800;
/** text waiting to be encoded before it is pushed to the deflater */
const FLUSH_CHARS = 1 << 20;
/**
 * zlib level 3, not the default 6: on a rated 100k-row sheet (54 MB of XML) level 6 took 2.2 s of CPU
 * for 6.6 MB, level 3 0.54 s for 7.5 MB (level 1: 0.47 s, 8.5 MB). A seventh bigger sheet part for a
 * fourth of the time the officer waits; parts we do not change keep their own bytes anyway.
 */
const LEVEL = 3;
/** Excel stamps every part 1980-01-01 00:00; so do we, so the same plan gives the same bytes */
const STAMP = new Date(1980, 0, 1, 0, 0, 0);

const encoder = new TextEncoder();

function concat(chunks: Uint8Array[]): Uint8Array {
  let n = 0;
  for (const c of chunks) n += c.length;
  const out = new Uint8Array(n);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * Deflate by Node's zlib, through fflate's hook for other compressors (a
 * ZipPassThrough whose process() compresses; fflate keeps the CRC and sizes). Each
 * piece (a megabyte of text) is deflated on its own and ends on a full flush, so
 * the pieces join into one valid deflate stream while memory holds one piece.
 */
class NativeDeflate extends ZipPassThrough {
  private running = 0;

  constructor(
    name: string,
    private readonly zlib: NodeZlib,
  ) {
    super(name);
    this.compression = 8;
  }

  /** zlib's CRC-32 where it has one (Node 20.15+): fflate's is five times slower */
  override push(chunk: Uint8Array, final = false): void {
    const crc32 = (this.zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;
    if (!crc32) return super.push(chunk, final);
    this.running = crc32(chunk, this.running);
    this.size += chunk.length;
    if (final) this.crc = this.running;
    this.process(chunk, final);
  }

  override process(chunk: Uint8Array, final: boolean): void {
    const { Z_FINISH, Z_FULL_FLUSH } = this.zlib.constants;
    const out = this.zlib.deflateRawSync(chunk, {
      level: LEVEL,
      finishFlush: final ? Z_FINISH : Z_FULL_FLUSH,
    });
    this.ondata(null, out, final);
  }
}

/**
 * A new part's text, deflated as it is written: memory holds the compressed part
 * and at most a megabyte of text, whatever the part's size.
 */
export class PartWriter {
  private readonly zipped: Uint8Array[] = [];
  private readonly zip: Zip;
  private readonly file: ZipDeflate | NativeDeflate;
  private pending: string[] = [];
  private pendingChars = 0;
  private started = false;

  constructor(private readonly name: string) {
    this.zip = new Zip((err, chunk) => {
      if (err) throw err;
      this.zipped.push(chunk);
    });
    this.file = nodeZlib ? new NativeDeflate(name, nodeZlib) : new ZipDeflate(name, { level: LEVEL });
    this.file.mtime = STAMP;
    this.zip.add(this.file);
  }

  write(text: string): void {
    if (text.length === 0) return;
    if (!this.started) {
      // a part read from UTF-16 goes out as UTF-8: its declaration must not still say UTF-16
      text = utf8Declared(text);
      this.started = true;
    }
    this.pending.push(text);
    this.pendingChars += text.length;
    if (this.pendingChars >= FLUSH_CHARS) this.flush(false);
  }

  /** The finished part, as a zip entry ready to splice. */
  finish(): ZipEntry {
    this.flush(true);
    this.zip.end();
    const [entry] = readZipDirectory(concat(this.zipped), this.name);
    return { ...entry, name: this.name };
  }

  private flush(final: boolean): void {
    const text = this.pending.length === 1 ? this.pending[0] : this.pending.join('');
    this.pending = [];
    this.pendingChars = 0;
    this.file.push(encoder.encode(text), final);
  }
}

/** A whole part at once. */
export function partFromText(name: string, text: string): ZipEntry {
  const w = new PartWriter(name);
  w.write(text);
  return w.finish();
}

function nameBytes(entries: ZipEntry[]): Uint8Array[] {
  return entries.map((e) => encoder.encode(e.name));
}

function writeLocal(view: DataView, at: number, e: ZipEntry, nameLen: number): void {
  view.setUint32(at, 0x04034b50, true);
  view.setUint16(at + 4, 20, true);
  view.setUint16(at + 6, e.flags & UTF8_NAME, true);
  view.setUint16(at + 8, e.method, true);
  view.setUint16(at + 10, e.time, true);
  view.setUint16(at + 12, e.date, true);
  view.setUint32(at + 14, e.crc, true);
  view.setUint32(at + 18, e.compressedSize, true);
  view.setUint32(at + 22, e.size, true);
  view.setUint16(at + 26, nameLen, true);
  view.setUint16(at + 28, 0, true);
}

function writeCentral(view: DataView, at: number, e: ZipEntry, nameLen: number, local: number): void {
  view.setUint32(at, 0x02014b50, true);
  view.setUint16(at + 4, 20, true);
  view.setUint16(at + 6, 20, true);
  view.setUint16(at + 8, e.flags & UTF8_NAME, true);
  view.setUint16(at + 10, e.method, true);
  view.setUint16(at + 12, e.time, true);
  view.setUint16(at + 14, e.date, true);
  view.setUint32(at + 16, e.crc, true);
  view.setUint32(at + 20, e.compressedSize, true);
  view.setUint32(at + 24, e.size, true);
  view.setUint16(at + 28, nameLen, true);
  // extra, comment, disk, internal and external attributes, all zero
  view.setUint32(at + 42, local, true);
}

/** The zip holding these entries, in this order. */
export function writeZip(entries: ZipEntry[]): Uint8Array {
  const names = nameBytes(entries);
  let localBytes = 0;
  let centralBytes = 0;
  entries.forEach((e, i) => {
    localBytes += 30 + names[i].length + e.data.length;
    centralBytes += 46 + names[i].length;
  });
  if (localBytes + centralBytes > 0xffffffff || entries.length > 0xffff) {
    throw new Error('the workbook would be larger than a zip file without ZIP64 can hold');
  }
  const out = new Uint8Array(localBytes + centralBytes + 22);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let at = 0;
  entries.forEach((e, i) => {
    offsets.push(at);
    writeLocal(view, at, e, names[i].length);
    out.set(names[i], at + 30);
    out.set(e.data, at + 30 + names[i].length);
    at += 30 + names[i].length + e.data.length;
  });
  entries.forEach((e, i) => {
    writeCentral(view, at, e, names[i].length, offsets[i]);
    out.set(names[i], at + 46);
    at += 46 + names[i].length;
  });
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, centralBytes, true);
  view.setUint32(at + 16, localBytes, true);
  return out;
}
