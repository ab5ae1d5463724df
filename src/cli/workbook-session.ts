/**
 * The command line's one way into a workbook: open the file through the .xlsx gateway and make a session
 * over it, the same session the task pane and the ribbon use, with the command's options as this
 * session's settings. Output goes through save(); exports come from the session's own writer.
 */
import * as fs from 'fs';
import * as path from 'path';
import { openWorkbookFile } from '../gateways/xlsx-package/file';
import { createSession, type Session } from '../session/session';
import type { ExportFile } from '../session/export-files';
import { DefinitionsFileProblem, type DefinitionsFile } from '../session/definitions-file';
import { OptionProblem, parseSettingsOptions, readDefinitionsOption, type SettingsOptions } from './options';
import { checkFileOutput, checkWorkbookOutput, OutputProblem, writeProblem } from './output-path';

export interface WorkbookSession {
  session: Session;
  /** writes the workbook as the session left it */
  save(file: string): Promise<void>;
}

/** Where a command will write: checked before the workbook is read. */
export interface Outputs {
  /** the -o workbook */
  workbook?: string;
  inPlace?: boolean;
  /** other files (--json, --docx, --html) */
  files?: (string | undefined)[];
  /** folders the command fills (--csv, demo's --out): made when missing, their parent must exist */
  folders?: (string | undefined)[];
}

// no cells to select and no selection on the command line
const NO_HOST = {
  selectCell: async () => undefined,
  getSelection: async () => null,
  yieldToHost: async () => undefined,
};

function checkOutputs(input: string, o: Outputs): void {
  if (o.workbook) checkWorkbookOutput(input, o.workbook, o.inPlace);
  for (const f of o.files ?? []) if (f) checkFileOutput(f);
  for (const d of o.folders ?? []) if (d) ensureFolder(d);
}

export async function openSession(
  file: string,
  opts: SettingsOptions,
  outputs: Outputs = {},
): Promise<WorkbookSession> {
  // options and destinations are checked before the workbook is read: a typo costs nothing
  const settings = parseSettingsOptions(opts);
  const definitions = opts.definitions ? await readDefinitionsOption(opts.definitions) : null;
  checkOutputs(file, outputs);
  const workbook = await openWorkbookFile(file);
  const session = createSession(workbook.gateway, NO_HOST, undefined, { settings });
  // recorded in the workbook's record as the pane's Import definitions does: rate and report save them
  if (definitions) await recordDefinitions(session, definitions);
  return {
    session,
    async save(to) {
      try {
        await workbook.save(to);
      } catch (e) {
        throw writeProblem(to, e);
      }
    },
  };
}

/** A file the workbook's record cannot take (a code another imported file defines) is one line, exit 2. */
async function recordDefinitions(session: Session, definitions: DefinitionsFile): Promise<void> {
  try {
    await session.recordDefinitions(definitions);
  } catch (e) {
    if (e instanceof DefinitionsFileProblem) throw new OptionProblem(`--definitions: ${e.message}`);
    throw e;
  }
}

/**
 * Makes one folder level (its parent must exist): Node 20's recursive mkdir never returns for some
 * paths (/proc/nope/x), and a folder the officer mistyped should be reported, not created.
 */
export function ensureFolder(dir: string): void {
  let st: fs.Stats | null = null;
  try {
    st = fs.statSync(dir);
  } catch {
    st = null;
  }
  if (st?.isDirectory()) return;
  if (st) throw new OutputProblem(`${dir} is a file, not a folder`);
  checkFileOutput(dir);
  try {
    fs.mkdirSync(dir);
  } catch (e) {
    throw writeProblem(dir, e);
  }
}

/** Writes an export to `file`, returning where it went. */
export function writeExport(f: ExportFile, file: string): string {
  try {
    if (typeof f.data === 'string') fs.writeFileSync(file, f.data, 'utf8');
    else fs.writeFileSync(file, f.data);
  } catch (e) {
    throw writeProblem(file, e);
  }
  return file;
}

export function writeExportsTo(files: ExportFile[], dir: string): string[] {
  ensureFolder(dir);
  return files.map((f) => writeExport(f, path.join(dir, f.name)));
}
