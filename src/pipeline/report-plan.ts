/**
 * Analysis -> the write plan that (re)makes the "Table A" and "Table B" report
 * sheets. A sheet the add-in made before (the registry says so) is deleted and
 * made again, so a re-run on the same day with the same data gives the same
 * workbook; a sheet of the officer's that happens to have the name is never
 * touched: the report goes to "Table A (2)" instead.
 */
import type { Finding } from '../engine/model/findings';
import type { WriteOp, WritePlan } from '../engine/model/plan';
import { withSettings, withSheet, withoutSheet, type Registry } from '../engine/ownership/registry';
import { withClaim } from '../engine/ownership/claim';
import type { WorkbookSnapshot } from '../engine/model/snapshot';
import { buildTableA } from '../engine/report/table-a';
import { buildTableB } from '../engine/report/table-b';
import { readHistory, withRatingRecords } from '../engine/report/report-history';
import type { TableAModel, TableBModel } from '../engine/report/types';
import { tableASheetOps } from '../engine/render/table-a-sheet';
import { tableBSheetOps } from '../engine/render/table-b-sheet';
import type { Analysis } from './analyse';

export interface ReportPlanResult {
  plan: WritePlan;
  notices: string[];
  /** null when the workbook has no targets table */
  tableA: TableAModel | null;
  /** null when the workbook has no action plan */
  tableB: TableBModel | null;
  findings: Finding[];
  /** the report sheets' ops alone, without registry writes (for combining plans) */
  content: WriteOp[];
  /** the registry once the reports are written */
  registry: Registry;
}

/** Excel's limit on sheet names. */
const MAX_NAME = 31;

function same(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** Sheets the registry says hold this report ("Table A"), by their current names. */
function ownedFor(registry: Registry, report: string): string[] {
  return registry.entries.filter((e) => e.kind === 'sheet' && e.detail === report).map((e) => e.sheet);
}

/**
 * The report's sheet name: "Table A" unless an officer's sheet has it, then
 * "Table A (2)", "(3)"... A name is free when no sheet has it or the add-in owns it
 * for this report; one owned for another report is never taken over.
 */
export function reportSheetName(snapshot: WorkbookSnapshot, registry: Registry, report: string): string {
  const owned = ownedFor(registry, report);
  const free = (name: string) =>
    owned.some((o) => same(o, name)) ||
    (!snapshot.sheets.some((s) => same(s.name, name)) && !registry.ownedSheets.has(name));
  if (free(report)) return report;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = report.slice(0, MAX_NAME - suffix.length) + suffix;
    if (free(name)) return name;
  }
}

interface SheetOutcome {
  ops: WriteOp[];
  registry: Registry;
  notices: string[];
}

/** Delete the report's old sheet(s), add the new one, and record it. */
function replaceSheet(
  snapshot: WorkbookSnapshot,
  registry: Registry,
  report: string,
  body: (sheet: string) => WriteOp[],
): SheetOutcome & { sheet: string } {
  const sheet = reportSheetName(snapshot, registry, report);
  const ops: WriteOp[] = [];
  const notices: string[] = [];
  let reg = registry;
  for (const old of ownedFor(registry, report)) {
    const existing = snapshot.sheets.find((s) => same(s.name, old));
    if (existing) ops.push({ op: 'deleteSheet', sheet: existing.name });
    reg = withoutSheet(reg, old);
  }
  if (!same(sheet, report)) {
    notices.push(`Your sheet '${report}' was left as it is; ${report} was written to '${sheet}'.`);
  }
  ops.push({ op: 'addSheet', sheet });
  // loops, not push(...spread): Table A has an op per indicator, more than the stack allows at 100k rows
  for (const op of body(sheet)) ops.push(op);
  return { sheet, ops, registry: withSheet(reg, sheet, report), notices };
}

export function reportPlan(a: Analysis): ReportPlanResult {
  const notices: string[] = [];
  const sheetOps: WriteOp[] = [];
  const written: string[] = [];
  let registry = a.registry;

  const hasTargets = a.tables.some((t) => t.kind === 'targets');
  const hasPlan = a.tables.some((t) => t.kind === 'action-plan');

  let tableA: TableAModel | null = null;
  if (hasTargets) {
    tableA = buildTableA({
      tables: a.tables,
      ratings: a.ratings,
      catalogue: a.catalogue,
      settings: a.settings,
      history: readHistory(a.registry),
    });
    const model = tableA;
    const r = replaceSheet(a.snapshot, registry, 'Table A', (sheet) => tableASheetOps(model, sheet));
    for (const op of r.ops) sheetOps.push(op);
    notices.push(...r.notices);
    // each indicator's RAG, so the next report can say how it moved
    registry = withRatingRecords(r.registry, model.records ?? [], a.settings.asOf);
    const rows = model.groups.reduce((n, g) => n + g.rows.length, 0);
    written.push(`Table A (${rows} indicator${rows === 1 ? '' : 's'}) on '${r.sheet}'`);
  } else notices.push('No targets table was found, so Table A was not made.');

  let tableB: TableBModel | null = null;
  const findings: Finding[] = [];
  if (hasPlan) {
    const b = buildTableB({ tables: a.tables, settings: a.settings });
    tableB = b.model;
    for (const f of b.findings) findings.push(f);
    const model = tableB;
    const r = replaceSheet(a.snapshot, registry, 'Table B', (sheet) => tableBSheetOps(model, sheet));
    for (const op of r.ops) sheetOps.push(op);
    notices.push(...r.notices);
    registry = r.registry;
    const tasks = model.areas.reduce((n, ar) => n + ar.tasks.length, 0);
    written.push(`Table B (${tasks} task${tasks === 1 ? '' : 's'}) on '${r.sheet}'`);
  } else notices.push('No action plan was found, so Table B was not made.');

  if (written.length === 0) {
    return {
      plan: { summary: 'No report made', ops: [] },
      notices,
      tableA,
      tableB,
      findings,
      content: [],
      registry: a.registry,
    };
  }
  registry = withSettings(registry, a.settings);
  return {
    plan: { summary: written.join('; '), ops: withClaim(a.registry, registry, sheetOps) },
    content: sheetOps,
    registry,
    notices,
    tableA,
    tableB,
    findings,
  };
}
