import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Settings, Tolerance } from '../session/public-types';
import {
  DefinitionsFileProblem,
  readDefinitionsFile,
  type DefinitionsFile,
} from '../session/definitions-file';
import type { AnalysisSummary } from '../session/summary';

export interface SettingsOptions {
  year?: string;
  tolerance?: string;
  asOf?: string;
  dueSoon?: string;
  /** a file of local indicator definitions (CSV or .xlsx) to record in the workbook */
  definitions?: string;
}

class OptionProblem extends Error {}

/** "2009/10", "2009/2010", "09/10", "2009-10", "2009" -> 2009 */
export function parseYearOption(text: string): number {
  const t = text.trim();
  const m = /^(\d{2}|\d{4})(?:\s*[/-]\s*(\d{1,4}))?$/.exec(t);
  if (!m) throw new OptionProblem(`--year ${text}: give a year such as 2009/10`);
  const y = Number(m[1]);
  return m[1].length === 2 ? 2000 + y : y;
}

/** Over 100% of the target, Amber would take in a zero result; tolerances are a small margin. */
const MAX_RELATIVE_TOLERANCE = 100;

/** "5%" relative to the target; "2pp", "2 ppts", "2" absolute; never negative, never over 100%. */
export function parseToleranceOption(text: string): Tolerance {
  const t = text.trim().toLowerCase();
  if (t.startsWith('-')) throw new OptionProblem(`--tolerance ${text}: a tolerance cannot be negative`);
  const rel = /^(\d+(?:\.\d+)?)\s*%$/.exec(t);
  if (rel) {
    const value = Number(rel[1]);
    if (value > MAX_RELATIVE_TOLERANCE)
      throw new OptionProblem(`--tolerance ${text}: give at most 100% of the target (5% is usual)`);
    return { kind: 'relative', value };
  }
  const abs = /^(\d+(?:\.\d+)?)\s*(pp|ppts?|points?|units?)?$/.exec(t);
  if (abs) return { kind: 'absolute', value: Number(abs[1]) };
  throw new OptionProblem(`--tolerance ${text}: give 5% (of the target) or 2pp (absolute)`);
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** The ISO date when day, month and year make a real date (no 30 February), else null. */
function realDate(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** yyyy-mm-dd, or dd/mm/yyyy as UK officers type it (never US month-first); a real date only. */
export function parseDateOption(text: string): string {
  const t = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  const uk = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(t);
  const parts = iso ? [iso[1], iso[2], iso[3]] : uk ? [uk[3], uk[2], uk[1]] : null;
  if (!parts) throw new OptionProblem(`--as-of ${text}: give a date as yyyy-mm-dd or dd/mm/yyyy`);
  const date = realDate(Number(parts[0]), Number(parts[1]), Number(parts[2]));
  if (!date) throw new OptionProblem(`--as-of ${text}: there is no such date`);
  return date;
}

/** The years the recognised targets tables have actuals or targets for, ascending ("2008/09"). */
export function tableYears(summary: AnalysisSummary): string[] {
  const years = new Set<string>();
  for (const t of summary.tables) {
    if (t.kind !== 'targets') continue;
    for (const c of t.map?.columns ?? [])
      if (c.year && (c.role === 'actual' || c.role === 'target')) years.add(c.year);
  }
  return [...years].sort();
}

/**
 * The end (31 March) of the latest financial year a targets table has actuals for: the date the
 * plan's figures speak for, so a demo of an old plan is not dated today with every task overdue.
 */
export function endOfLatestActualYear(summary: AnalysisSummary): { date: string; year: string } | null {
  let latest: string | null = null;
  for (const t of summary.tables) {
    if (t.kind !== 'targets') continue;
    for (const c of t.map?.columns ?? [])
      if (c.role === 'actual' && c.year && (!latest || c.year > latest)) latest = c.year;
  }
  if (!latest) return null;
  return { date: `${Number(latest.slice(0, 4)) + 1}-03-31`, year: latest };
}

/** --year names a year no table has: nothing could be rated, so say which years there are. */
export function checkYearInTables(year: number | undefined, summary: AnalysisSummary): void {
  if (year === undefined || year === null) return;
  const years = tableYears(summary);
  if (years.length === 0 || years.some((y) => Number(y.slice(0, 4)) === year)) return;
  const label = `${year}/${pad2((year + 1) % 100)}`;
  throw new OptionProblem(`--year ${label}: no table has that year; the tables have ${years.join(', ')}`);
}

export function parseSettingsOptions(o: SettingsOptions): Partial<Settings> {
  const s: Partial<Settings> = {};
  if (o.year) s.year = parseYearOption(o.year);
  if (o.tolerance) s.tolerance = parseToleranceOption(o.tolerance);
  if (o.asOf) s.asOf = parseDateOption(o.asOf);
  if (o.dueSoon) {
    const n = Number(o.dueSoon);
    if (!Number.isInteger(n) || n < 0)
      throw new OptionProblem(`--due-soon ${o.dueSoon}: give a number of days`);
    s.dueSoonDays = n;
  }
  return s;
}

const FILE_REASONS: Record<string, string> = {
  ENOENT: 'was not found: check the folder and file name',
  EISDIR: 'is a folder, not a file',
  EACCES: 'cannot be opened: you do not have permission to read it',
  EPERM: 'cannot be opened: you do not have permission to read it',
};

/**
 * --definitions <file>: the file's definitions, read before any workbook so a bad file costs one line
 * (exit 2) and nothing is written.
 */
export async function readDefinitionsOption(file: string): Promise<DefinitionsFile> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (e) {
    const why = FILE_REASONS[(e as NodeJS.ErrnoException).code ?? ''];
    if (!why) throw e;
    throw new OptionProblem(`--definitions ${file} ${why}`);
  }
  try {
    return await readDefinitionsFile(basename(file), bytes);
  } catch (e) {
    if (e instanceof DefinitionsFileProblem) throw new OptionProblem(`--definitions: ${e.message}`);
    throw e;
  }
}

export { OptionProblem };
