/**
 * A part's bytes, inflated in chunks under the limits. The declared size is
 * checked against the limits before inflating, and inflating stops the moment the
 * output passes what the directory declared, so a directory that lies about a
 * bomb costs at most one chunk beyond the limit, never the bomb.
 */
import { Inflate } from 'fflate';
import { damaged, UnusableWorkbookError } from './errors';
import { checkDeclaredSize, type PackageLimits, partTooBig, ratioTooHigh } from './limits';
import { type NodeZlib, nodeZlib } from '../../platform/native-zlib';
import { TextWindows, type WindowReader } from './text-windows';
import type { ZipEntry } from './zip-directory';

/** compressed bytes handed to the inflater at a time: output chunks stay near a few hundred KB */
const SLICE = 64 * 1024;
/** text handed on at a time from a part inflated whole */
const OUT_SLICE = 1024 * 1024;

type WholeInflater = (data: Uint8Array, maxOutputLength: number) => Uint8Array;

/** Node's zlib (native-zlib.ts) inflating a part in one call, or null where there is none. */
const native: WholeInflater | null = nodeZlib
  ? (data, maxOutputLength) => (nodeZlib as NodeZlib).inflateRawSync(data, { maxOutputLength })
  : null;

/**
 * Parts up to this size are inflated in one call by the native inflater: the
 * bytes sit outside the JS heap while they are read. Bigger ones (a sheet of a
 * million rows) stream through fflate in chunks, so memory stays flat.
 */
export const NATIVE_WHOLE_BYTES = 256 * 1024 ** 2;

/** How messages name a part unless the caller knows better (a sheet's name). */
export function partWhere(entry: ZipEntry): string {
  return `its part ${entry.name}`;
}

function overrun(
  file: string,
  entry: ZipEntry,
  inflated: number,
  fed: number,
  limits: PackageLimits,
  where = partWhere(entry),
): Error {
  if (inflated > limits.maxPartBytes) return partTooBig(file, where, inflated, limits);
  if (inflated > limits.ratioFloorBytes && inflated > fed * limits.maxRatio) {
    return ratioTooHigh(file, where, inflated, fed, limits);
  }
  return damaged(file, `part ${entry.name} holds more than its zip directory says`);
}

function inflateNative(
  inflate: WholeInflater,
  entry: ZipEntry,
  file: string,
  limits: PackageLimits,
  onChunk: (bytes: Uint8Array) => void,
  where: string,
): void {
  let out: Uint8Array;
  try {
    out = inflate(entry.data, Math.max(entry.size, 1));
  } catch (e) {
    if ((e as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') {
      throw overrun(file, entry, entry.size + 1, entry.data.length, limits, where);
    }
    throw damaged(file, `part ${entry.name} cannot be inflated`);
  }
  if (out.length !== entry.size)
    throw damaged(file, `part ${entry.name} is shorter than its zip directory says`);
  for (let at = 0; at < out.length; at += OUT_SLICE) onChunk(out.subarray(at, at + OUT_SLICE));
}

function inflateDeflated(
  entry: ZipEntry,
  file: string,
  limits: PackageLimits,
  onChunk: (bytes: Uint8Array) => void,
  where: string,
): void {
  let inflated = 0;
  let fed = 0;
  const inflater = new Inflate((chunk) => {
    inflated += chunk.length;
    if (inflated > entry.size) throw overrun(file, entry, inflated, fed, limits, where);
    onChunk(chunk);
  });
  const { data } = entry;
  try {
    for (let at = 0; at < data.length; at += SLICE) {
      fed = Math.min(at + SLICE, data.length);
      inflater.push(data.subarray(at, fed), fed === data.length);
    }
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (e) {
    // fflate's own errors carry a numeric code; anything else came from onChunk (a reader or patcher) and stays itself
    if (e instanceof UnusableWorkbookError || typeof (e as { code?: unknown }).code !== 'number') throw e;
    throw damaged(file, `part ${entry.name} cannot be inflated`);
  }
  if (inflated !== entry.size)
    throw damaged(file, `part ${entry.name} is shorter than its zip directory says`);
}

/** Inflates the part, handing each chunk to `onChunk` (chunks are fflate's own buffers: copy to keep). */
export function inflateEntry(
  entry: ZipEntry,
  file: string,
  limits: PackageLimits,
  onChunk: (bytes: Uint8Array) => void,
  /** how messages name the part */
  where = partWhere(entry),
): void {
  checkDeclaredSize(file, where, entry.size, entry.compressedSize, limits);
  if (entry.method === 0) {
    if (entry.data.length !== entry.size) throw damaged(file, `part ${entry.name} has the wrong size`);
    for (let at = 0; at < entry.data.length; at += SLICE) onChunk(entry.data.subarray(at, at + SLICE));
    return;
  }
  if (entry.method !== 8) throw damaged(file, `part ${entry.name} is compressed in a way Excel never uses`);
  if (native !== null && entry.size <= NATIVE_WHOLE_BYTES)
    inflateNative(native, entry, file, limits, onChunk, where);
  else inflateDeflated(entry, file, limits, onChunk, where);
}

/** The whole part as bytes (for small parts, and for tests). */
export function inflateWhole(entry: ZipEntry, file: string, limits: PackageLimits): Uint8Array {
  const out = new Uint8Array(entry.size);
  let at = 0;
  inflateEntry(entry, file, limits, (chunk) => {
    out.set(chunk, at);
    at += chunk.length;
  });
  return out;
}

function decoderFor(first: Uint8Array): TextDecoder {
  // XML parts are UTF-8 unless they start with a UTF-16 byte order mark
  if (first[0] === 0xff && first[1] === 0xfe) return new TextDecoder('utf-16le');
  if (first[0] === 0xfe && first[1] === 0xff) return new TextDecoder('utf-16be');
  return new TextDecoder('utf-8');
}

/** Inflates and decodes the part, handing its text to `onText` a chunk at a time. */
export function streamText(
  entry: ZipEntry,
  file: string,
  limits: PackageLimits,
  onText: (text: string) => void,
): void {
  let decoder: TextDecoder | null = null;
  inflateEntry(entry, file, limits, (chunk) => {
    decoder ??= decoderFor(chunk);
    const text = decoder.decode(chunk, { stream: true });
    if (text.length > 0) onText(text);
  });
  const rest = decoder === null ? '' : (decoder as TextDecoder).decode();
  if (rest.length > 0) onText(rest);
}

/**
 * Inflates and decodes the part as windows of text for a reader that says how much
 * of each it used (text-windows.ts); returns the text left unread at the end.
 */
export function streamWindows(
  entry: ZipEntry,
  file: string,
  limits: PackageLimits,
  onWindow: WindowReader,
  where = partWhere(entry),
): string {
  const windows = new TextWindows(onWindow);
  inflateEntry(entry, file, limits, (chunk) => windows.push(chunk), where);
  return windows.finish();
}

/** The whole part as text. */
export function readText(entry: ZipEntry, file: string, limits: PackageLimits): string {
  const pieces: string[] = [];
  streamText(entry, file, limits, (t) => pieces.push(t));
  return pieces.join('');
}
