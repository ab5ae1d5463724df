/**
 * Validation from the sheet, as an officer lays it out: definitions sheets read
 * first, then recognition, then every rule, the way the pipeline (analyse) runs
 * them, with the definitions sheets' names handed to the rules.
 */
import { builtInCatalogue, withDefinitions } from '../../../src/engine/catalogue/catalogue';
import { readDefinitionsSheet } from '../../../src/engine/catalogue/definitions-sheet';
import type { Finding } from '../../../src/engine/model/findings';
import { defaultSettings } from '../../../src/engine/model/settings';
import type { IndicatorTable } from '../../../src/engine/model/tables';
import { recognise } from '../../../src/engine/recognise/recognise';
import type { DefinitionProblem } from '../../../src/engine/validate/types';
import { validate } from '../../../src/engine/validate/validate';
import { toSnapshot, type SheetSpec } from '../../fixtures/spec';

export interface Checked {
  findings: Finding[];
  tables: IndicatorTable[];
  /** findings of one rule, as [cell, message] */
  of(rule: string): [string, string][];
}

export function check(sheets: SheetSpec[], asOf = '2010-06-30'): Checked {
  const snapshot = toSnapshot({ name: 'plan.xlsx', sheets });
  let catalogue = builtInCatalogue();
  const definitionSheets: string[] = [];
  const definitionProblems: DefinitionProblem[] = [];
  for (const sheet of snapshot.sheets) {
    const defs = readDefinitionsSheet(sheet);
    if (!defs) continue;
    definitionSheets.push(sheet.name);
    catalogue = withDefinitions(catalogue, defs.definitions);
    for (const p of defs.problems) definitionProblems.push({ sheet: sheet.name, ...p });
  }
  const recognised = recognise(snapshot, { catalogue, ignoreSheets: new Set(definitionSheets) });
  const findings = validate({
    tables: recognised.tables,
    catalogue,
    settings: defaultSettings(asOf),
    notes: recognised.notes,
    definitionProblems,
    definitionSheets,
  });
  const tables = recognised.tables.filter((t): t is IndicatorTable => t.kind === 'targets');
  return {
    findings,
    tables,
    of: (rule) => findings.filter((f) => f.rule === rule).map((f) => [f.cell, f.message]),
  };
}

/** The reading of a cell of a recognised targets table ("D5"). */
export function parsedAt(tables: IndicatorTable[], cell: string) {
  for (const t of tables)
    for (const r of t.rows) for (const v of r.values) if (v.cell === cell) return v.parsed;
  return undefined;
}
