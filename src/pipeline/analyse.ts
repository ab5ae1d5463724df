/**
 * The whole read side of the pipeline in one call, the same for the CLI, the task
 * pane, the ribbon commands and the tests:
 * snapshot -> definitions + registry -> recognise -> validate -> rate.
 */
import type { WorkbookSnapshot } from '../engine/model/snapshot';
import type { Finding } from '../engine/model/findings';
import type { IndicatorTable, RecognisedTable } from '../engine/model/tables';
import type { RangeRef } from '../engine/model/snapshot';
import { defaultSettings, type Settings } from '../engine/model/settings';
import { REGISTRY_SHEET } from '../engine/model/plan';
import type { Catalogue } from '../engine/catalogue/types';
import { workbookDefinitions } from '../engine/catalogue/definitions-workbook';
import { readRegistry, settingsFrom, type Registry } from '../engine/ownership/registry';
import { recognise } from '../engine/recognise/recognise';
import { validate } from '../engine/validate/validate';
import { rateTable, type Rating } from '../engine/rate/rate-table';
import { maskOwnedCells } from '../engine/ownership/mask-owned';
import { correctionsOf } from '../engine/corrections/record';
import { applyCorrections, extraTablesOf, prepareCorrections } from '../engine/corrections/apply';
import { annotate } from '../engine/corrections/findings';
import { tableMaps } from '../engine/corrections/maps';
import { in1900System } from '../engine/values/date-system';
import type { TableMap } from '../engine/corrections/types';
import type { SheetFormulaDoubts } from '../engine/validate/types';

export interface AnalyseOptions {
  /** settings given on the command line or in the pane win over those saved in the workbook */
  settings?: Partial<Settings>;
  extraTables?: { sheet: string; range: RangeRef }[];
  excludeTables?: { sheet: string; range: RangeRef }[];
}

export interface Analysis {
  snapshot: WorkbookSnapshot;
  settings: Settings;
  catalogue: Catalogue;
  registry: Registry;
  tables: RecognisedTable[];
  /** ratings per targets table, in the order of `tables` (made on first read) */
  readonly ratings: Map<IndicatorTable, Rating[]>;
  findings: Finding[];
  /** sheets read as indicator definitions */
  definitionSheets: string[];
  /** each table's map: columns as read or as the officer corrected them (engine/corrections) */
  maps: Map<RecognisedTable, TableMap>;
}

export function analyse(stored: WorkbookSnapshot, options: AnalyseOptions = {}): Analysis {
  // a Mac workbook's dates counted from 1904 are read as the 1900 system's, as everything after expects
  const snapshot = in1900System(stored);
  const registry = readRegistry(snapshot);
  const settings: Settings = {
    ...defaultSettings(),
    ...settingsFrom(registry),
    ...stripUndefined(options.settings),
  };

  // imported definitions (kept in the registry), then the workbook's own sheets, which win
  const defs = workbookDefinitions(snapshot, registry);
  const { catalogue, sheets: definitionSheets } = defs;

  const ignoreSheets = new Set<string>([REGISTRY_SHEET, ...definitionSheets, ...registry.ownedSheets.keys()]);
  const masked = maskOwnedCells(snapshot, registry);
  // the officer's corrections (saved in the registry) shape what is read, for every pass alike
  const prepared = prepareCorrections(masked, correctionsOf(registry));
  const recognised = recognise(masked, {
    catalogue,
    ignoreSheets,
    extraTables: [...(options.extraTables ?? []), ...extraTablesOf(prepared)],
    excludeTables: options.excludeTables,
  });
  const corrected = applyCorrections(recognised.tables, prepared, catalogue.localPrefixes());
  const tables = corrected.tables;

  // the definitions sheets' problems come first, as read (NI-DEFINITION-UNREADABLE), then the tables'
  const validated = validate({
    tables,
    catalogue,
    settings,
    notes: recognised.notes,
    definitionProblems: defs.problems,
    definitionSheets,
    definitionConflicts: defs.conflicts,
    formulaDoubts: formulaDoubtsOf(snapshot),
  });
  const findings = [...annotate(validated, corrected.applied), ...corrected.findings];

  // rated when first asked: validate alone never asks, and rating is a third of a 100k-row analysis
  let ratings: Map<IndicatorTable, Rating[]> | null = null;
  const rateAll = (): Map<IndicatorTable, Rating[]> => {
    const out = new Map<IndicatorTable, Rating[]>();
    for (const t of tables) if (t.kind === 'targets') out.set(t, rateTable(t, catalogue, settings));
    return out;
  };

  return {
    snapshot,
    settings,
    catalogue,
    registry,
    tables,
    get ratings() {
      return (ratings ??= rateAll());
    },
    findings,
    definitionSheets,
    maps: tableMaps(masked, tables, recognised.notes, corrected.applied),
  };
}

function formulaDoubtsOf(snapshot: WorkbookSnapshot): SheetFormulaDoubts[] {
  const out: SheetFormulaDoubts[] = [];
  for (const s of snapshot.sheets)
    if (s.formulaDoubts?.length) out.push({ sheet: s.name, doubts: s.formulaDoubts });
  return out;
}

function stripUndefined<T extends object>(o: T | undefined): Partial<T> {
  const out: Partial<T> = {};
  if (!o) return out;
  for (const [k, v] of Object.entries(o)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}
