/**
 * The command line's one way into a workbook: open the file through the .xlsx gateway and make a session
 * over it, the same session the task pane and the ribbon use, with the command's options as this
 * session's settings. Output goes through save(); exports come from the session's own writer.
 */
import * as fs from 'fs';
import * as path from 'path';
import { openWorkbookFile } from '../gateways/xlsx/file';
import { createSession, type Session } from '../session/session';
import type { ExportFile } from '../session/export-files';
import { parseSettingsOptions, type SettingsOptions } from './options';

export interface WorkbookSession {
  session: Session;
  /** writes the workbook as the session left it */
  save(file: string): Promise<void>;
}

// no cells to select and no selection on the command line
const NO_HOST = {
  selectCell: async () => undefined,
  getSelection: async () => null,
  yieldToHost: async () => undefined,
};

export async function openSession(file: string, opts: SettingsOptions): Promise<WorkbookSession> {
  // options are checked before the workbook is read: a typo costs nothing
  const settings = parseSettingsOptions(opts);
  const workbook = await openWorkbookFile(file);
  const session = createSession(workbook.gateway, NO_HOST, undefined, { settings });
  return {
    session,
    async save(to) {
      ensureFolderOf(to);
      await workbook.save(to);
    },
  };
}

export function ensureFolderOf(file: string): void {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
}

/** Writes an export to `file` (a folder's files to `dir`), returning where each went. */
export function writeExport(f: ExportFile, file: string): string {
  ensureFolderOf(file);
  fs.writeFileSync(
    file,
    typeof f.data === 'string' ? f.data : Buffer.from(f.data),
    typeof f.data === 'string' ? 'utf8' : undefined,
  );
  return file;
}

export function writeExportsTo(files: ExportFile[], dir: string): string[] {
  fs.mkdirSync(dir, { recursive: true });
  return files.map((f) => writeExport(f, path.join(dir, f.name)));
}
