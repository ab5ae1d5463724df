/**
 * A part's text handed to a reader in windows, each starting where the reader
 * stopped in the one before. Each window is decoded straight from the part's
 * bytes, so it is one flat string: V8 reads the characters of a joined string
 * (the carried rest + the next chunk) several times slower, and a sheet scanner
 * reads every character. The rest a reader leaves (an unfinished tag, a row not
 * complete yet) goes back as bytes, found by measuring its UTF-8 length; where that
 * cannot be told exactly (a U+FFFD the decoder made of bad bytes, a UTF-16 part),
 * it is carried as text instead, which is correct, only slower.
 */

/** Reads a window of text; returns how many of its characters it used (the rest comes again). */
export type WindowReader = (text: string) => number;

/** bytes gathered before a window is decoded */
const WINDOW_BYTES = 1024 * 1024;

/** Where `bytes` can be cut without splitting a UTF-8 character. */
function charBoundary(bytes: Uint8Array): number {
  const end = bytes.length;
  let k = end - 1;
  while (k >= 0 && end - k <= 3 && (bytes[k] & 0xc0) === 0x80) k--;
  if (k < 0) return end;
  const lead = bytes[k];
  const len = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return k + len > end ? k : end;
}

/** UTF-8 length of text[from..], or -1 when it holds a U+FFFD (which may stand for any bad bytes). */
function utf8Length(text: string, from: number): number {
  let n = 0;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else if (c === 0xfffd) return -1;
    else n += 3;
  }
  return n;
}

function join(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

export class TextWindows {
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  /** text carried as text: the reader's rest when it could not be mapped back to bytes */
  private carry = '';
  private decoder: TextDecoder | null = null;
  private utf8 = true;
  /** bytes to gather before the next window: grows while the reader stalls, so a huge token costs O(n) */
  private want: number;

  constructor(
    private readonly read: WindowReader,
    /** bytes gathered before a window is decoded (small in tests, to cut text everywhere) */
    private readonly windowBytes = WINDOW_BYTES,
  ) {
    this.want = windowBytes;
  }

  /** The next bytes of the part (kept as a view: the caller must not reuse them). */
  push(chunk: Uint8Array): void {
    if (chunk.length === 0) return;
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    // the decoder is chosen from the first three bytes, however the part was cut
    if (this.decoder === null && this.pendingBytes >= 3) this.start();
    if (this.decoder !== null && this.pendingBytes >= this.want) this.window(false);
  }

  /** Hands out the last window; returns the text the reader left unread (a complete part leaves none). */
  finish(): string {
    if (this.decoder === null) this.start();
    return this.window(true);
  }

  /** Picks the decoder from the first bytes: UTF-8 unless a UTF-16 byte order mark says otherwise. */
  private start(): void {
    const first = join(this.pending, this.pendingBytes);
    if (first[0] === 0xff && first[1] === 0xfe) this.decoder = new TextDecoder('utf-16le');
    else if (first[0] === 0xfe && first[1] === 0xff) this.decoder = new TextDecoder('utf-16be');
    if (this.decoder !== null) {
      this.utf8 = false;
      return;
    }
    // the BOM is dropped here, once; windows keep any U+FEFF inside the text
    this.decoder = new TextDecoder('utf-8', { ignoreBOM: true });
    const bom = first[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf;
    this.keep(bom ? first.subarray(3) : first);
  }

  private window(final: boolean): string {
    const bytes = join(this.pending, this.pendingBytes);
    const decoder = this.decoder as TextDecoder;
    const cut = this.utf8 && !final ? charBoundary(bytes) : bytes.length;
    const decoded = this.utf8
      ? decoder.decode(bytes.subarray(0, cut))
      : decoder.decode(bytes, { stream: !final });
    const text = this.carry.length === 0 ? decoded : this.carry + decoded;
    const used = this.read(text);
    // a rest inside the decoded bytes is their tail; one reaching into carried text stays text
    const restBytes = this.utf8 && used >= this.carry.length ? utf8Length(text, used) : -1;
    // the rest goes back as bytes where they can be told, else as text; copied, as the chunks are views
    if (restBytes !== -1) {
      this.carry = '';
      this.keep(bytes.slice(cut - restBytes));
    } else {
      this.carry = text.slice(used);
      this.keep(bytes.slice(cut));
    }
    this.want = Math.max(this.windowBytes, 2 * (this.pendingBytes + this.carry.length));
    return final ? text.slice(used) : '';
  }

  /** Makes `rest` the only bytes pending (a copy or a view of bytes no one reuses). */
  private keep(rest: Uint8Array): void {
    this.pending = rest.length > 0 ? [rest] : [];
    this.pendingBytes = rest.length;
  }
}
