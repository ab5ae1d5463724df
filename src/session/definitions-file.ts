/**
 * Reading a definitions file the officer chose (the pane's "Import definitions", the command line's
 * --definitions): a CSV, or an .xlsx / .xlsm through the .xlsx package gateway's own reader (the same one
 * the command line opens workbooks with, so a damaged or protected file gets the same one-line reason).
 * Works on bytes, so the pane (a browser File) and the command line (a file read from disk) share it.
 */
import { openPackage } from '../gateways/xlsx-package/open-package';
import { UnusableWorkbookError } from '../gateways/xlsx-package/errors';
import { csvSheet, CsvProblem } from '../engine/catalogue/definitions-csv';
import {
  definitionsFromSheets,
  DefinitionsFileProblem,
  type DefinitionsFile,
} from '../engine/catalogue/definitions-file';

export { DefinitionsFileProblem };
export type { DefinitionsFile };

const isZip = (b: Uint8Array) => b.length >= 2 && b[0] === 0x50 && b[1] === 0x4b;
const WORKBOOK = /\.(xlsx|xlsm)$/i;
const TEXT = /\.(csv|txt)$/i;

/**
 * The text of a CSV: UTF-8 as the product writes it, else Windows-1252, which Excel's "CSV (Comma
 * delimited)" saves in on Windows (a "£" or a curly apostrophe in a title would otherwise be garbled).
 */
function csvText(bytes: Uint8Array, name: string): string {
  if (bytes.includes(0))
    throw new DefinitionsFileProblem(`${name} is not a CSV text file: save it as CSV or .xlsx`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

async function fromWorkbook(bytes: Uint8Array, name: string): Promise<DefinitionsFile> {
  let snapshot;
  try {
    snapshot = await openPackage(bytes, name).gateway.readSnapshot();
  } catch (e) {
    if (e instanceof UnusableWorkbookError) throw new DefinitionsFileProblem(e.message);
    throw e;
  }
  return definitionsFromSheets(name, snapshot.sheets, snapshot.sheets.length > 1);
}

function fromCsv(bytes: Uint8Array, name: string): DefinitionsFile {
  let sheet;
  try {
    sheet = csvSheet(csvText(bytes, name), name);
  } catch (e) {
    if (e instanceof CsvProblem)
      throw new DefinitionsFileProblem(`${name} cannot be read as CSV: ${e.message}`);
    throw e;
  }
  checkSeparator(sheet.values[0], name);
  return definitionsFromSheets(name, [sheet], false);
}

/**
 * A header read as one field holding tabs or semicolons was saved as "Text (Tab delimited)" or with a
 * European list separator: say so, rather than that the file has no definitions table.
 */
function checkSeparator(header: readonly unknown[] | undefined, name: string): void {
  const only = header?.length === 1 && typeof header[0] === 'string' ? header[0] : '';
  const by = only.includes('\t') ? 'tabs' : only.includes(';') ? 'semicolons' : null;
  if (by)
    throw new DefinitionsFileProblem(
      `${name} separates its fields with ${by}, not commas: save it from Excel as CSV (Comma delimited) or as .xlsx`,
    );
}

/** The file's definitions, or a DefinitionsFileProblem: one line naming the file and what to do. */
export async function readDefinitionsFile(name: string, bytes: Uint8Array): Promise<DefinitionsFile> {
  if (bytes.length === 0) throw new DefinitionsFileProblem(`${name} is empty (0 bytes)`);
  if (WORKBOOK.test(name) || isZip(bytes)) return fromWorkbook(bytes, name);
  if (TEXT.test(name)) return fromCsv(bytes, name);
  throw new DefinitionsFileProblem(
    `${name} is neither a .csv nor an .xlsx file: save the definitions as CSV or as an Excel workbook`,
  );
}
