/**
 * The last run, kept in the workbook's own record (registry kind 'summary'), so a pane opened later, in
 * Excel or after the file went round by e-mail, can say what the last Fill RAG found and which rated rows
 * were edited since. Excel reports edits only while the pane is open (and not at all before ExcelApi
 * 1.7/1.8), so edits made with the pane closed are caught by comparing a digest of each rated row's
 * inputs, taken when it was rated, with the row as it reads now.
 *
 * Entries: one `summary | run | <ISO time> | {json counts}`, then per targets table one or more
 * `summary | <sheet> | <table range> | <row>:<digest> ...` (Excel row numbers; a long table is split over
 * entries to stay under Excel's 32,767 characters a cell). Past MAX_DIGEST_ROWS rated rows only the
 * summary is kept: the digests would make every later read and write of the record heavy.
 *
 * A row's digest covers its cells within the table's columns (sub-rows included) that the add-in does
 * not own, so the rating cells it writes itself never make a row look edited.
 */
import type { WorkbookGateway } from '../gateways/gateway';
import { parseRangeA1, rangeA1 } from '../engine/model/a1';
import { REGISTRY_SHEET, type WriteOp, type WritePlan } from '../engine/model/plan';
import { cellAt, type RangeRef, type SheetSnapshot, type WorkbookSnapshot } from '../engine/model/snapshot';
import type { IndicatorTable } from '../engine/model/tables';
import type { SeverityCounts } from './summary';
import type { RagCounts } from './engine/service';
import {
  emptyRegistry,
  readRegistry,
  replaceEntries,
  type Registry,
  type RegistryEntry,
} from '../engine/ownership/registry';

export const MAX_DIGEST_ROWS = 20_000;
/** characters of digests per record entry, well under Excel's cell limit */
const CHUNK = 30_000;

export interface RunSummary {
  /** the run's date, YYYY-MM-DD (its as-of date: today unless the command line gave --as-of) */
  when: string;
  tables: number;
  indicators: number;
  rag: RagCounts;
  findings: SeverityCounts;
  /** digests were kept (false past MAX_DIGEST_ROWS rated rows) */
  digests: boolean;
}

/** Rows rated in the last run that read differently now: their sheet and Excel row numbers. */
export interface StaleRows {
  sheet: string;
  range: string;
  rows: number[];
}

export interface LastRun {
  summary: RunSummary;
  stale: StaleRows[];
}

/** FNV-1a, 32 bits, in base 36: enough to tell an edited row, short enough to keep 20k of them */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** the ranges the add-in owns on one sheet, looked up once per table rather than per cell */
function ownedOn(registry: Registry, sheet: string): RangeRef[] {
  return registry.entries
    .filter((e) => e.kind === 'range' && e.sheet.toLowerCase() === sheet.toLowerCase())
    .map((e) => parseRangeA1(e.range));
}

const owns = (owned: readonly RangeRef[], row: number, col: number) =>
  owned.some((r) => row >= r.r0 && row <= r.r1 && col >= r.c0 && col <= r.c1);

/** the digest of one rated row (a line of an indicator) over the table's columns the add-in does not own */
export function rowDigest(
  sheet: SheetSnapshot,
  row: number,
  cols: { c0: number; c1: number },
  owned: readonly RangeRef[],
): string {
  const parts: string[] = [];
  for (let col = cols.c0; col <= cols.c1; col++) {
    if (!owns(owned, row, col)) parts.push(String(cellAt(sheet, row, col) ?? ''));
  }
  return hash(parts.join('\u0001'));
}

/** one token per line of each indicator, sub-rows included: "<Excel row>:<digest>" */
function digestEntries(t: IndicatorTable, sheet: SheetSnapshot, registry: Registry): RegistryEntry[] {
  const owned = ownedOn(registry, t.sheet);
  const lines = t.rows.flatMap((r) => [r.row, ...r.subRows]);
  const tokens = lines.map((row) => `${row + 1}:${rowDigest(sheet, row, t.range, owned)}`);
  const range = rangeA1(t.range);
  const entries: RegistryEntry[] = [];
  let detail = '';
  for (const token of tokens) {
    if (detail.length + token.length + 1 > CHUNK) {
      entries.push({ kind: 'summary', sheet: t.sheet, range, detail });
      detail = '';
    }
    detail = detail ? `${detail} ${token}` : token;
  }
  if (detail) entries.push({ kind: 'summary', sheet: t.sheet, range, detail });
  return entries;
}

export interface RunFacts {
  snapshot: WorkbookSnapshot;
  tables: readonly IndicatorTable[];
  rag: RagCounts;
  findings: SeverityCounts;
  when: string;
}

