/**
 * The session's engine, behind one interface with two homes: in the page's own thread (Node, jest, any
 * host without Web Workers) or in a Web Worker (the task pane and the workbench), so a 100k-row analysis
 * never freezes Excel. Only plain data crosses: the snapshot goes in, and what the session shows or writes
 * comes back (summary, write plans, report models). The engine keeps its last Analysis, so plans and
 * exports never analyse twice.
 */
import type { Finding } from '../../engine/model/findings';
import type { Settings } from '../../engine/model/settings';
import type { WritePlan } from '../../engine/model/plan';
import type { AnswerPart } from './answer-parts';
import type { WorkbookSnapshot } from '../../engine/model/snapshot';
import type { AnalysisSummary, TableRef } from '../summary';
import type { ExportFile, ReportModels } from '../export-files';

export type EngineKind = 'in-thread' | 'worker';

export interface EngineAnalyseOptions {
  /** settings given for this session (the command line's options) win over those saved in the workbook */
  settings?: Partial<Settings>;
  /** tables the officer added; the summary marks them as added */
  extraTables: TableRef[];
  excludeTables: TableRef[];
}

export interface RagCounts {
  Green: number;
  Amber: number;
  Red: number;
  'Not rated': number;
}

export interface RatePlanned {
  plan: WritePlan;
  notices: string[];
  rag: RagCounts;
}

export interface ReportsPlanned {
  plan: WritePlan;
  notices: string[];
  tableARows: number;
  tableBTasks: number;
  /** problems met while building Table B */
  findings: Finding[];
}

/** What each plan kind returns, over the last analysis. */
export interface PlanResults {
  /** rating columns */
  rate: RatePlanned;
  /** Table A and Table B sheets */
  reports: ReportsPlanned;
  /** both in one plan (one write) */
  all: RatePlanned & ReportsPlanned;
  /** the report models alone, for exports (those of the last reports plan when there was one) */
  models: ReportModels;
}

export type PlanKind = keyof PlanResults;

/**
 * Files made beside the analysis, so only the file (not 50 MB of models) reaches the page: the board paper
 * (Word, HTML, CSV) and the analysis itself as JSON (the `--json` contract).
 */
export type ExportFormat = 'docx' | 'html' | 'csv' | 'json';

export interface EngineService {
  readonly kind: EngineKind;
  /** analyses the snapshot and keeps the analysis for plan(); rejects with AbortError when cancelled */
  analyse(
    snapshot: WorkbookSnapshot,
    options: EngineAnalyseOptions,
    signal?: AbortSignal,
  ): Promise<AnalysisSummary>;
  /** a plan over the last analysis; rejects when there is none */
  plan<K extends PlanKind>(kind: K, signal?: AbortSignal): Promise<PlanResults[K]>;
  /** the report files over the last analysis (csv: one per table); rejects when there is none */
  exportFiles(format: ExportFormat, workbook: string, signal?: AbortSignal): Promise<ExportFile[]>;
  /** whether an analysis is kept (false again after forget(), a cancel or a failure) */
  hasAnalysis(): boolean;
  /** drops the kept analysis: it was made under settings no longer in force */
  forget(): void;
  /** frees the engine's thread, if it has one */
  dispose(): void;
}

/** What the engine is asked to do: the same requests whether it runs in a worker or in this thread. */
export type EngineCall =
  | { type: 'analyse'; snapshot: WorkbookSnapshot; options: EngineAnalyseOptions }
  | { type: 'plan'; kind: PlanKind }
  | { type: 'export'; format: ExportFormat; workbook: string }
  | { type: 'forget' };

/** A call as a message, numbered so its answer finds the caller. */
export type EngineRequest = { id: number } & EngineCall;

/**
 * An answer by id. A big write plan's ops or a long list of findings come in parts first, then the rest
 * of the answer: the page takes each part in its own task, so cloning 100k rows' results never blocks it
 * for long (answer-parts.ts). An Error travels as plain text: not every clone keeps its name.
 */
export type EngineResponse =
  | { id: number; ok: true; result: unknown }
  | { id: number; ok: false; error: { name: string; message: string } }
  | { id: number; part: AnswerPart };

export class NoAnalysisError extends Error {
  constructor() {
    super('Nothing has been analysed yet: validate the workbook first');
    this.name = 'NoAnalysisError';
  }
}
