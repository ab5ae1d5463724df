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
import { readRegistry, registryOps, settingsFrom, withSettings } from '../engine/ownership/registry';
import type { RunOptions } from './cancel-and-yield';
import type { AnalysisSummary, TableRef } from './summary';
import { writeOutcome, type WriteOutcome } from './outcome';
import type { ExportFile } from './export-files';
import type { EngineKind, EngineService, PlanResults, RagCounts } from './engine/service';
import { createInThreadEngine } from './engine/in-thread';
import { createRunControl, type RunControl } from './run-control';
import { createTableChoices, type TableChoices } from './table-choices';
import { correctionActions, type CorrectionActions } from './corrections';
import { restoreActions, type RestoreActions } from './remove-output';
import { definitionActions, type DefinitionActions } from './definitions-actions';
import { rerateActions, type RerateActions } from './rerate-rows';
import { runRecordActions, type RunRecordActions } from './run-record';

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

export interface Session
  extends CorrectionActions, RestoreActions, RerateActions, RunRecordActions, DefinitionActions {
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
  /** the analysis as JSON (the `--json` contract) */
  exportJson(opts?: RunOptions): Promise<ExportFile>;
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

export interface SessionOptions {
  /** settings for this session only (the command line's --year, --tolerance, --as-of), never saved */
  settings?: Partial<Settings>;
}

export class NoSelectionError extends Error {
  constructor() {
    super('Select the table’s cells in the workbook first, header row included');
    this.name = 'NoSelectionError';
  }
}

type ReportsPlanned = PlanResults['reports'];

const reportsOutcome = (r: ReportsPlanned) => ({
  tableARows: r.tableARows,
  tableBTasks: r.tableBTasks,
  findings: r.findings,
});

/** validate, rate, build reports, run all: analyse, ask the engine for a plan, write it */
function passActions(run: RunControl, engine: EngineService) {
  return {
    async validate(opts: RunOptions = {}): Promise<AnalysisSummary> {
      return (await run.analysed(opts)).summary;
    },
    async rate(opts: RunOptions = {}): Promise<RateOutcome> {
      const { signal } = await run.analysed(opts);
      const r = await engine.plan('rate', signal);
      await run.write(signal, opts, r.plan);
      return { ...writeOutcome(r.plan, r.notices), rag: r.rag };
    },
    async buildReports(opts: RunOptions = {}): Promise<ReportsOutcome> {
      const { signal } = await run.analysed(opts);
      const r = await engine.plan('reports', signal);
      await run.write(signal, opts, r.plan);
      return { ...writeOutcome(r.plan, r.notices), ...reportsOutcome(r) };
    },
    async runAll(opts: RunOptions = {}): Promise<RateOutcome & ReportsOutcome> {
      const { signal } = await run.analysed(opts);
      const r = await engine.plan('all', signal);
      await run.write(signal, opts, r.plan);
      return { ...writeOutcome(r.plan, r.notices), rag: r.rag, ...reportsOutcome(r) };
    },
  };
}

function exportActions(run: RunControl) {
  return {
    exportDocx: async (opts: RunOptions = {}) => (await run.exported('docx', opts))[0],
    exportHtml: async (opts: RunOptions = {}) => (await run.exported('html', opts))[0],
    exportCsv: (opts: RunOptions = {}) => run.exported('csv', opts),
    exportJson: async (opts: RunOptions = {}) => (await run.exported('json', opts))[0],
  };
}

/** settings live in the workbook's hidden registry sheet */
function settingsActions(gateway: WorkbookGateway, run: RunControl) {
  return {
    async settings(): Promise<Settings> {
      const registry = readRegistry(await gateway.readSnapshot());
      return { ...defaultSettings(), ...settingsFrom(registry) };
    },
    async saveSettings(partial: Partial<Settings>): Promise<Settings> {
      const registry = readRegistry(await gateway.readSnapshot());
      const settings: Settings = { ...defaultSettings(), ...settingsFrom(registry), ...partial };
      await gateway.apply({
        summary: 'Save NI Targets settings',
        ops: registryOps(withSettings(registry, settings)),
      });
      // ratings and reports made under the old settings no longer hold
      run.forget();
      return settings;
    },
  };
}

function tableActions(host: SessionHost, choices: TableChoices, validate: Session['validate']) {
  return {
    async useSelectionAsTable(opts: RunOptions = {}): Promise<AnalysisSummary> {
      const selection = await host.getSelection();
      if (!selection || !/:/.test(selection.range)) throw new NoSelectionError();
      choices.include({ sheet: selection.sheet, range: parseRangeA1(selection.range.replace(/^.*!/, '')) });
      return validate(opts);
    },
    async excludeTable(ref: TableRef, opts: RunOptions = {}): Promise<AnalysisSummary> {
      choices.exclude(ref);
      return validate(opts);
    },
  };
}

export function createSession(
  gateway: WorkbookGateway,
  host: SessionHost,
  engine: EngineService = createInThreadEngine(),
  options: SessionOptions = {},
): Session {
  const choices = createTableChoices();
  const run = createRunControl({ gateway, engine, choices, yieldToHost: host.yieldToHost, ...options });
  const passes = passActions(run, engine);
  return {
    engine: engine.kind,
    ...passes,
    ...exportActions(run),
    ...settingsActions(gateway, run),
    ...tableActions(host, choices, passes.validate),
    ...correctionActions({
      gateway,
      getSelection: () => host.getSelection(),
      validate: passes.validate,
      forget: run.forget,
    }),
    ...restoreActions({ gateway, run, choices, validate: passes.validate }),
    ...definitionActions({ gateway, forget: run.forget }),
    ...rerateActions(run, engine),
    ...runRecordActions(gateway),
    showFinding: (f) => host.selectCell(f.sheet, f.cell),
    cancel: run.cancel,
    lastSummary: run.last,
    dispose() {
      run.cancel();
      engine.dispose();
    },
  };
}
