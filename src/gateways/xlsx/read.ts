/**
 * Opening an .xlsx file or buffer. Anything an officer might hand us by mistake
 * (a .csv, an old .xls, a password-protected or damaged file) becomes an
 * UnusableWorkbookError with a sentence saying what to do, never a stack trace.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import ExcelJS from 'exceljs';
import type { WorkbookSnapshot } from '../../engine/model/snapshot';
import { UnusableWorkbookError } from './errors';
import { sniffWorkbookBytes } from './sniff';
import { snapshotWorkbook } from './to-snapshot';

export interface ReadResult {
  snapshot: WorkbookSnapshot;
  /** kept so a write plan can be applied to the same workbook and saved */
  workbook: ExcelJS.Workbook;
}

function asBuffer(data: Buffer | ArrayBuffer | Uint8Array): Buffer {
  if (Buffer.isBuffer(data)) return data;
  if (data instanceof ArrayBuffer) return Buffer.from(data);
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
}

const damaged = (name: string): UnusableWorkbookError =>
  new UnusableWorkbookError(
    'corrupt',
    `${name} is damaged and cannot be read: open it in Excel to repair it, or use a backup`,
  );

export async function readWorkbook(
  data: Buffer | ArrayBuffer | Uint8Array,
  name: string,
): Promise<ReadResult> {
  const buf = asBuffer(data);
  const unusable = sniffWorkbookBytes(buf, name);
  if (unusable) throw unusable;
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's typings predate Node's generic Buffer; the bytes are what it wants
    await workbook.xlsx.load(buf as unknown as ExcelJS.Buffer);
  } catch {
    throw damaged(name);
  }
  // a real workbook always has at least one sheet; none means the package is broken
  if (workbook.worksheets.length === 0) throw damaged(name);
  return { snapshot: snapshotWorkbook(workbook, name), workbook };
}

const FS_REASONS: Record<string, string> = {
  ENOENT: 'was not found: check the folder and file name',
  EISDIR: 'is a folder, not a workbook',
  EACCES: 'cannot be opened: you do not have permission to read it',
  EPERM: 'cannot be opened: you do not have permission to read it',
};

export async function readWorkbookFile(path: string): Promise<ReadResult> {
  const name = basename(path);
  let data: Buffer;
  try {
    data = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    const why = FS_REASONS[code];
    if (!why) throw e;
    throw new UnusableWorkbookError('missing', `${path} ${why}`);
  }
  return readWorkbook(data, name);
}
