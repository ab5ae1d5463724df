/**
 * Re-rating after the officer's edit, writing only the rows it touches. The workbook is read and analysed
 * again as for Fill RAG (a row's rating depends on its table's header, the definitions sheet and the
 * settings, so nothing is guessed from the edited cell alone), but of the rating plan only the rows that
 * were edited, or whose rating, direction or trajectory now reads differently from what the sheet shows,
 * are written: an edit to one actual rewrites that row's RAG cells and leaves every other cell alone.
 *
 * The plan is cut down only when it places the rating columns where the add-in's record already has them
 * (the plan's claim on the record equals its final record). When the layout moved, the whole plan is
 * written, as Fill RAG would.
 */
import { cellAt, type CellValue, type WorkbookSnapshot } from '../engine/model/snapshot';
import { REGISTRY_SHEET, type WriteOp, type WritePlan } from '../engine/model/plan';
import { parseRangeA1, rangeA1 } from '../engine/model/a1';
import type { RunOptions } from './cancel-and-yield';
import type { RunControl } from './run-control';
import type { EngineService, RagCounts } from './engine/service';
import { writeOutcome, type WriteOutcome } from './outcome';

export interface CellChange {
  sheet: string;
  /** "E6" or "E6:G9" on that sheet */
  address: string;
  /** rows or columns inserted or deleted (not a value typed): the table's shape may have changed */
  structural?: boolean;
}

/** A row the re-rate wrote: its sheet and its Excel row number. */
export interface RatedRow {
  sheet: string;
  row: number;
}

export interface RowsRateOutcome extends WriteOutcome {
  rag: RagCounts;
  /** the rows whose rating cells were written */
  rows: RatedRow[];
  /** the rating layout moved, so the whole rating plan was written */
  whole: boolean;
}

type RowSets = Map<string, Set<number>>;

const key = (sheet: string) => sheet.toLowerCase();

function addRow(rows: RowSets, sheet: string, row: number): void {
  let set = rows.get(key(sheet));
  if (!set) rows.set(key(sheet), (set = new Set()));
  set.add(row);
}

/** the 0-based rows the officer's changes cover */
export function editedRows(changes: readonly CellChange[]): RowSets {
  const rows: RowSets = new Map();
  for (const c of changes) {
    const r = parseRangeA1(c.address.replace(/^.*!/, '').replace(/\$/g, ''));
    for (let row = r.r0; row <= r.r1; row++) addRow(rows, c.sheet, row);
  }
  return rows;
}

const same = (a: CellValue, b: CellValue) => a === b || (a ?? '') === (b ?? '');

const onOfficerSheet = (op: WriteOp): op is Extract<WriteOp, { op: 'values' | 'style' }> =>
  (op.op === 'values' || op.op === 'style') && op.sheet !== REGISTRY_SHEET;

/** rows where the plan writes a value other than the one the sheet shows now */
export function rowsThatDiffer(plan: WritePlan, snapshot: WorkbookSnapshot, into: RowSets): RowSets {
  const sheets = new Map(snapshot.sheets.map((s) => [key(s.name), s]));
  for (const op of plan.ops) {
    if (!onOfficerSheet(op) || op.op !== 'values') continue;
    const sheet = sheets.get(key(op.sheet));
    const r = parseRangeA1(op.range);
    op.values.forEach((line, i) => {
      const row = r.r0 + i;
      const differs = line.some((v, j) => !sheet || !same(v, cellAt(sheet, row, r.c0 + j)));
      if (differs) addRow(into, op.sheet, row);
    });
  }
  return into;
}

/** runs of consecutive kept rows within r0..r1, as [first, last] */
function keptRuns(r0: number, r1: number, kept: Set<number> | undefined): [number, number][] {
  const runs: [number, number][] = [];
  if (!kept) return runs;
  for (let row = r0; row <= r1; row++) {
    if (!kept.has(row)) continue;
    const last = runs[runs.length - 1];
    if (last && last[1] === row - 1) last[1] = row;
    else runs.push([row, row]);
  }
  return runs;
}

/** One values or style op cut to the kept rows: one op per run of consecutive rows. */
function sliceOp(op: Extract<WriteOp, { op: 'values' | 'style' }>, kept: RowSets): WriteOp[] {
  const r = parseRangeA1(op.range);
  return keptRuns(r.r0, r.r1, kept.get(key(op.sheet))).map(([from, to]) => {
    const range = rangeA1({ r0: from, c0: r.c0, r1: to, c1: r.c1 });
    return op.op === 'values'
      ? { ...op, range, values: op.values.slice(from - r.r0, to - r.r0 + 1) }
      : { ...op, range };
  });
}

const isRecordWrite = (op: WriteOp) => op.op === 'values' && op.sheet === REGISTRY_SHEET;

/**
 * The rating plan cut to the kept rows' values and styles on the officers' sheets, and its final record
 * (which holds the run's summary and row digests: run-record.ts); nothing else.
 */
export function rowsOnly(plan: WritePlan, kept: RowSets): WritePlan {
  const lastRecord = plan.ops.filter(isRecordWrite).pop();
  const ops = plan.ops.flatMap((op) =>
    onOfficerSheet(op) ? sliceOp(op, kept) : op === lastRecord ? [op] : [],
  );
  return { summary: plan.summary, ops };
}

const recordRows = (op: WriteOp | undefined): string =>
  op && op.op === 'values'
    ? op.values
        // the run's own summary differs every run and claims no cells
        .filter((line) => line.some((v) => v !== '' && v !== null) && line[0] !== 'summary')
        .map((line) => line.join('\u0000'))
        .sort()
        .join('\n')
    : '';

/** the plan claims nothing the record does not already hold: the rating columns stay where they are */
export function layoutUnchanged(plan: WritePlan): boolean {
  const writes = plan.ops.filter(isRecordWrite);
  if (plan.ops.some((op) => op.op === 'addSheet' || op.op === 'deleteSheet')) return false;
  return writes.length === 2 && recordRows(writes[0]) === recordRows(writes[1]);
}

/** the rows written, in sheet then row order, as Excel numbers them */
function ratedRows(plan: WritePlan): RatedRow[] {
  const seen = new Set<string>();
  const rows: RatedRow[] = [];
  for (const op of plan.ops) {
    if (!onOfficerSheet(op)) continue;
    const r = parseRangeA1(op.range);
    for (let row = r.r0; row <= r.r1; row++) {
      const k = `${key(op.sheet)}!${row}`;
      if (seen.has(k)) continue;
      seen.add(k);
      rows.push({ sheet: op.sheet, row: row + 1 });
    }
  }
  return rows;
}

export interface RerateActions {
  /** re-rates after the officer's edits, writing only the rows they touch (see above) */
  rerateRows(changes: readonly CellChange[], opts?: RunOptions): Promise<RowsRateOutcome>;
}

export function rerateActions(run: RunControl, engine: EngineService): RerateActions {
  return {
    async rerateRows(changes, opts = {}) {
      const { signal, snapshot } = await run.analysed(opts);
      const r = await engine.plan('rate', signal);
      const whole = !layoutUnchanged(r.plan);
      const plan = whole ? r.plan : rowsOnly(r.plan, rowsThatDiffer(r.plan, snapshot, editedRows(changes)));
      if (plan.ops.length > 0) await run.write(signal, opts, plan);
      return { ...writeOutcome(plan, r.notices), rag: r.rag, rows: ratedRows(plan), whole };
    },
  };
}
