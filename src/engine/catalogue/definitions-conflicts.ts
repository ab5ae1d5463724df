/**
 * Where a workbook's own definitions sheet and an imported definitions file define the same code
 * differently. The sheet wins (it is the workbook's own word, and the officer can see it); each fact the
 * two state differently is named, so the officer can make them agree.
 */
import { normaliseLocalCode } from './codes';
import type { DefinitionsFile } from './definitions-file';
import type { IndicatorDefinition, IndicatorUnit, Polarity } from './types';

export interface DefinitionDifference {
  field: 'title' | 'unit' | 'polarity';
  /** as the sheet states it, in words ("lower is better") */
  sheet: string;
  /** as the file states it */
  file: string;
}

export interface DefinitionConflict {
  code: string;
  /** the definitions sheet and the cell its row was read at */
  sheet: string;
  cell: string;
  /** the imported file and where in it ("C4", "'Local'!C4") */
  file: string;
  fileAt: string;
  differences: DefinitionDifference[];
}

/** A definitions sheet's name and what it defines. */
export interface SheetDefinitions {
  sheet: string;
  definitions: readonly IndicatorDefinition[];
}

const UNIT_WORDS: Record<IndicatorUnit, string> = {
  percent: '%',
  ppts: 'percentage points',
  'rate-per-1000': 'per 1,000',
  'rate-per-10000': 'per 10,000',
  'rate-per-100000': 'per 100,000',
  count: 'number',
  score: 'score',
  days: 'days',
  weeks: 'weeks',
  months: 'months',
  ratio: 'ratio',
  other: 'other',
};

const POLARITY_WORDS: Record<Polarity, string> = {
  higher: 'higher is better',
  lower: 'lower is better',
  band: 'band',
  none: 'no polarity',
};

function polarityWords(d: IndicatorDefinition): string {
  return d.polarity === 'band' && d.band ? `band ${d.band.low}-${d.band.high}` : POLARITY_WORDS[d.polarity];
}

const titleWords = (t: string) =>
  t
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const key = (d: IndicatorDefinition) =>
  d.local ? normaliseLocalCode(d.code).toLowerCase() : d.code.toLowerCase();

/** The facts both state, and state differently. */
function differences(sheet: IndicatorDefinition, file: IndicatorDefinition): DefinitionDifference[] {
  const both = (f: 'title' | 'unit' | 'polarity') => !!sheet.sources[f] && !!file.sources[f];
  const out: DefinitionDifference[] = [];
  if (both('title') && titleWords(sheet.title) !== titleWords(file.title))
    out.push({ field: 'title', sheet: `"${sheet.title}"`, file: `"${file.title}"` });
  if (both('unit') && sheet.unit !== file.unit)
    out.push({ field: 'unit', sheet: UNIT_WORDS[sheet.unit], file: UNIT_WORDS[file.unit] });
  if (both('polarity') && polarityWords(sheet) !== polarityWords(file))
    out.push({ field: 'polarity', sheet: polarityWords(sheet), file: polarityWords(file) });
  return out;
}

/** Every code a definitions sheet and an imported file both define, differently; sheets in workbook order. */
export function definitionConflicts(
  files: readonly DefinitionsFile[],
  sheets: readonly SheetDefinitions[],
): DefinitionConflict[] {
  const imported = new Map<string, { file: string; at: string; definition: IndicatorDefinition }>();
  for (const f of files)
    for (const d of f.definitions) imported.set(key(d.definition), { file: f.file, ...d });
  const out: DefinitionConflict[] = [];
  if (imported.size === 0) return out;
  for (const s of sheets) {
    for (const d of s.definitions) {
      const other = imported.get(key(d));
      if (!other) continue;
      const diff = differences(d, other.definition);
      if (diff.length === 0) continue;
      const cell = Object.values(d.sources).find((x) => x?.note)?.note ?? 'A1';
      out.push({ code: d.code, sheet: s.sheet, cell, file: other.file, fileAt: other.at, differences: diff });
    }
  }
  return out;
}
