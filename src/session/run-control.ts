/**
 * How every session action runs: one run at a time (a new one cancels the last), read -> analyse -> write
 * with a yield to the host and a cancel check between stages. The actions themselves (session.ts) only
 * say which plan to ask the engine for.
 */
import type { WorkbookGateway } from '../gateways/gateway';
import type { WritePlan } from '../engine/model/plan';
import type { WorkbookSnapshot } from '../engine/model/snapshot';
import type { Settings } from '../engine/model/settings';
import { checkpoint, RunCancelledError, yieldToBrowser, type RunOptions } from './cancel-and-yield';
import type { AnalysisSummary } from './summary';
import type { ExportFile } from './export-files';
import type { EngineService, ExportFormat } from './engine/service';
import type { TableChoices } from './table-choices';

export interface RunControl {
  /** reads the workbook and analyses it; the signal is this run's, for the stages that follow */
  analysed(
    opts: RunOptions,
  ): Promise<{ summary: AnalysisSummary; signal: AbortSignal; snapshot: WorkbookSnapshot }>;
  /** applies a plan, after a last chance to cancel */
  write(signal: AbortSignal, opts: RunOptions, plan: WritePlan): Promise<void>;
  /** files over the kept analysis, analysing first when there is none */
  exported(format: ExportFormat, opts: RunOptions): Promise<ExportFile[]>;
  cancel(): void;
  last(): AnalysisSummary | null;
  /** what was analysed no longer holds (settings changed) */
  forget(): void;
}

export interface RunContext {
  gateway: WorkbookGateway;
  engine: EngineService;
  choices: TableChoices;
  yieldToHost?: () => Promise<void>;
  /** settings for this session only, over those saved in the workbook */
  settings?: Partial<Settings>;
}

export function createRunControl(ctx: RunContext): RunControl {
  const { gateway, engine, choices } = ctx;
  const yieldToHost = ctx.yieldToHost ?? yieldToBrowser;
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

  async function analysed(opts: RunOptions) {
    const signal = startRun(opts);
    await checkpoint(signal, yieldToHost, 'reading', opts.onStage);
    const snapshot = await gateway.readSnapshot();
    await checkpoint(signal, yieldToHost, 'analysing', opts.onStage);
    const { extraTables, excludeTables } = choices;
    const summary = await engine.analyse(
      snapshot,
      { settings: ctx.settings, extraTables, excludeTables },
      signal,
    );
    // an engine in this thread cannot be stopped mid-analysis: its result is dropped instead
    if (signal.aborted) throw new RunCancelledError();
    last = summary;
    return { summary, signal, snapshot };
  }

  return {
    analysed,
    async write(signal, opts, plan) {
      await checkpoint(signal, yieldToHost, 'writing', opts.onStage);
      await gateway.apply(plan);
    },
    // the engine makes the files from its kept report models: only the file crosses to the page
    async exported(format, opts) {
      if (!engine.hasAnalysis()) await analysed(opts);
      return engine.exportFiles(format, last?.workbook ?? '', opts.signal);
    },
    cancel: () => running?.abort(),
    last: () => last,
    forget() {
      last = null;
      engine.forget();
    },
  };
}
