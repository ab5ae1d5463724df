/**
 * Shared definitions as session actions, the same for the pane's "Import definitions" and the command
 * line's --definitions: a file's local indicator definitions are recorded in the workbook's own record
 * (the very hidden _NITargets sheet), so every later run, in Excel or on the command line, rates with
 * them; the workbook's own definitions sheet still wins on a conflict (NI-DEFINITION-CONFLICT).
 */
import type { WorkbookGateway } from '../gateways/gateway';
import { readRegistry, registryOps } from '../engine/ownership/registry';
import { importedFiles, withImportedFile, withoutImportedFile } from '../engine/catalogue/definitions-record';
import { DefinitionsFileProblem, type DefinitionsFile } from '../engine/catalogue/definitions-file';

/** An imported file as the pane lists it. */
export interface ImportedDefinitions {
  file: string;
  /** the codes it defines, in the file's order */
  codes: string[];
}

export interface DefinitionActions {
  /** reads a definitions file (CSV or .xlsx) and records it in the workbook, replacing one of its name */
  importDefinitions(file: { name: string; data: Uint8Array }): Promise<ImportedDefinitions[]>;
  /** records definitions already read (the command line reads the file before the workbook) */
  recordDefinitions(read: DefinitionsFile): Promise<ImportedDefinitions[]>;
  /** the files whose definitions the workbook's record holds */
  importedDefinitions(): Promise<ImportedDefinitions[]>;
  /** takes a file's definitions out of the workbook's record */
  removeDefinitions(file: string): Promise<ImportedDefinitions[]>;
}

interface Deps {
  gateway: WorkbookGateway;
  /** what was read, rated and reported before no longer holds */
  forget(): void;
}

/**
 * Two imported files defining one code would leave the later silently over the earlier: refused, in one
 * line, so the officer decides which file holds it. A file imported again under its own name replaces itself.
 */
function checkOverlap(read: DefinitionsFile, before: DefinitionsFile[]): void {
  const key = (code: string) => code.replace(/\s+/g, '').toLowerCase();
  for (const other of before) {
    if (other.file.toLowerCase() === read.file.toLowerCase()) continue;
    const theirs = new Set(other.definitions.map((d) => key(d.definition.code)));
    const both = read.definitions.find((d) => theirs.has(key(d.definition.code)));
    if (both)
      throw new DefinitionsFileProblem(
        `${read.file}: ${both.definition.code} is already defined by the imported ${other.file}: ` +
          `remove ${other.file} first, or keep each code in one file`,
      );
  }
}

const listed = (files: DefinitionsFile[]): ImportedDefinitions[] =>
  files.map((f) => ({ file: f.file, codes: f.definitions.map((d) => d.definition.code) }));

export function definitionActions({ gateway, forget }: Deps): DefinitionActions {
  const list = async () => listed(importedFiles(readRegistry(await gateway.readSnapshot())));
  const record = async (read: DefinitionsFile) => {
    const registry = readRegistry(await gateway.readSnapshot());
    checkOverlap(read, importedFiles(registry));
    await gateway.apply({
      summary: `Record the definitions imported from ${read.file}`,
      ops: registryOps(withImportedFile(registry, read)),
    });
    forget();
    return list();
  };
  return {
    async importDefinitions(file) {
      // the .xlsx reader comes with the first import, not with the pane's session
      const { readDefinitionsFile } = await import(
        /* webpackChunkName: "definitions-file" */ './definitions-file'
      );
      return record(await readDefinitionsFile(file.name, file.data));
    },
    recordDefinitions: record,
    importedDefinitions: list,
    async removeDefinitions(file) {
      const registry = readRegistry(await gateway.readSnapshot());
      await gateway.apply({
        summary: `Remove the definitions imported from ${file}`,
        ops: registryOps(withoutImportedFile(registry, file)),
      });
      forget();
      return list();
    },
  };
}
