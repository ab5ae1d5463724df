/**
 * The package as a set of parts: the zip's entries by name, in their order, with
 * the bytes of each still compressed. Reading a part inflates it under the limits;
 * changing one replaces its entry with a newly deflated one; every other entry
 * stays the object read from the file, which is how save() knows to copy it as is.
 */
import { damaged } from './errors';
import { type PackageLimits, tooManyParts } from './limits';
import { normalisePart, partKey } from './part-names';
import { readZipDirectory, type ZipEntry } from './zip-directory';
import type { WindowReader } from './text-windows';
import { readText, streamWindows } from './zip-inflate';
import { XmlSyntaxError } from './xml-scan';
import { partFromText, writeZip } from './zip-write';

export class PackageParts {
  private readonly entries = new Map<string, ZipEntry>();
  private readonly order: string[] = [];

  constructor(
    readonly file: string,
    readonly limits: PackageLimits,
    entries: ZipEntry[],
  ) {
    if (entries.length > limits.maxParts) throw tooManyParts(file, entries.length, limits);
    for (const e of entries) {
      const key = partKey(e.name);
      // folder entries ("_rels/", as exceljs writes) are kept too, so the container lists what it listed;
      // a second spelling of a name adds nothing a reader can use
      if (this.entries.has(key)) continue;
      this.entries.set(key, e);
      this.order.push(key);
    }
  }

  static fromZip(bytes: Uint8Array, file: string, limits: PackageLimits): PackageParts {
    return new PackageParts(file, limits, readZipDirectory(bytes, file));
  }

  has(part: string): boolean {
    return this.entries.has(partKey(part));
  }

  /** The entry now holding the part (compare by identity to see whether it changed). */
  entry(part: string): ZipEntry | undefined {
    return this.entries.get(partKey(part));
  }

  /** The part's name as the zip spells it. */
  nameOf(part: string): string {
    return this.entries.get(partKey(part))?.name ?? normalisePart(part);
  }

  text(part: string): string {
    const e = this.entry(part);
    if (!e) throw damaged(this.file, `its part ${part} is missing`);
    return readText(e, this.file, this.limits);
  }

  textOrNull(part: string | undefined): string | null {
    return part !== undefined && this.has(part) ? this.text(part) : null;
  }

  /**
   * The part's text in windows for a scanner that says how much of each it used
   * (text-windows.ts); `onEnd` gets what was left unread. `where` names the part in
   * messages (a sheet by its tab name).
   */
  streamWindows<T>(part: string, onWindow: WindowReader, onEnd: (rest: string) => T, where?: string): T {
    return this.scanning(part, (e) => onEnd(streamWindows(e, this.file, this.limits, onWindow, where)));
  }

  private scanning<T>(part: string, read: (e: ZipEntry) => T): T {
    const e = this.entry(part);
    if (!e) throw damaged(this.file, `its part ${part} is missing`);
    try {
      return read(e);
    } catch (err) {
      // the sheet scanner's complaint, as the one line an officer gets for a damaged file
      if (err instanceof XmlSyntaxError) throw damaged(this.file, err.message);
      throw err;
    }
  }

  /** Replaces (or adds, at the end) a part. */
  put(part: string, entry: ZipEntry): void {
    const key = partKey(part);
    if (!this.entries.has(key)) this.order.push(key);
    this.entries.set(key, { ...entry, name: this.nameOf(part) });
  }

  putText(part: string, text: string): void {
    this.put(part, partFromText(this.nameOf(part), text));
  }

  remove(part: string): void {
    const key = partKey(part);
    if (!this.entries.delete(key)) return;
    this.order.splice(this.order.indexOf(key), 1);
  }

  /** A copy whose changes do not reach this one (a plan is staged on a copy, then adopted). */
  copy(): PackageParts {
    return new PackageParts(
      this.file,
      this.limits,
      this.order.map((k) => this.entries.get(k) as ZipEntry),
    );
  }

  names(): string[] {
    return this.order.map((k) => (this.entries.get(k) as ZipEntry).name);
  }

  toZip(): Uint8Array {
    return writeZip(this.order.map((k) => this.entries.get(k) as ZipEntry));
  }
}
