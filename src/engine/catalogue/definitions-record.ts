/**
 * Imported definitions in the add-in's record (the very hidden `_NITargets` sheet), so the next run, in
 * Excel or on the command line, rates with them without the file: one row per definition,
 * [definition, file name, code, detail], the detail a small JSON object of the facts the file stated
 * (a fact it left blank is not stored, so it stays as the catalogue has it). Importing a file of the same
 * name again replaces its rows; older versions of the add-in skip the kind.
 */
import type { Registry, RegistryEntry } from '../ownership/registry';
import { replaceEntries } from '../ownership/registry';
import type { PeriodType } from '../model/tables';
import type { Tolerance } from '../model/settings';
import type { DefinitionsFile, FileDefinition } from './definitions-file';
import type { FactField, IndicatorDefinition, IndicatorUnit, Outcome, Polarity } from './types';

export const DEFINITION_KIND = 'definition';

/** The facts kept, each only when the file stated it. */
interface StoredDetail {
  v: 1;
  at: string;
  local: boolean;
  title?: string;
  polarity?: Polarity;
  band?: { low: number; high: number };
  unit?: IndicatorUnit;
  period?: PeriodType;
  outcome?: Outcome | null;
  tolerance?: Tolerance;
}

const STATED: readonly (keyof StoredDetail & FactField)[] = [
  'title',
  'polarity',
  'unit',
  'period',
  'outcome',
];

function detailOf({ definition: d, at }: FileDefinition): StoredDetail {
  const out: StoredDetail = { v: 1, at, local: d.local };
  for (const f of STATED) if (d.sources[f]) (out as unknown as Record<string, unknown>)[f] = d[f];
  if (d.sources.polarity && d.band) out.band = d.band;
  if (d.tolerance) out.tolerance = d.tolerance;
  return out;
}

const sameFile = (e: RegistryEntry, file: string) =>
  e.kind === DEFINITION_KIND && e.sheet.toLowerCase() === file.toLowerCase();

/** The registry with the file's definitions in place of any imported before under its name. */
export function withImportedFile(registry: Registry, imported: DefinitionsFile): Registry {
  const add: RegistryEntry[] = imported.definitions.map((d) => ({
    kind: DEFINITION_KIND,
    sheet: imported.file,
    range: d.definition.code,
    detail: JSON.stringify(detailOf(d)),
  }));
  return replaceEntries(registry, (e) => !sameFile(e, imported.file), add);
}

/** The registry without the definitions imported from `file`. */
export function withoutImportedFile(registry: Registry, file: string): Registry {
  return replaceEntries(registry, (e) => !sameFile(e, file), []);
}

const NUMBER = /^NI (\d{1,3})/;

function parsed(e: RegistryEntry): StoredDetail | null {
  try {
    const d = JSON.parse(e.detail) as StoredDetail;
    return d && d.v === 1 && e.range !== '' && typeof d.at === 'string' ? d : null;
  } catch {
    return null;
  }
}

/** One record row as a definition; null when it cannot be read (the row is then left as it is). */
function definitionFrom(e: RegistryEntry): FileDefinition | null {
  const d = parsed(e);
  if (!d) return null;
  const note = `${e.sheet} ${d.at}`;
  const title = typeof d.title === 'string' ? d.title : '';
  const local = d.local === true;
  const def: IndicatorDefinition = {
    code: e.range,
    number: local ? null : Number(NUMBER.exec(e.range)?.[1] ?? NaN) || null,
    title,
    shortTitle: title,
    unit: d.unit ?? 'other',
    polarity: d.polarity ?? 'none',
    period: d.period ?? 'other',
    outcome: d.outcome ?? null,
    sources: {},
    local,
  };
  for (const f of STATED) if (d[f] !== undefined) def.sources[f] = { from: 'workbook', note };
  if (d.band) def.band = d.band;
  if (d.tolerance) def.tolerance = d.tolerance;
  return { definition: def, at: d.at };
}

/** Every imported file the record holds, in the order imported, with its definitions. */
export function importedFiles(registry: Registry): DefinitionsFile[] {
  const byFile = new Map<string, DefinitionsFile>();
  for (const e of registry.entries) {
    if (e.kind !== DEFINITION_KIND) continue;
    const d = definitionFrom(e);
    if (!d) continue;
    const key = e.sheet.toLowerCase();
    const file = byFile.get(key) ?? { file: e.sheet, definitions: [] };
    file.definitions.push(d);
    byFile.set(key, file);
  }
  return [...byFile.values()];
}
