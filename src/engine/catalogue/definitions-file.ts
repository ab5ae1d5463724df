/**
 * Local indicator definitions shared in a file (a CSV, or an .xlsx whose first definitions-like sheet
 * holds them), read with the definitions sheet's own columns and words (definitions-sheet.ts).
 *
 * An import is all or nothing: a file is chosen on purpose to rate rows by, so a cell that cannot be read,
 * a code defined twice or a file with no definitions refuses the whole file with one line naming the
 * cell, rather than importing part of it and leaving rows rated by half a file.
 */
import { REGISTRY_SHEET } from '../model/plan';
import type { SheetSnapshot } from '../model/snapshot';
import { normaliseLocalCode } from './codes';
import { readDefinitionsSheet } from './definitions-sheet';
import type { IndicatorDefinition } from './types';

/** Why a definitions file cannot be used, in one line that names the file. */
export class DefinitionsFileProblem extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DefinitionsFileProblem';
  }
}

/** One definition and where in the file it was read ("C4", or "'Local PIs'!C4" in a workbook). */
export interface FileDefinition {
  definition: IndicatorDefinition;
  at: string;
}

export interface DefinitionsFile {
  /** the file's name as the officer knows it ("team-definitions.csv") */
  file: string;
  definitions: FileDefinition[];
}

const COLUMNS = 'Code | Title | Polarity | Unit | Tolerance';

function quoteSheet(name: string): string {
  return /^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** The row's first cell read, to say where a definition came from. */
function cellOf(d: IndicatorDefinition): string {
  const noted = Object.values(d.sources).find((s) => s?.note);
  return noted?.note ?? '';
}

/** The definition with every fact's source naming the file and cell, not a sheet of this workbook. */
function fromFile(d: IndicatorDefinition, where: string): IndicatorDefinition {
  const sources: IndicatorDefinition['sources'] = {};
  for (const [field, s] of Object.entries(d.sources)) {
    if (s) sources[field as keyof typeof sources] = { from: 'workbook', note: where };
  }
  return { ...d, sources };
}

const codeKey = (d: IndicatorDefinition): string =>
  d.local ? normaliseLocalCode(d.code).toLowerCase() : d.code.toLowerCase();

/** A code defined twice in one file: which row to believe is the officer's to say. */
function checkTwice(file: string, defs: FileDefinition[]): void {
  const seen = new Map<string, string>();
  for (const d of defs) {
    const key = codeKey(d.definition);
    const first = seen.get(key);
    if (first !== undefined)
      throw new DefinitionsFileProblem(
        `${file}: ${d.definition.code} is defined twice (${first} and ${d.at}): keep one row for it`,
      );
    seen.set(key, d.at);
  }
}

/**
 * The definitions in the first sheet that reads as a definitions table (a CSV is one sheet; `named`
 * says whether cells are written with their sheet's name, as in a workbook of several).
 */
export function definitionsFromSheets(
  file: string,
  sheets: readonly SheetSnapshot[],
  named: boolean,
): DefinitionsFile {
  for (const sheet of sheets) {
    if (sheet.name === REGISTRY_SHEET) continue;
    const read = readDefinitionsSheet(sheet);
    if (!read) continue;
    const where = (cell: string) => (named ? `${quoteSheet(sheet.name)}!${cell}` : cell);
    const p = read.problems[0];
    if (p) {
      const more = read.problems.length > 1 ? ` (and ${read.problems.length - 1} more)` : '';
      throw new DefinitionsFileProblem(`${file}: ${where(p.cell)}: ${p.message}${more}`);
    }
    if (read.definitions.length === 0)
      throw new DefinitionsFileProblem(`${file} has a definitions header but no indicators under it`);
    const definitions = read.definitions.map((d) => {
      const at = where(cellOf(d));
      return { definition: fromFile(d, `${file} ${at}`), at };
    });
    checkTwice(file, definitions);
    return { file, definitions };
  }
  throw new DefinitionsFileProblem(
    `${file} has no definitions table: its first rows need a header such as ${COLUMNS}` +
      ' (a code, a title, and a polarity, unit, tolerance, period or outcome)',
  );
}
