/**
 * One officer's working session over a workbook, the same for the task pane, the ribbon commands and the
 * browser workbench: each surface supplies a gateway (Office.js or .xlsx) and a host (select a cell, read
 * the selection) and gets the actions the officer can take.
 *
 * Long runs: every action is read -> analyse -> plan -> write, with a yield to the host and a cancel check
 * between stages. The analysis itself runs in one go on the main thread (100k rows take well under the
 * engine's budget; typical plans take milliseconds); a Web Worker was not used because the analysis
 * holds a catalogue and table objects that would have to be rebuilt on the far side.
 */
import type { WorkbookGateway } from '../gateways/gateway';
import { parseRangeA1 } from '../engine/model/a1';
import type { Finding } from '../engine/model/findings';
import { defaultSettings, type Settings } from '../engine/model/settings';
import { readRegistry, registryOps, settingsFrom, withSettings } from '../engine/model/registry';
import { analyse, type Analysis } from './analyse';
import { ratePlan } from './rate-plan';
import { fullPlan } from './full-plan';
import { reportPlan } from './report-plan';
import { checkpoint, yieldToBrowser, type RunOptions } from './session-run';
import { sameTable, summarise, type AnalysisSummary, type TableRef } from './session-summary';
import { writeOutcome, type WriteOutcome } from './session-outcome';
import { csvExportFiles, docxFile, htmlFile, type ExportFile, type ReportModels } from './session-exports';

export interface SessionHost {
  selectCell(sheet: string, cell: string): Promise<void>;
  getSelection(): Promise<{ sheet: string; range: string } | null>;
  /** lets the host paint and take input between stages; setTimeout(0) when absent */
  yieldToHost?: () => Promise<void>;
}

export interface RateOutcome extends WriteOutcome {
  rag: { Green: number; Amber: number; Red: number; 'Not rated': number };
}

export interface ReportsOutcome extends WriteOutcome {
  tableARows: number;
  tableBTasks: number;
  /** problems met while building Table B (deadlines that could not be read) */
  findings: Finding[];
}

export interface Session {
  /** recognise and check the workbook; nothing is written */
  validate(opts?: RunOptions): Promise<AnalysisSummary>;
  /** fill the RAG, direction and trajectory columns beside each targets table */
  rate(opts?: RunOptions): Promise<RateOutcome>;
  /** write the Table A and Table B sheets */
  buildReports(opts?: RunOptions): Promise<ReportsOutcome>;
  /** rating columns and both reports in one read and one write (4 syncs in Excel) */
  runAll(opts?: RunOptions): Promise<RateOutcome & ReportsOutcome>;
  exportDocx(opts?: RunOptions): Promise<ExportFile>;
  exportHtml(opts?: RunOptions): Promise<ExportFile>;
  exportCsv(opts?: RunOptions): Promise<ExportFile[]>;
  /** the settings in force: saved in the workbook, else the defaults */
  settings(): Promise<Settings>;
  /** saves the settings in the workbook (the add-in's hidden sheet) and returns them as now in force */
  saveSettings(partial: Partial<Settings>): Promise<Settings>;
  /** treats the selected range as a table the recogniser missed, then re-validates */
  useSelectionAsTable(opts?: RunOptions): Promise<AnalysisSummary>;
  /** leaves a table out of every later run, then re-validates */
  excludeTable(ref: TableRef, opts?: RunOptions): Promise<AnalysisSummary>;
  /** selects a finding's cell in the workbook */
  showFinding(f: Pick<Finding, 'sheet' | 'cell'>): Promise<void>;
  /** stops the run in progress at its next stage boundary */
  cancel(): void;
  /** the summary of the last analysis, or null before the first */
  lastSummary(): AnalysisSummary | null;
}

export class NoSelectionError extends Error {
  constructor() {
    super('Select the table’s cells in the workbook first, header row included');
    this.name = 'NoSelectionError';
  }
}

