import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UnusableWorkbookError, type UnusableReason } from '../../../src/gateways/xlsx/errors';
import { readWorkbook, readWorkbookFile } from '../../../src/gateways/xlsx/read';
import { bytesOf } from './helpers';
import { tempDir } from '../../support/temp-dir';

const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * The smallest compound-file shape the reader looks at: the OLE2 signature, a
 * 512-byte header, then a directory sector of 128-byte entries whose names are
 * UTF-16LE. Password-protected .xlsx files hold EncryptionInfo and
 * EncryptedPackage streams; an old .xls holds a Workbook stream.
 */
function ole2(streams: string[], tail = Buffer.alloc(0)): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from(OLE2_MAGIC).copy(header);
  const names = ['Root Entry', ...streams];
  const dir = Buffer.alloc(128 * Math.ceil(names.length / 4) * 4);
  names.forEach((n, i) => {
    dir.write(n, i * 128, 'utf16le');
    dir.writeUInt16LE((n.length + 1) * 2, i * 128 + 64);
  });
  return Buffer.concat([header, dir, tail]);
}

async function reasonOf(data: Buffer, name = 'Targets.xlsx'): Promise<UnusableWorkbookError> {
  try {
    await readWorkbook(data, name);
  } catch (e) {
    if (e instanceof UnusableWorkbookError) return e;
    throw e;
  }
  throw new Error('read succeeded');
}

function expectOfficerMessage(e: UnusableWorkbookError, reason: UnusableReason, says: RegExp): void {
  expect(e.reason).toBe(reason);
  expect(e.message).toMatch(says);
  expect(e.message).not.toMatch(/\n/);
}

const validXlsx = () =>
  bytesOf((wb) => {
    wb.addWorksheet('NIS').getCell('A1').value = 'NI 1';
  });

describe('unusable workbooks', () => {
  it('a CSV renamed to .xlsx is not an xlsx and says to save it as one', async () => {
    const e = await reasonOf(Buffer.from('NI,Target\r\nNI 1,80%\r\n'), 'targets.xlsx');
    expectOfficerMessage(e, 'not-xlsx', /targets\.xlsx looks like a CSV.*save it as .*\.xlsx/);
  });

  it('an HTML export is not an xlsx', async () => {
    const e = await reasonOf(Buffer.from('\ufeff<html><table><tr><td>NI 1</td></tr></table></html>'));
    expectOfficerMessage(e, 'not-xlsx', /web page/);
  });

  it('random bytes are not an xlsx', async () => {
    const junk = Buffer.from(Array.from({ length: 300 }, (_, i) => (i * 37 + 11) % 256));
    expectOfficerMessage(await reasonOf(junk), 'not-xlsx', /not an Excel workbook/);
  });

  it('an old .xls (OLE2 without encryption streams) is not an xlsx and says to save as .xlsx', async () => {
    const e = await reasonOf(ole2(['Workbook', '\u0005SummaryInformation']), 'old.xls');
    expectOfficerMessage(e, 'not-xlsx', /old\.xls is an old-style \.xls workbook.*save it as .*\.xlsx/);
  });

  it('a password-protected workbook (OLE2 with EncryptedPackage) is encrypted and says how to remove the password', async () => {
    const e = await reasonOf(ole2(['EncryptionInfo', 'EncryptedPackage', '\u0006DataSpaces']));
    expectOfficerMessage(e, 'encrypted', /password.*File > Info > Protect Workbook/);
  });

  it('the words "EncryptedPackage" inside an .xls cell are not taken for encryption', async () => {
    const cellText = Buffer.concat([Buffer.alloc(3), Buffer.from('EncryptedPackage', 'utf16le')]);
    expect((await reasonOf(ole2(['Workbook'], cellText))).reason).toBe('not-xlsx');
  });

  it('a truncated xlsx is corrupt', async () => {
    const bytes = await validXlsx();
    // cut mid-way, and cut only the end of the central directory (every part name still present)
    for (const keep of [Math.floor(bytes.length / 2), bytes.length - 30]) {
      expectOfficerMessage(await reasonOf(bytes.subarray(0, keep)), 'corrupt', /damaged/);
    }
  });

  it('a zip without xl/workbook.xml is corrupt', async () => {
    const bytes = Buffer.from(await validXlsx());
    // rename the part in place (same length) so the zip itself stays intact
    const renamed = Buffer.from(
      bytes.toString('latin1').split('xl/workbook.xml').join('xl/workbook.xmX'),
      'latin1',
    );
    expect(renamed.length).toBe(bytes.length);
    expectOfficerMessage(await reasonOf(renamed), 'corrupt', /damaged/);
  });

  it('a zero-byte file is empty', async () => {
    expectOfficerMessage(await reasonOf(Buffer.alloc(0)), 'empty', /empty/);
  });

  it('a path that does not exist is missing, and a folder is not a workbook', async () => {
    const dir = tempDir('ni-xlsx-');
    await expect(readWorkbookFile(join(dir, 'nope.xlsx'))).rejects.toMatchObject({
      reason: 'missing',
      message: expect.stringMatching(/nope\.xlsx was not found/),
    });
    await expect(readWorkbookFile(dir)).rejects.toMatchObject({ reason: 'missing' });
  });

  it('reads a good file by path, named by its file name', async () => {
    const dir = tempDir('ni-xlsx-');
    const path = join(dir, 'Bromley CYPP.xlsx');
    writeFileSync(path, await validXlsx());
    const { snapshot } = await readWorkbookFile(path);
    expect(snapshot.name).toBe('Bromley CYPP.xlsx');
    expect(snapshot.sheets[0].values).toEqual([['NI 1']]);
  });

  it('reports file errors by path too', async () => {
    const dir = tempDir('ni-xlsx-');
    const path = join(dir, 'export.xlsx');
    writeFileSync(path, 'a,b\n');
    await expect(readWorkbookFile(path)).rejects.toMatchObject({ reason: 'not-xlsx' });
  });
});
