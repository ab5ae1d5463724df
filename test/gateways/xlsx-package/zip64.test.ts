/**
 * Workbooks whose zip uses ZIP64 records though nothing in them needs it, as Apache POI's SXSSF writes
 * them in Zip64Mode.Always (and .NET packaging to an unseekable stream, some Java and Go streaming
 * writers). Excel reads POI's, and so do Python's zipfile, Info-ZIP's unzip, Java's ZipFile and fflate
 * (LibreOffice 7.4 does not); before the fix this reader refused them ("uses ZIP64, which a workbook of
 * this size never needs"). They must read as the plain file reads, rate must write from them exactly
 * what it writes from the plain file (a classic zip, untouched parts as they were), and a broken ZIP64
 * record must end in one line.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { openPackage } from '../../../src/gateways/xlsx-package/open-package';
import { WorkbookTooBigError } from '../../../src/gateways/xlsx-package/errors';
import { UnusableWorkbookError } from '../../../src/gateways/xlsx/errors';
import { runCli } from '../../support/run-cli';
import { tempDir } from '../../support/temp-dir';
import { baseFiles, type Files } from './corpus';
import { zip64Always } from './other-tools';

/** Parts a rating run may rewrite: the sheets written into, and the workbook's lists. */
const MAY_CHANGE =
  /^(xl\/worksheets\/sheet\d+\.xml|xl\/styles\.xml|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|\[Content_Types\]\.xml)$/;
const LOCATOR = 0x07064b50;
/** an Info-ZIP extended timestamp block, put ahead of the ZIP64 field as other writers do */
const TIMESTAMP_BLOCK = new Uint8Array([0x55, 0x54, 5, 0, 1, 0, 0, 0, 0]);

let files: Files;
let plain: Uint8Array;

beforeAll(async () => {
  files = await baseFiles();
  plain = zipSync(files);
});

