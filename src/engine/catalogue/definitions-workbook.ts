/**
 * The catalogue a workbook is read with: the national one, then the definitions imported from files and
 * kept in the workbook's record, then the workbook's own definitions sheets, each over the one before, so
 * on a conflict the workbook's own sheet wins (and the conflict is reported: NI-DEFINITION-CONFLICT).
 */
import { REGISTRY_SHEET } from '../model/plan';
import type { WorkbookSnapshot } from '../model/snapshot';
import type { Registry } from '../ownership/registry';
import { builtInCatalogue, withDefinitions } from './catalogue';
import { readDefinitionsSheet } from './definitions-sheet';
import { importedFiles } from './definitions-record';
import { definitionConflicts, type DefinitionConflict, type SheetDefinitions } from './definitions-conflicts';
import type { Catalogue } from './types';

export interface WorkbookDefinitions {
  catalogue: Catalogue;
  /** sheets read as indicator definitions, in workbook order */
  sheets: string[];
  /** cells of those sheets that could not be read */
  problems: { sheet: string; cell: string; message: string }[];
  /** codes a sheet and an imported file define differently (the sheet's definition is used) */
  conflicts: DefinitionConflict[];
}

export function workbookDefinitions(snapshot: WorkbookSnapshot, registry: Registry): WorkbookDefinitions {
  const files = importedFiles(registry);
  const fromFiles = files.flatMap((f) => f.definitions.map((d) => d.definition));
  // the built-in catalogue is built once and shared: extended only when there is something to add
  let catalogue = fromFiles.length > 0 ? withDefinitions(builtInCatalogue(), fromFiles) : builtInCatalogue();
  const sheets: SheetDefinitions[] = [];
  const problems: WorkbookDefinitions['problems'] = [];
  for (const sheet of snapshot.sheets) {
    if (sheet.name === REGISTRY_SHEET) continue;
    const defs = readDefinitionsSheet(sheet);
    if (!defs) continue;
    sheets.push({ sheet: sheet.name, definitions: defs.definitions });
    catalogue = withDefinitions(catalogue, defs.definitions);
    for (const p of defs.problems) problems.push({ sheet: sheet.name, cell: p.cell, message: p.message });
  }
  return {
    catalogue,
    sheets: sheets.map((s) => s.sheet),
    problems,
    conflicts: definitionConflicts(files, sheets),
  };
}
