/**
 * The add-in's record of what it wrote, kept on the very hidden sheet REGISTRY_SHEET:
 * a header and rows of [kind, sheet, range, detail].
 *   sheet   - an output sheet the add-in owns ("Table A" report sheet); detail says which
 *   range   - cells it wrote on an officer's sheet; detail says what ("rating columns")
 *   setting - a saved setting: the sheet column holds the key, the range column the value
 *   correction - the officer's corrections to a table's map: sheet, anchor cell, detail (engine/corrections)
 *   rating  - each indicator's RAG at the last reports: source sheet, code, dated RAGs (engine/report/report-history)
 *   definition - an indicator defined in a file the officer imported: file name, code, detail
 *                (engine/catalogue/definitions-record.ts)
 *   summary - the last Fill RAG's summary (sheet 'run': date, counts) and a digest of each rated row's
 *             inputs (sheet: the table's sheet, range: its range), so a pane opened later shows the last
 *             run and marks rows edited since (session/run-record.ts)
 * Re-runs replace what the registry lists and nothing else, so officers' cells are never
 * overwritten. Registries are values: every helper returns a new one.
 */
import type { WorkbookSnapshot } from '../model/snapshot';
import type { WriteOp } from '../model/plan';
import type { Settings, Tolerance } from '../model/settings';
import { REGISTRY_SHEET } from '../model/plan';
import { parseRangeA1 } from '../model/a1';

export type RegistryKind = 'sheet' | 'range' | 'setting' | 'correction' | 'rating' | 'definition' | 'summary';

export interface RegistryEntry {
  kind: RegistryKind;
  sheet: string;
  range: string;
  detail: string;
}

export interface Registry {
  readonly entries: readonly RegistryEntry[];
  /** output sheets the add-in owns, by their exact name: name -> detail */
  readonly ownedSheets: ReadonlyMap<string, string>;
  /** what is on the registry sheet now, so registryOps can replace it wholly */
  readonly stored: { exists: boolean; rows: number };
}

export const REGISTRY_HEADER = ['kind', 'sheet', 'range', 'detail'] as const;

const KINDS = new Set<string>(['sheet', 'range', 'setting', 'correction', 'rating', 'definition', 'summary']);

function build(entries: readonly RegistryEntry[], stored: Registry['stored']): Registry {
  const ownedSheets = new Map<string, string>();
  for (const e of entries) if (e.kind === 'sheet') ownedSheets.set(e.sheet, e.detail);
  return { entries, ownedSheets, stored };
}

export function emptyRegistry(): Registry {
  return build([], { exists: false, rows: 0 });
}

function text(v: unknown): string {
  return v === null || v === undefined ? '' : String(v).trim();
}

/** The registry as the workbook holds it; empty when the add-in has not written yet. */
export function readRegistry(snapshot: WorkbookSnapshot): Registry {
  const sheet = snapshot.sheets.find((s) => s.name.toLowerCase() === REGISTRY_SHEET.toLowerCase());
  if (!sheet) return emptyRegistry();
  const entries: RegistryEntry[] = [];
  const rows = sheet.values.length;
  for (let i = 0; i < rows; i++) {
    const r = sheet.values[i];
    // Excel may turn a stored "5" into 5 or a sheet named "2008" into a number: read all as text
    const col = (j: number) => text(r[j - sheet.origin.col]);
    const kind = col(0).toLowerCase();
    if (!KINDS.has(kind)) continue; // the header, blank rows, anything unknown
    const e: RegistryEntry = { kind: kind as RegistryKind, sheet: col(1), range: col(2), detail: col(3) };
    if (e.sheet === '') continue;
    if (e.kind === 'range' && !isRange(e.range)) continue;
    entries.push(e);
  }
  return build(entries, { exists: true, rows: sheet.origin.row + rows });
}

function isRange(ref: string): boolean {
  try {
    parseRangeA1(ref);
    return true;
  } catch {
    return false;
  }
}

/** Ops that rewrite the registry sheet wholly and keep it very hidden. */
export function registryOps(registry: Registry): WriteOp[] {
  const rows: string[][] = [
    [...REGISTRY_HEADER],
    ...registry.entries.map((e) => [e.kind, e.sheet, e.range, e.detail]),
  ];
  // rows left over from a longer registry are blanked by value, so no clear has to run first
  while (rows.length < registry.stored.rows) rows.push(['', '', '', '']);
  const ops: WriteOp[] = [];
  if (!registry.stored.exists) ops.push({ op: 'addSheet', sheet: REGISTRY_SHEET });
  ops.push({ op: 'values', sheet: REGISTRY_SHEET, range: `A1:D${rows.length}`, values: rows });
  ops.push({ op: 'visibility', sheet: REGISTRY_SHEET, visibility: 'veryHidden' });
  return ops;
}

