/**
 * The officer's corrections applied after recognition, the same for every pass (validate, rate, reports,
 * the ribbon) in the pane and on the command line, since all of them run analyse().
 * Two steps: before recognition, tables whose range the officer set are handed to the recogniser as
 * tables to read whatever it thinks (prepare); after it, each correction finds its table again and is
 * applied to it, or becomes a finding saying it no longer fits (apply).
 */
import type { Finding } from '../model/findings';
import type { RangeRef, WorkbookSnapshot } from '../model/snapshot';
import type { IndicatorTable, RecognisedTable } from '../model/tables';
import { ParseCaches } from '../recognise/parse-cache';
import { findSheetKey } from '../recognise/sheet-key';
import { SheetView } from '../recognise/sheet-view';
import { applyColumns } from './apply-columns';
import { columnGone, describeColumn, readWith, rowGone, tableGone } from './findings';
import { locateAnchor, tableFor } from './locate';
import { rereadRows } from './reread';
import { headerRowsText, type TableCorrectionsApplied } from './table-map';
import type { TableCorrection } from './types';

export interface PreparedCorrection {
  correction: TableCorrection;
  view: SheetView | null;
  /** where its header row is now; null when its texts are nowhere on the sheet */
  located: { row: number; col: number } | null;
  shift: { rows: number; cols: number };
  /** the range the officer set, moved with the table */
  range: RangeRef | null;
}

export interface CorrectionsResult {
  tables: RecognisedTable[];
  applied: Map<IndicatorTable, TableCorrectionsApplied>;
  findings: Finding[];
}

function moved(r: RangeRef, s: PreparedCorrection['shift']): RangeRef {
  return { r0: r.r0 + s.rows, r1: r.r1 + s.rows, c0: r.c0 + s.cols, c1: r.c1 + s.cols };
}

export function prepareCorrections(
  snapshot: WorkbookSnapshot,
  corrections: readonly TableCorrection[],
): PreparedCorrection[] {
  const views = new Map<string, SheetView>();
  return corrections.map((correction) => {
    const sheet = snapshot.sheets.find((s) => s.name === correction.sheet);
    if (sheet && !views.has(sheet.name)) views.set(sheet.name, new SheetView(sheet));
    const view = sheet ? views.get(sheet.name)! : null;
    const located = view ? locateAnchor(correction, view) : null;
    const shift = located
      ? { rows: located.row - correction.anchor.row, cols: located.col - correction.anchor.col }
      : { rows: 0, cols: 0 };
    const range = correction.range && view ? moved(correction.range, shift) : null;
    return { correction, view, located, shift, range };
  });
}

/** Tables to read where the officer said, whatever the recogniser thinks of them. */
export function extraTablesOf(prepared: readonly PreparedCorrection[]): { sheet: string; range: RangeRef }[] {
  return prepared
    .filter((p) => p.range !== null)
    .map((p) => ({ sheet: p.correction.sheet, range: p.range! }));
}

const overlaps = (a: RangeRef, b: RangeRef): boolean =>
  a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;

/** The table the correction is about: the one read at the officer's range, else the one at its header. */
function findTable(p: PreparedCorrection, tables: readonly RecognisedTable[]): IndicatorTable | null {
  const r = p.range;
  if (r) {
    const set = tables.find(
      (t): t is IndicatorTable =>
        t.kind === 'targets' && t.sheet === p.correction.sheet && t.range.r0 === r.r0 && t.range.c0 === r.c0,
    );
    if (set) return set;
  }
  return tableFor(p.correction, tables, p.located);
}

interface Applied {
  table: IndicatorTable;
  info: TableCorrectionsApplied;
  findings: Finding[];
}

function rowsInside(
  t: IndicatorTable,
  rows: readonly number[],
  shift: number,
  what: 'exclusion' | 'inclusion',
) {
  const inside: number[] = [];
  const findings: Finding[] = [];
  for (const r of rows.map((x) => x + shift)) {
    if (r > t.headerRows[t.headerRows.length - 1] && r <= t.range.r1) inside.push(r);
    else findings.push(rowGone(t, r, what));
  }
  return { inside, findings };
}

function shapeProblem(t: IndicatorTable, c: TableCorrection, shift: number): Finding[] {
  if (!c.headerRows) return [];
  const first = c.headerRows.first + shift;
  const last = c.headerRows.last + shift;
  const want = first === last ? `${first + 1}` : `${first + 1}:${last + 1}`;
  const read = headerRowsText(t.headerRows);
  if (read === want) return [];
  const f = rowGone(t, first, 'inclusion');
  return [
    {
      ...f,
      message: `The header rows were read as ${read}, not the ${want} you set: check the column roles in the table’s map.`,
    },
  ];
}

function describe(c: TableCorrection, info: TableCorrectionsApplied): string[] {
  const parts = c.columns.map(describeColumn);
  if (c.range) parts.unshift('the table’s range');
  if (c.headerRows) parts.unshift('the header rows');
  for (const r of info.excluded) parts.push(`row ${r + 1} left out`);
  for (const r of info.included) parts.push(`row ${r + 1} put back`);
  return parts;
}

function applyOne(
  p: PreparedCorrection,
  t: IndicatorTable,
  caches: ParseCaches,
  localPrefixes: ReadonlySet<string>,
): Applied {
  const c = p.correction;
  const view = p.view!;
  const cols = applyColumns(t, view, c.columns, p.shift.cols);
  const ex = rowsInside(t, c.exclude, p.shift.rows, 'exclusion');
  const inc = rowsInside(t, c.include, p.shift.rows, 'inclusion');
  const identity = [...cols.changed].some((col) =>
    [t.columns, cols.columns].some((list) =>
      list.some((x) => x.col === col && (x.role === 'code' || x.role === 'title')),
    ),
  );
  const rows = rereadRows(t, view, {
    columns: cols.columns,
    identity,
    groupCol: cols.groupCol,
    exclude: new Set(ex.inside),
    include: inc.inside,
    localPrefixes,
    parser: caches.for(findSheetKey(view)),
  });
  const table: IndicatorTable = { ...t, columns: cols.columns, rows };
  const info = {
    columns: cols.changed,
    excluded: ex.inside,
    included: inc.inside,
    shape: !!(c.range || c.headerRows),
  };
  const findings = [
    readWith(table, describe(c, info)),
    ...cols.problems.map((q) => columnGone(table, q)),
    ...ex.findings,
    ...inc.findings,
    ...shapeProblem(table, c, p.shift.rows),
  ];
  return { table, info, findings };
}

export function applyCorrections(
  tables: readonly RecognisedTable[],
  prepared: readonly PreparedCorrection[],
  localPrefixes: ReadonlySet<string>,
): CorrectionsResult {
  let out = [...tables];
  const applied = new Map<IndicatorTable, TableCorrectionsApplied>();
  const findings: Finding[] = [];
  const caches = new ParseCaches();
  for (const p of prepared) {
    const t = p.view ? findTable(p, out) : null;
    if (!t) {
      findings.push(tableGone(p.correction, p.view !== null));
      continue;
    }
    const done = applyOne(p, t, caches, localPrefixes);
    // a table read at the officer's range replaces any the recogniser read over the same cells
    out = out.filter((x) => x === t || !(p.range && x.sheet === t.sheet && overlaps(x.range, t.range)));
    out[out.indexOf(t)] = done.table;
    applied.set(done.table, done.info);
    findings.push(...done.findings);
  }
  return { tables: out, applied, findings };
}
