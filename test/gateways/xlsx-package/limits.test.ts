/**
 * Bounds: a stray far cell, a zip bomb, too many cells, and files that are not
 * workbooks, each ending in a result or one clear line.
 */
import { Deflate, strToU8, zipSync } from 'fflate';
import { minimalPackage } from '../../support/minimal-package';
import { openPackage } from '../../../src/gateways/xlsx-package/open-package';
import { WorkbookTooBigError } from '../../../src/gateways/xlsx-package/errors';
import { UnusableWorkbookError } from '../../../src/gateways/xlsx/errors';
import { analyse } from '../../../src/pipeline/analyse';
import { writeZip } from '../../../src/gateways/xlsx-package/zip-write';
import type { ZipEntry } from '../../../src/gateways/xlsx-package/zip-directory';

describe('bounds', () => {
  it('reads a stray value at XFD1048576 beside A1 without a grid, and the engine runs on it', async () => {
    const bytes = zipSync(
      minimalPackage(
        '<row r="1"><c r="A1" t="inlineStr"><is><t>Title</t></is></c></row><row r="1048576"><c r="XFD1048576"><v>1</v></c></row>',
      ),
    );
    const t0 = Date.now();
    const snap = await openPackage(bytes, 'far.xlsx').gateway.readSnapshot();
    const sheet = snap.sheets[0];
    expect(sheet.values.length).toBe(1048576);
    expect(sheet.values[0]).toEqual(['Title']);
    expect(sheet.values[1048575][16383]).toBe(1);
    analyse(snap);
    expect(Date.now() - t0).toBeLessThan(30_000);
  });

  it('stops a zip bomb at the ratio limit, streaming, with one line naming the part', () => {
    // 64 MB of zeros deflates to ~64 KB; made in chunks so the test itself stays small
    const chunks: Uint8Array[] = [];
    const d = new Deflate({ level: 9 }, (c) => chunks.push(c));
    const zeros = new Uint8Array(1 << 20);
    for (let i = 0; i < 64; i++) d.push(zeros, i === 63);
    const data = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const c of chunks) (data.set(c, at), (at += c.length));
    const base = zipSync(minimalPackage(''));
    const bomb: ZipEntry = {
      name: 'xl/worksheets/sheet1.xml',
      method: 8,
      flags: 0,
      crc: 0,
      compressedSize: data.length,
      size: 64 << 20,
      time: 0,
      date: 33,
      data,
    };
    // keep the small parts, swap the sheet for the bomb
    const { readZipDirectory } = jest.requireActual('../../../src/gateways/xlsx-package/zip-directory');
    const entries = (readZipDirectory(base, 'x') as ZipEntry[]).map((e) => (e.name === bomb.name ? bomb : e));
    const bytes = writeZip(entries);
    const open = () => openPackage(bytes, 'bomb.xlsx', { ratioFloorBytes: 1 << 20 }).gateway.readSnapshot();
    return expect(open()).rejects.toThrow(
      /bomb\.xlsx: sheet "Data" \(xl\/worksheets\/sheet1\.xml\) inflates \d+ times .* zip bomb/,
    );
  });

  it('stops a part whose directory understates its size while inflating', () => {
    const data = new Uint8Array(0);
    void data;
    const base = zipSync(minimalPackage('<row r="1"><c r="A1"><v>1</v></c></row>'.repeat(1)));
    const { readZipDirectory } = jest.requireActual('../../../src/gateways/xlsx-package/zip-directory');
    const entries = (readZipDirectory(base, 'x') as ZipEntry[]).map((e) =>
      e.name === 'xl/worksheets/sheet1.xml' ? { ...e, size: 10 } : e,
    );
    const open = () => openPackage(writeZip(entries), 'liar.xlsx').gateway.readSnapshot();
    return expect(open()).rejects.toThrow(/liar\.xlsx is damaged .*holds more than its zip directory says/);
  });

  it('names the sheet and the far cell when a sheet holds more cells than the limit', async () => {
    const rows = Array.from(
      { length: 50 },
      (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`,
    ).join('');
    const bytes = zipSync(minimalPackage(rows));
    const err = await openPackage(bytes, 'big.xlsx', { maxCellsPerSheet: 20 })
      .gateway.readSnapshot()
      .catch((e) => e);
    expect(err).toBeInstanceOf(WorkbookTooBigError);
    expect(err.reason).toBe('too-big');
    expect(err.message).toMatch(/big\.xlsx: sheet "Data" reaches A21 and holds more than the 20 cells/);
  });

  it('gives the existing unusable-workbook reasons for non-workbooks', () => {
    expect(() => openPackage(new Uint8Array(0), 'e.xlsx')).toThrow(UnusableWorkbookError);
    expect(() => openPackage(strToU8('a,b\n1,2\n'), 'x.xlsx')).toThrow(/CSV/);
    const ole = new Uint8Array(1024);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    ole.set(strToU8('E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0'), 512);
    expect(() => openPackage(ole, 'p.xlsx')).toThrow(/password-protected/);
    const broken = zipSync(minimalPackage('<row r="1"><c r="A1"><v>1</v></row>'));
    return expect(openPackage(broken, 'b.xlsx').gateway.readSnapshot()).rejects.toThrow(/b\.xlsx/);
  });

  it('refuses to overwrite part of an array formula, naming it, and leaves the package unchanged', async () => {
    const bytes = zipSync(
      minimalPackage(
        '<row r="1"><c r="A1"><f t="array" ref="A1:A2">B1:B2*2</f><v>2</v></c><c r="B1"><v>1</v></c></row><row r="2"><c r="A2"><v>4</v></c><c r="B2"><v>2</v></c></row>',
      ),
    );
    const pkg = openPackage(bytes, 'arr.xlsx');
    await pkg.gateway.readSnapshot();
    const plan = {
      summary: 't',
      ops: [{ op: 'values' as const, sheet: 'Data', range: 'A2', values: [[9]] }],
    };
    await expect(pkg.gateway.apply(plan)).rejects.toThrow(
      /Write plan op 1 .*A1:A2 on "Data" is one array formula/,
    );
    expect(Buffer.compare(Buffer.from(pkg.save()), Buffer.from(pkg.save()))).toBe(0);
    expect((await pkg.gateway.readSnapshot()).sheets[0].values[1][0]).toBe(4);
  });
});