function sameName(a: string, b: string): boolean {
  // Excel sheet names are case-insensitive
  return a === b || a.toLowerCase() === b.toLowerCase();
}

/** Whether the add-in wrote the cell (0-based row and column) on that sheet. */
export function ownsCell(registry: Registry, sheet: string, row: number, col: number): boolean {
  for (const e of registry.entries) {
    if (e.kind !== 'range' || !sameName(e.sheet, sheet)) continue;
    const r = parseRangeA1(e.range);
    if (row >= r.r0 && row <= r.r1 && col >= r.c0 && col <= r.c1) return true;
  }
  return false;
}

/** What an owned output sheet holds ("Table A"), or null when the add-in does not own it. */
export function ownedSheet(registry: Registry, name: string): string | null {
  for (const e of registry.entries) if (e.kind === 'sheet' && sameName(e.sheet, name)) return e.detail;
  return null;
}

/** Range entries, optionally only those with a detail. */
export function rangesOf(registry: Registry, detail?: string): RegistryEntry[] {
  return registry.entries.filter((e) => e.kind === 'range' && (detail === undefined || e.detail === detail));
}

function replaced(registry: Registry, keep: (e: RegistryEntry) => boolean, add: RegistryEntry[]): Registry {
  return build([...registry.entries.filter(keep), ...add], registry.stored);
}

/** The registry keeping the entries `keep` accepts, with `add` after them. */
export function replaceEntries(
  registry: Registry,
  keep: (e: RegistryEntry) => boolean,
  add: RegistryEntry[],
): Registry {
  return replaced(registry, keep, add);
}

/** The registry with `ranges` as everything of `detail` the add-in wrote on `sheet`. */
export function withRanges(
  registry: Registry,
  sheet: string,
  ranges: readonly string[],
  detail: string,
): Registry {
  return replaced(
    registry,
    (e) => !(e.kind === 'range' && e.detail === detail && sameName(e.sheet, sheet)),
    ranges.map((range) => ({ kind: 'range', sheet, range, detail })),
  );
}

/** The registry with `name` recorded as an output sheet the add-in owns. */
export function withSheet(registry: Registry, name: string, detail: string): Registry {
  return replaced(registry, (e) => !(e.kind === 'sheet' && sameName(e.sheet, name)), [
    { kind: 'sheet', sheet: name, range: '', detail },
  ]);
}

/** The registry without an owned sheet, and without any ranges recorded on it. */
export function withoutSheet(registry: Registry, name: string): Registry {
  return replaced(registry, (e) => e.kind === 'setting' || !sameName(e.sheet, name), []);
}

/** Setting keys as stored; asOf is not saved (a report is dated the day it is made). */
const SETTING_KEYS = ['year', 'tolerance.kind', 'tolerance.value', 'noChangePercent', 'dueSoonDays'] as const;
type SettingKey = (typeof SETTING_KEYS)[number];

function settingText(settings: Settings, key: SettingKey): string {
  const v: Record<SettingKey, string> = {
    year: settings.year === null ? 'latest' : String(settings.year),
    'tolerance.kind': settings.tolerance.kind,
    'tolerance.value': String(settings.tolerance.value),
    noChangePercent: String(settings.noChangePercent),
    dueSoonDays: String(settings.dueSoonDays),
  };
  return v[key];
}

function nonNegative(s: string): number | undefined {
  const n = Number(s);
  return s !== '' && Number.isFinite(n) && n >= 0 ? n : undefined;
}

/** The settings saved in the workbook: only those present and readable. */
export function settingsFrom(registry: Registry): Partial<Settings> {
  const saved = new Map<string, string>();
  for (const e of registry.entries) if (e.kind === 'setting') saved.set(e.sheet, e.range);
  const out: Partial<Settings> = {};
  const year = saved.get('year');
  if (year === 'latest') out.year = null;
  else if (year !== undefined && /^\d{4}$/.test(year)) out.year = Number(year);
  const kind = saved.get('tolerance.kind');
  const value = nonNegative(saved.get('tolerance.value') ?? '');
  if ((kind === 'relative' || kind === 'absolute') && value !== undefined) {
    out.tolerance = { kind, value } satisfies Tolerance;
  }
  const noChange = nonNegative(saved.get('noChangePercent') ?? '');
  if (noChange !== undefined) out.noChangePercent = noChange;
  const due = nonNegative(saved.get('dueSoonDays') ?? '');
  if (due !== undefined && Number.isInteger(due)) out.dueSoonDays = due;
  return out;
}

/** The registry with these settings saved in place of any saved before. */
export function withSettings(registry: Registry, settings: Settings): Registry {
  return replaced(
    registry,
    (e) => e.kind !== 'setting',
    SETTING_KEYS.map((key) => ({
      kind: 'setting',
      sheet: key,
      range: settingText(settings, key),
      detail: '',
    })),
  );
}