export function createSession(gateway: WorkbookGateway, host: SessionHost): Session {
  const yieldToHost = host.yieldToHost ?? yieldToBrowser;
  const extraTables: TableRef[] = [];
  const excludeTables: TableRef[] = [];
  let last: Analysis | null = null;
  let models: ReportModels | null = null;
  let running: AbortController | null = null;

  /** A fresh controller per run, chained to the caller's signal when there is one. */
  function startRun(opts: RunOptions): AbortSignal {
    running?.abort();
    const controller = new AbortController();
    running = controller;
    if (opts.signal?.aborted) controller.abort();
    opts.signal?.addEventListener('abort', () => controller.abort(), { once: true });
    return controller.signal;
  }

  async function analysed(opts: RunOptions): Promise<{ a: Analysis; signal: AbortSignal }> {
    const signal = startRun(opts);
    await checkpoint(signal, yieldToHost, 'reading', opts.onStage);
    const snapshot = await gateway.readSnapshot();
    await checkpoint(signal, yieldToHost, 'analysing', opts.onStage);
    const a = analyse(snapshot, { extraTables, excludeTables });
    last = a;
    return { a, signal };
  }

  const summary = (a: Analysis) => summarise(a, extraTables);

  async function write(
    signal: AbortSignal,
    opts: RunOptions,
    plan: Parameters<WorkbookGateway['apply']>[0],
  ): Promise<void> {
    await checkpoint(signal, yieldToHost, 'writing', opts.onStage);
    await gateway.apply(plan);
  }

  async function currentModels(opts: RunOptions): Promise<ReportModels> {
    if (models) return models;
    const a = last ?? (await analysed(opts)).a;
    const r = reportPlan(a);
    models = { tableA: r.tableA, tableB: r.tableB };
    return models;
  }

  const session: Session = {
    async validate(opts = {}) {
      const { a } = await analysed(opts);
      models = null;
      return summary(a);
    },

    async rate(opts = {}) {
      const { a, signal } = await analysed(opts);
      const { plan, notices } = ratePlan(a);
      await write(signal, opts, plan);
      const rag = { Green: 0, Amber: 0, Red: 0, 'Not rated': 0 };
      for (const list of a.ratings.values()) for (const r of list) rag[r.rag ?? 'Not rated']++;
      return { ...writeOutcome(plan, notices), rag };
    },

    async buildReports(opts = {}) {
      const { a, signal } = await analysed(opts);
      const r = reportPlan(a);
      await write(signal, opts, r.plan);
      models = { tableA: r.tableA, tableB: r.tableB };
      return {
        ...writeOutcome(r.plan, r.notices),
        tableARows: r.tableA?.groups.reduce((n, g) => n + g.rows.length, 0) ?? 0,
        tableBTasks: r.tableB?.areas.reduce((n, ar) => n + ar.tasks.length, 0) ?? 0,
        findings: r.findings,
      };
    },

    async runAll(opts = {}) {
      const { a, signal } = await analysed(opts);
      const { plan, notices, report } = fullPlan(a);
      await write(signal, opts, plan);
      models = { tableA: report.tableA, tableB: report.tableB };
      const rag = { Green: 0, Amber: 0, Red: 0, 'Not rated': 0 };
      for (const list of a.ratings.values()) for (const r of list) rag[r.rag ?? 'Not rated']++;
      return {
        ...writeOutcome(plan, notices),
        rag,
        tableARows: report.tableA?.groups.reduce((n, g) => n + g.rows.length, 0) ?? 0,
        tableBTasks: report.tableB?.areas.reduce((n, ar) => n + ar.tasks.length, 0) ?? 0,
        findings: report.findings,
      };
    },

    async exportDocx(opts = {}) {
      const m = await currentModels(opts);
      return docxFile(m, last?.snapshot.name ?? '');
    },
    async exportHtml(opts = {}) {
      const m = await currentModels(opts);
      return htmlFile(m, last?.snapshot.name ?? '');
    },
    async exportCsv(opts = {}) {
      return csvExportFiles(await currentModels(opts));
    },

    async settings() {
      const registry = readRegistry(await gateway.readSnapshot());
      return { ...defaultSettings(), ...settingsFrom(registry) };
    },

    async saveSettings(partial) {
      const registry = readRegistry(await gateway.readSnapshot());
      const settings: Settings = { ...defaultSettings(), ...settingsFrom(registry), ...partial };
      await gateway.apply({
        summary: 'Save NI Targets settings',
        ops: registryOps(withSettings(registry, settings)),
      });
      // ratings and reports made under the old settings no longer hold
      last = null;
      models = null;
      return settings;
    },

    async useSelectionAsTable(opts = {}) {
      const selection = await host.getSelection();
      if (!selection || !/:/.test(selection.range)) throw new NoSelectionError();
      const ref = { sheet: selection.sheet, range: parseRangeA1(selection.range.replace(/^.*!/, '')) };
      const dropped = excludeTables.findIndex((t) => sameTable(t, ref));
      if (dropped >= 0) excludeTables.splice(dropped, 1);
      if (!extraTables.some((t) => sameTable(t, ref))) extraTables.push(ref);
      return session.validate(opts);
    },

    async excludeTable(ref, opts = {}) {
      const added = extraTables.findIndex((t) => sameTable(t, ref));
      if (added >= 0) extraTables.splice(added, 1);
      else if (!excludeTables.some((t) => sameTable(t, ref))) excludeTables.push(ref);
      return session.validate(opts);
    },

    showFinding: (f) => host.selectCell(f.sheet, f.cell),

    cancel() {
      running?.abort();
    },

    lastSummary: () => (last ? summary(last) : null),
  };
  return session;
}
