/**
 * Saving a workbook. The file is written beside its destination under a temporary
 * name and renamed over it only once complete, so a failure part-way (disk full,
 * a bug in a plan) never leaves a half-written workbook where the officer's was.
 */
import { randomBytes } from 'node:crypto';
import { rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type ExcelJS from 'exceljs';

export async function toBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  const out = await workbook.xlsx.writeBuffer();
  return Buffer.isBuffer(out) ? out : Buffer.from(out as ArrayBuffer);
}

/** Writes `data` beside `path` under a temporary name, then renames it over `path` once complete. */
export async function writeAtomically(path: string, data: Uint8Array): Promise<void> {
  // same folder, so the rename stays on one file system and is atomic
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, data);
    await rename(temp, path);
  } catch (e) {
    await unlink(temp).catch(() => undefined);
    throw e;
  }
}

export async function writeWorkbook(workbook: ExcelJS.Workbook, path: string): Promise<void> {
  await writeAtomically(path, await toBuffer(workbook));
}