function buf(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** True when the end record holds ZIP64 markers or a ZIP64 locator precedes it (no comment in these files). */
function usesZip64(bytes: Uint8Array): boolean {
  const b = buf(bytes);
  const end = b.length - 22;
  return b.readUInt16LE(end + 10) === 0xffff || (end >= 20 && b.readUInt32LE(end - 20) === LOCATOR);
}

/** Where zip64Always put its records: the locator, the ZIP64 end record, the central directory. */
function zip64Layout(bytes: Uint8Array): { locator: number; record: number; central: number } {
  const b = buf(bytes);
  const locator = b.length - 22 - 20;
  const record = Number(b.readBigUInt64LE(locator + 8));
  return { locator, record, central: Number(b.readBigUInt64LE(record + 48)) };
}

/** The offset of the named part's central directory entry. */
function centralEntry(bytes: Uint8Array, central: number, name: string): number {
  const b = buf(bytes);
  for (let at = central; b.readUInt32LE(at) === 0x02014b50;) {
    const nameLen = b.readUInt16LE(at + 28);
    if (b.toString('utf8', at + 46, at + 46 + nameLen) === name) return at;
    at += 46 + nameLen + b.readUInt16LE(at + 30) + b.readUInt16LE(at + 32);
  }
  throw new Error(`no central entry for ${name}`);
}

/** A copy of the bytes changed by `edit`. */
function edited(bytes: Uint8Array, edit: (b: Buffer) => void): Uint8Array {
  const b = Buffer.from(bytes);
  edit(b);
  return new Uint8Array(b);
}

function damagedLine(why: string): string {
  return `w.xlsx is damaged and cannot be read (${why}): open it in Excel to repair it, or use a backup`;
}

function openError(bytes: Uint8Array): UnusableWorkbookError {
  try {
    openPackage(bytes, 'w.xlsx');
  } catch (e) {
    return e as UnusableWorkbookError;
  }
  throw new Error('opened');
}

describe('a workbook whose zip uses ZIP64 records throughout', () => {
  it('is what the transform claims: ZIP64 records, the same parts for another reader (fflate)', () => {
    const wide = zip64Always(plain);
    expect(usesZip64(plain)).toBe(false);
    expect(usesZip64(wide)).toBe(true);
    const b = buf(wide);
    const first = zip64Layout(wide).central;
    // every size and offset of the first entry is a marker; the first local header's sizes too
    expect([b.readUInt32LE(first + 20), b.readUInt32LE(first + 24), b.readUInt32LE(first + 42)]).toEqual([
      0xffffffff, 0xffffffff, 0xffffffff,
    ]);
    expect([b.readUInt32LE(18), b.readUInt32LE(22)]).toEqual([0xffffffff, 0xffffffff]);
    expect(unzipSync(wide)).toEqual(files);
  });

  it('reads to the same snapshot as the plain file, with or without another block before the ZIP64 field', async () => {
    const expected = await openPackage(plain, 'w.xlsx').gateway.readSnapshot();
    for (const wide of [zip64Always(plain), zip64Always(plain, TIMESTAMP_BLOCK)]) {
      expect(await openPackage(wide, 'w.xlsx').gateway.readSnapshot()).toEqual(expected);
    }
  });

  it('rates to the same cells and the same classic zip as the plain file, untouched parts as they came in', async () => {
    const dir = tempDir('ni-zip64-');
    const rated: Uint8Array[] = [];
    for (const [name, bytes] of [
      ['plain', plain],
      ['wide', zip64Always(plain)],
    ] as const) {
      const input = join(dir, `${name}.xlsx`);
      const output = join(dir, `${name}-rated.xlsx`);
      writeFileSync(input, bytes);
      const run = await runCli('rate', input, '-o', output, '--as-of', '2010-06-30');
      expect({ name, code: run.code, err: run.err }).toEqual({ name, code: 0, err: [] });
      rated.push(new Uint8Array(readFileSync(output)));
    }
    const [fromPlain, fromWide] = rated;
    expect(usesZip64(fromWide)).toBe(false);
    const snapshot = (bytes: Uint8Array) => openPackage(bytes, 'rated.xlsx').gateway.readSnapshot();
    const ratedPlain = await snapshot(fromPlain);
    // the comparison means something: rating words were written
    expect(JSON.stringify(ratedPlain.sheets.map((s) => s.values))).toMatch(/\b(Green|Amber|Red)\b/);
    expect(await snapshot(fromWide)).toEqual(ratedPlain);
    const saved = unzipSync(fromWide);
    const untouched = Object.keys(files).filter((part) => !MAY_CHANGE.test(part));
    expect(untouched.length).toBeGreaterThan(3);
    for (const part of untouched) expect({ part, data: saved[part] }).toEqual({ part, data: files[part] });
    // the writer copies sizes from the directory, never the input's ZIP64 headers: byte for byte the same file
    expect(Buffer.compare(buf(fromWide), buf(fromPlain))).toBe(0);
  }, 60_000);

  it('takes a part size from its ZIP64 field to the limits', async () => {
    const wide = zip64Always(plain);
    const sheet = centralEntry(wide, zip64Layout(wide).central, 'xl/worksheets/sheet1.xml');
    const nameLen = buf(wide).readUInt16LE(sheet + 28);
    // the ZIP64 field's first value, the part's inflated size: 5 GB, past any 32-bit field
    const huge = edited(wide, (b) => b.writeBigUInt64LE(5n * 1024n ** 3n, sheet + 46 + nameLen + 4));
    const err = await openPackage(huge, 'w.xlsx')
      .gateway.readSnapshot()
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(err).toBeInstanceOf(WorkbookTooBigError);
    expect((err as WorkbookTooBigError).limit).toBe('part-size');
    expect((err as Error).message).toMatch(/inflates to 5120 MB/);
  });
});

describe('a broken ZIP64 record ends in one line', () => {
  const missingEnd = damagedLine('its zip directory is broken: its ZIP64 end record is missing');

  it('a locator pointing outside the file', () => {
    const wide = zip64Always(plain);
    const { locator } = zip64Layout(wide);
    const bad = edited(wide, (b) => b.writeBigUInt64LE(BigInt(b.length + 1000), locator + 8));
    const err = openError(bad);
    expect(err).toBeInstanceOf(UnusableWorkbookError);
    expect(err.reason).toBe('corrupt');
    expect(err.message).toBe(missingEnd);
  });

  it('a locator pointing at something other than the ZIP64 end record', () => {
    const wide = zip64Always(plain);
    const bad = edited(wide, (b) => b.writeBigUInt64LE(0n, zip64Layout(wide).locator + 8));
    expect(openError(bad).message).toBe(missingEnd);
  });

  it('markers in the end record and no ZIP64 record', () => {
    const bad = edited(plain, (b) => b.writeUInt32LE(0xffffffff, b.length - 22 + 16));
    expect(openError(bad).message).toBe(missingEnd);
  });

  it('a central directory offset past 2^53', () => {
    const wide = zip64Always(plain);
    const bad = edited(wide, (b) => b.writeUInt32LE(0xffffffff, zip64Layout(wide).record + 48 + 4));
    expect(openError(bad).message).toBe(
      damagedLine('its zip directory is broken: it points past the end of the file'),
    );
  });

  it('an entry with 0xFFFFFFFF sizes and no extra field at all', () => {
    const central = buf(plain).readUInt32LE(plain.length - 22 + 16);
    const name = buf(plain).toString(
      'utf8',
      central + 46,
      central + 46 + buf(plain).readUInt16LE(central + 28),
    );
    const bad = edited(plain, (b) => {
      b.writeUInt32LE(0xffffffff, central + 20);
      b.writeUInt32LE(0xffffffff, central + 24);
    });
    expect(openError(bad).message).toBe(damagedLine(`part ${name} is missing its ZIP64 sizes`));
  });

  it('an entry whose extra holds other blocks but no ZIP64 field, or one too short for its markers', () => {
    const wide = zip64Always(plain, TIMESTAMP_BLOCK);
    const at = centralEntry(wide, zip64Layout(wide).central, 'xl/workbook.xml');
    const zip64Block = at + 46 + 'xl/workbook.xml'.length + TIMESTAMP_BLOCK.length;
    const why = damagedLine('part xl/workbook.xml is missing its ZIP64 sizes');
    // the block renamed: the walk passes it by
    expect(openError(edited(wide, (b) => b.writeUInt16LE(0x0009, zip64Block))).message).toBe(why);
    // two values where three fields are marked: the offset is missing
    expect(openError(edited(wide, (b) => b.writeUInt16LE(16, zip64Block + 2))).message).toBe(why);
  });
});
