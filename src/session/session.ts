/**
 * One officer's working session over a workbook, the same for the task pane, the ribbon commands and the
 * browser workbench: each surface supplies a gateway (Office.js or .xlsx), a host (select a cell, read
 * the selection) and an engine (a Web Worker in the browser, the caller's thread elsewhere), and gets the
 * actions the officer can take.
 *
 * Long runs: every action is read -> analyse -> plan -> write, with a yield to the host and a cancel check
 * between stages. In the browser the analysis and the plans run in the engine's worker, so the page (and
 * Excel with it) stays responsive however big the workbook; cancelling ends the worker mid-analysis.
 */
import type { WorkbookGateway } from '../gateways/gateway';
import { parseRangeA1 } from '../engine/model/a1';
import type { Finding } from '../engine/model/findings';
import { defaultSettings, type Settings } from '../engine/model/settings';
import { readRegistry, registryOps, settingsFrom, withSettings } from '../engine/model/registry';
import { checkpoint, RunCancelledError, yieldToBrowser, type RunOptions } from './cancel-and-yield';
import { sameTable, type AnalysisSummary, type TableRef } from './summary';
import { writeOutcome, type WriteOutcome } from './outcome';
import type { ExportFile } from './export-files';
import type { EngineKind, EngineService, ExportFormat, RagCounts } from './engine/service';
import { createInThreadEngine } from './engine/in-thread';

export interface SessionHost {
  selectCell(sheet: string, cell: string): Promise<void>;
  getSelection(): Promise<{ sheet: string; range: string } | null>;
  /** lets the host paint and take input between stages; setTimeout(0) when absent */
  yieldToHost?: () => Promise<void>;
}

export interface RateOutcome extends WriteOutcome {
  rag: RagCounts;
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
  /** where the engine runs: in a Web Worker, or in the caller's own thread */
  readonly engine: EngineKind;
  /** ends the engine's worker (the pane closed, or another workbook was opened) */
  dispose(): void;
}

export class NoSelectionError extends Error {
  constructor() {
    super('Select the table’s cells in the workbook first, header row included');
    this.name = 'NoSelectionError';
  }
}

export function createSession(
  gateway: WorkbookGateway,
  host: SessionHost,
  engine: EngineService = createInThreadEngine(),
): Session {
  const yieldToHost = host.yieldToHost ?? yieldToBrowser;
  const extraTables: TableRef[] = [];
  const excludeTables: TableRef[] = [];
  let last: AnalysisSummary | null = null;
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

  async function analysed(opts: RunOptions): Promise<{ summary: AnalysisSummary; signal: AbortSignal }> {
    const signal = startRun(opts);
    await checkpoint(signal, yieldToHost, 'reading', opts.onStage);
    const snapshot = await gateway.readSnapshot();
    await checkpoint(signal, yieldToHost, 'analysing', opts.onStage);
    const summary = await engine.analyse(snapshot, { extraTables, excludeTables }, signal);
    // an engine in this thread cannot be stopped mid-analysis: its result is dropped instead
    if (signal.aborted) throw new RunCancelledError();
    last = summary;
    return { summary, signal };
  }

  async function write(
    signal: AbortSignal,
    opts: RunOptions,
    plan: Parameters<WorkbookGateway['apply']>[0],
  ): Promise<void> {
    await checkpoint(signal, yieldToHost, 'writing', opts.onStage);
    await gateway.apply(plan);
  }

  /** the engine makes the files from its kept report models: only the file crosses to the page */
  async function exported(format: ExportFormat, opts: RunOptions): Promise<ExportFile[]> {
    if (!engine.hasAnalysis()) await analysed(opts);
    return engine.exportFiles(format, last?.workbook ?? '', opts.signal);
  }

  const session: Session = {
    engine: engine.kind,

    async validate(opts = {}) {
      const { summary } = await analysed(opts);
      return summary;
    },

    async rate(opts = {}) {
      const { signal } = await analysed(opts);
      const r = await engine.plan('rate', signal);
      await write(signal, opts, r.plan);
      return { ...writeOutcome(r.plan, r.notices), rag: r.rag };
    },

    async buildReports(opts = {}) {
      const { signal } = await analysed(opts);
      const r = await engine.plan('reports', signal);
      await write(signal, opts, r.plan);
      return {
        ...writeOutcome(r.plan, r.notices),
        tableARows: r.tableARows,
        tableBTasks: r.tableBTasks,
        findings: r.findings,
      };
    },

    async runAll(opts = {}) {
      const { signal } = await analysed(opts);
      const r = await engine.plan('all', signal);
      await write(signal, opts, r.plan);
      return {
        ...writeOutcome(r.plan, r.notices),
        rag: r.rag,
        tableARows: r.tableARows,
        tableBTasks: r.tableBTasks,
        findings: r.findings,
      };
    },

    exportDocx: async (opts = {}) => (await exported('docx', opts))[0],
    exportHtml: async (opts = {}) => (await exported('html', opts))[0],
    exportCsv: (opts = {}) => exported('csv', opts),

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
      engine.forget();
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

    lastSummary: () => last,

    dispose() {
      running?.abort();
      engine.dispose();
    },
  };
  return session;
}
