/**
 * The officer's corrections of a table's map, as session actions: the same for the pane (dropdowns,
 * "Use selection") and `ni-targets map`. A correction is saved in the workbook's own record (the very
 * hidden _NITargets sheet) and the workbook is validated again, so what the officer sees next is read with it.
 */
import type { WorkbookGateway } from '../gateways/gateway';
import { parseA1, parseRangeA1, rangeA1, sheetRef } from '../engine/model/a1';
import type { WorkbookSnapshot } from '../engine/model/snapshot';
import { readRegistry, registryOps } from '../engine/ownership/registry';
import { maskOwnedCells } from '../engine/ownership/mask-owned';
import { correctionsOf, withCorrection } from '../engine/corrections/record';
import { prepareCorrections, type PreparedCorrection } from '../engine/corrections/apply';
import { rowTexts } from '../engine/corrections/locate';
import { SheetView } from '../engine/recognise/sheet-view';
import type { RunOptions } from './cancel-and-yield';
import type { AnalysisSummary, TableSummary } from './summary';
import { CorrectionProblem, corrected, type CorrectionRequest, type TableNow } from './corrections-request';

export { CorrectionProblem, tableAddress } from './corrections-request';
// the line under which a map reading is marked 'check', one for the pane and the command line
export { LOW_CONFIDENCE } from '../engine/corrections/confidence';
export type { ColumnRequest, CorrectionRequest } from './corrections-request';

export interface CorrectionActions {
  /** saves a correction of one table's map in the workbook, then validates again */
  correctTable(req: CorrectionRequest, opts?: RunOptions): Promise<AnalysisSummary>;
  /** sets a table's header rows or range to the cells selected in the sheet */
  correctFromSelection(
    what: 'header' | 'range',
    table: { sheet: string; cell: string },
    opts?: RunOptions,
  ): Promise<AnalysisSummary>;
}

interface Deps {
  gateway: WorkbookGateway;
  getSelection(): Promise<{ sheet: string; range: string } | null>;
  validate(opts?: RunOptions): Promise<AnalysisSummary>;
  forget(): void;
}

function sheetNamed(snapshot: WorkbookSnapshot, name: string) {
  const sheet = snapshot.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  if (!sheet) throw new CorrectionProblem(`No sheet "${name}" in the workbook.`);
  return sheet;
}

function tableAt(summary: AnalysisSummary, sheet: string, cell: string): TableSummary {
  const p = parseA1(cell);
  const onSheet = summary.tables.filter((t) => t.sheet === sheet && t.kind === 'targets');
  const t = onSheet.find(
    ({ ref: { range: r } }) => p.row >= r.r0 && p.row <= r.r1 && p.col >= r.c0 && p.col <= r.c1,
  );
  if (t?.map) return t;
  const list = onSheet.map((x) => x.range).join(', ');
  throw new CorrectionProblem(
    `No targets table at ${sheetRef(sheet, cell)}: ${list ? `the tables on that sheet are ${list}` : 'none was read on that sheet'}.`,
  );
}

function headerRowsOf(header: string): number[] {
  const [a, b] = header.split(':').map((n) => Number(n) - 1);
  const out: number[] = [];
  for (let r = a; r <= (b ?? a); r++) out.push(r);
  return out;
}

function tableNow(t: TableSummary, view: SheetView): TableNow {
  const range = t.ref.range;
  const headerRows = headerRowsOf(t.map!.header);
  return { map: t.map!, range, headerRows, anchorTexts: rowTexts(view, headerRows[0], range.c0, range.c1) };
}

/** The correction already recorded for this table, wherever the table has moved since. */
function recordedFor(prepared: PreparedCorrection[], t: TableNow, sheet: string): PreparedCorrection | null {
  const { range } = t;
  const inside = (row: number, col: number) =>
    row >= range.r0 && row <= range.r1 && col >= range.c0 && col <= range.c1;
  for (const p of prepared) {
    if (p.correction.sheet !== sheet) continue;
    if (p.range && p.range.r0 === range.r0 && p.range.c0 === range.c0) return p;
    const at = p.located ?? p.correction.anchor;
    if (inside(at.row, at.col)) return p;
  }
  return null;
}

async function save(deps: Deps, req: CorrectionRequest, opts: RunOptions): Promise<AnalysisSummary> {
  const summary = await deps.validate(opts);
  const snapshot = await deps.gateway.readSnapshot();
  const sheet = sheetNamed(snapshot, req.sheet);
  const table = tableAt(summary, sheet.name, req.cell);
  const now = tableNow(table, new SheetView(sheet));
  const registry = readRegistry(snapshot);
  const before = recordedFor(
    prepareCorrections(maskOwnedCells(snapshot, registry), correctionsOf(registry)),
    now,
    sheet.name,
  );
  const next = corrected({ ...req, sheet: sheet.name }, now, before?.correction ?? null);
  await deps.gateway.apply({
    summary: `Save your corrections of the table ${sheetRef(sheet.name, table.range)}`,
    ops: registryOps(withCorrection(registry, next, before?.correction.anchor ?? next.anchor)),
  });
  // what was read, rated and reported before no longer holds
  deps.forget();
  return deps.validate(opts);
}

export function correctionActions(deps: Deps): CorrectionActions {
  return {
    correctTable: (req, opts = {}) => save(deps, req, opts),
    async correctFromSelection(what, table, opts = {}) {
      const selection = await deps.getSelection();
      if (!selection) throw new CorrectionProblem('Select the cells in the workbook first.');
      const r = parseRangeA1(selection.range.replace(/^.*!/, ''));
      if (selection.sheet !== table.sheet)
        throw new CorrectionProblem(`Select cells on the sheet "${table.sheet}".`);
      const req: CorrectionRequest =
        what === 'header'
          ? { ...table, headerRows: r.r0 === r.r1 ? `${r.r0 + 1}` : `${r.r0 + 1}:${r.r1 + 1}` }
          : { ...table, range: rangeA1(r) };
      return save(deps, req, opts);
    },
  };
}
