/**
 * A workbook file as the command line uses it: read once, opened as its package, read and written through
 * the gateway by a session, then saved: to a temporary file beside the destination, renamed over it only
 * once complete, so a failure part-way (disk full) never leaves a half-written workbook where the
 * officer's was. Every part the plans did not touch goes out as it came in.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { WorkbookGateway } from '../gateway';
import { UnusableWorkbookError } from './errors';
import { openPackage } from './open-package';
import { writeAtomically } from '../xlsx/write';

export interface WorkbookFile {
  /** the file's name, for reports */
  name: string;
  gateway: WorkbookGateway;
  /** writes the workbook as it now stands */
  save(path: string): Promise<void>;
}

const FS_REASONS: Record<string, string> = {
  ENOENT: 'was not found: check the folder and file name',
  EISDIR: 'is a folder, not a workbook',
  EACCES: 'cannot be opened: you do not have permission to read it',
  EPERM: 'cannot be opened: you do not have permission to read it',
};

async function readBytes(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (e) {
    const why = FS_REASONS[(e as NodeJS.ErrnoException).code ?? ''];
    if (!why) throw e;
    throw new UnusableWorkbookError('missing', `${path} ${why}`);
  }
}

export async function openWorkbookFile(path: string): Promise<WorkbookFile> {
  const name = basename(path);
  const pkg = openPackage(await readBytes(path), name);
  return { name, gateway: pkg.gateway, save: (to) => writeAtomically(to, pkg.save()) };
}