/** The record's 'summary' entries for a run, digests taken against the record as the run leaves it. */
export function runRecordEntries(facts: RunFacts, after: Registry): RegistryEntry[] {
  const indicators = facts.tables.reduce((n, t) => n + t.rows.length, 0);
  const digests = indicators <= MAX_DIGEST_ROWS;
  const summary: Omit<RunSummary, 'when'> = {
    tables: facts.tables.length,
    indicators,
    rag: facts.rag,
    findings: facts.findings,
    digests,
  };
  const entries: RegistryEntry[] = [
    { kind: 'summary', sheet: 'run', range: facts.when, detail: JSON.stringify(summary) },
  ];
  if (!digests) return entries;
  const sheets = new Map(facts.snapshot.sheets.map((s) => [s.name.toLowerCase(), s]));
  for (const t of facts.tables) {
    const sheet = sheets.get(t.sheet.toLowerCase());
    if (sheet) entries.push(...digestEntries(t, sheet, after));
  }
  return entries;
}

const isRecordWrite = (op: WriteOp): op is Extract<WriteOp, { op: 'values' }> =>
  op.op === 'values' && op.sheet === REGISTRY_SHEET;

/** the entries a registry write holds (the header and blank rows skipped) */
function entriesOf(op: Extract<WriteOp, { op: 'values' }>): RegistryEntry[] {
  const sheet: SheetSnapshot = {
    name: REGISTRY_SHEET,
    index: 0,
    visibility: 'veryHidden',
    origin: { row: 0, col: 0 },
    values: op.values,
    formats: null,
    merges: [],
    tables: [],
    protected: false,
  };
  return [...readRegistry({ name: '', sheets: [sheet] }).entries];
}

/**
 * The plan with the run's record in its final registry write (the last one: see claim.ts), in place of
 * any earlier run's. Still one write: the record costs no extra request.
 */
export function withRunRecord(plan: WritePlan, facts: RunFacts): WritePlan {
  let at = plan.ops.length - 1;
  while (at >= 0 && !isRecordWrite(plan.ops[at])) at--;
  if (at < 0) return plan;
  const op = plan.ops[at] as Extract<WriteOp, { op: 'values' }>;
  const kept = entriesOf(op).filter((e) => e.kind !== 'summary');
  const after = replaceEntries(emptyRegistry(), () => false, kept);
  const entries = [...kept, ...runRecordEntries(facts, after)];
  const rows: string[][] = [
    op.values[0].map((v) => String(v ?? '')),
    ...entries.map((e) => [e.kind, e.sheet, e.range, e.detail]),
  ];
  // rows the old record used beyond the new one are blanked, as registryOps does
  while (rows.length < op.values.length) rows.push(['', '', '', '']);
  const range = rangeA1({ ...parseRangeA1(op.range), r1: rows.length - 1 });
  const ops = plan.ops.slice();
  ops[at] = { ...op, range, values: rows };
  return { ...plan, ops };
}

function parseSummary(e: RegistryEntry): RunSummary | null {
  try {
    const s = JSON.parse(e.detail) as Omit<RunSummary, 'when'>;
    if (typeof s.tables !== 'number' || typeof s.indicators !== 'number' || !s.rag) return null;
    return { ...s, when: e.range };
  } catch {
    return null;
  }
}

/** rows whose inputs read differently from when they were rated, per recorded table */
function staleRows(snapshot: WorkbookSnapshot, registry: Registry, entries: RegistryEntry[]): StaleRows[] {
  const sheets = new Map(snapshot.sheets.map((s) => [s.name.toLowerCase(), s]));
  const byTable = new Map<string, StaleRows>();
  for (const e of entries) {
    if (e.sheet === 'run') continue;
    const sheet = sheets.get(e.sheet.toLowerCase());
    const cols = parseRangeA1(e.range);
    const owned = ownedOn(registry, e.sheet);
    const k = `${e.sheet}!${e.range}`;
    const found = byTable.get(k) ?? { sheet: e.sheet, range: e.range, rows: [] };
    byTable.set(k, found);
    for (const token of e.detail.split(' ')) {
      const [row, digest] = token.split(':');
      const r = Number(row) - 1;
      // a sheet renamed or deleted since: every row it held is in doubt
      if (!sheet || rowDigest(sheet, r, cols, owned) !== digest) found.rows.push(r + 1);
    }
  }
  return [...byTable.values()].filter((s) => s.rows.length > 0);
}

/** The last run as the workbook records it, and the rated rows edited since; null before any run. */
export function lastRunOf(snapshot: WorkbookSnapshot): LastRun | null {
  const registry = readRegistry(snapshot);
  const entries = registry.entries.filter((e) => e.kind === 'summary');
  const head = entries.find((e) => e.sheet === 'run');
  const summary = head ? parseSummary(head) : null;
  if (!summary) return null;
  return { summary, stale: summary.digests ? staleRows(snapshot, registry, entries) : [] };
}

export interface RunRecordActions {
  /** the last run as the workbook records it and the rated rows edited since; null before any run */
  lastRun(): Promise<LastRun | null>;
}

export const runRecordActions = (gateway: WorkbookGateway): RunRecordActions => ({
  lastRun: async () => lastRunOf(await gateway.readSnapshot()),
});
