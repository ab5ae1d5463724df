import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readWorkbookFile } from '../../../src/gateways/xlsx/read';
import { writeWorkbook } from '../../../src/gateways/xlsx/write';
import { tempDir } from '../../support/temp-dir';

function workbookSaying(text: string): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('S').getCell('A1').value = text;
  return wb;
}

describe('writeWorkbook', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir('ni-write-');
  });

  it('replaces the file and leaves no temporary files behind', async () => {
    const path = join(dir, 'rated.xlsx');
    await writeWorkbook(workbookSaying('first'), path);
    await writeWorkbook(workbookSaying('second'), path);
    expect((await readWorkbookFile(path)).snapshot.sheets[0].values).toEqual([['second']]);
    expect(readdirSync(dir)).toEqual(['rated.xlsx']);
  });

  it('keeps the old file intact when the workbook cannot be serialised', async () => {
    const path = join(dir, 'rated.xlsx');
    writeFileSync(path, 'previous bytes');
    const wb = workbookSaying('new');
    jest.spyOn(wb.xlsx, 'writeBuffer').mockRejectedValue(new Error('out of memory'));
    await expect(writeWorkbook(wb, path)).rejects.toThrow('out of memory');
    expect(readFileSync(path, 'utf8')).toBe('previous bytes');
    expect(readdirSync(dir)).toEqual(['rated.xlsx']);
  });

  it('cleans up its temporary file when the final rename fails', async () => {
    // a non-empty folder where the file should go cannot be replaced by a file
    const path = join(dir, 'taken.xlsx');
    mkdirSync(path);
    writeFileSync(join(path, 'keep.txt'), 'x');
    await expect(writeWorkbook(workbookSaying('new'), path)).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['taken.xlsx']);
  });
});
