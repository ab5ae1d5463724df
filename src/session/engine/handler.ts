/**
 * The engine's side of the session: analyse, then plans and report files over the kept analysis. The in-thread engine calls
 * it directly and the worker runs the very same handler on each message, so both give the same answers.
 */
import { analyse, type Analysis } from '../../pipeline/analyse';
import { ratePlan } from '../../pipeline/rate-plan';
import { reportPlan, type ReportPlanResult } from '../../pipeline/report-plan';
import { fullPlan } from '../../pipeline/full-plan';
import { countBySeverity, summarise } from '../summary';
import { withRunRecord } from '../run-record';
import type { WritePlan } from '../../engine/model/plan';
import type { IndicatorTable } from '../../engine/model/tables';
import {
  analysisJsonFile,
  csvExportFiles,
  docxFile,
  htmlFile,
  type ExportFile,
  type ReportModels,
} from '../export-files';
import { splitAnswer } from './answer-parts';
import {
  NoAnalysisError,
  type EngineRequest,
  type ExportFormat,
  type EngineResponse,
  type PlanKind,
  type PlanResults,
  type RagCounts,
} from './service';

function ragCounts(a: Analysis): RagCounts {
  const rag: RagCounts = { Green: 0, Amber: 0, Red: 0, 'Not rated': 0 };
  for (const list of a.ratings.values()) for (const r of list) rag[r.rag ?? 'Not rated']++;
  return rag;
}

function reportCounts(r: ReportPlanResult) {
  return {
    tableARows: r.tableA?.groups.reduce((n, g) => n + g.rows.length, 0) ?? 0,
    tableBTasks: r.tableB?.areas.reduce((n, ar) => n + ar.tasks.length, 0) ?? 0,
    findings: r.findings,
  };
}

/** The last analysis, and the report models made from it (kept here: they are too big to send unasked). */
interface Kept {
  analysis: Analysis;
  models: ReportModels | null;
}

const modelsOf = (r: ReportPlanResult): ReportModels => ({ tableA: r.tableA, tableB: r.tableB });

/**
 * The plan with this run's summary and row digests in the workbook's record (run-record.ts), dated with
 * the run's date (today, or --as-of), not the clock, so the same data on the same day writes the same file.
 */
function recorded(plan: WritePlan, a: Analysis, rag: RagCounts): WritePlan {
  const tables = a.tables.filter((t): t is IndicatorTable => t.kind === 'targets');
  const findings = countBySeverity(a.findings);
  return withRunRecord(plan, { snapshot: a.snapshot, tables, rag, findings, when: a.settings.asOf });
}

const PLANS: { [K in PlanKind]: (k: Kept) => PlanResults[K] } = {
  rate: ({ analysis }) => {
    const r = ratePlan(analysis);
    const rag = ragCounts(analysis);
    return { ...r, plan: recorded(r.plan, analysis, rag), rag };
  },
  reports: (k) => {
    const r = reportPlan(k.analysis);
    k.models = modelsOf(r);
    return { plan: r.plan, notices: r.notices, ...reportCounts(r) };
  },
  all: (k) => {
    const { plan, notices, report } = fullPlan(k.analysis);
    k.models = modelsOf(report);
    const rag = ragCounts(k.analysis);
    return { plan: recorded(plan, k.analysis, rag), notices, rag, ...reportCounts(report) };
  },
  models: (k) => (k.models ??= modelsOf(reportPlan(k.analysis))),
};

const EXPORTS: Record<ExportFormat, (k: Kept, workbook: string) => Promise<ExportFile[]>> = {
  docx: async (k, workbook) => [await docxFile(PLANS.models(k), workbook)],
  html: async (k, workbook) => [await htmlFile(PLANS.models(k), workbook)],
  csv: (k) => csvExportFiles(PLANS.models(k)),
  json: async (k, workbook) => [analysisJsonFile(k.analysis, workbook)],
};

export interface EngineHandler {
  /** serves one request (exports are async); throws what the engine throws */
  handle(request: EngineRequest): unknown;
  /** serves one request as messages back, errors included (for the worker): big lists in parts first */
  respond(request: EngineRequest): Promise<EngineResponse[]>;
}

export function createEngineHandler(): EngineHandler {
  let last: Kept | null = null;

  function handle(request: EngineRequest): unknown {
    switch (request.type) {
      case 'analyse': {
        // the old analysis goes first: two of them at 100k rows would double the peak memory
        last = null;
        const analysis = analyse(request.snapshot, request.options);
        last = { analysis, models: null };
        return summarise(analysis, request.options.extraTables);
      }
      case 'plan':
        if (!last) throw new NoAnalysisError();
        return PLANS[request.kind](last);
      case 'export':
        if (!last) throw new NoAnalysisError();
        return EXPORTS[request.format](last, request.workbook);
      case 'forget':
        last = null;
        return null;
    }
  }

  return {
    handle,
    async respond(request) {
      let result: unknown;
      try {
        result = await handle(request);
      } catch (e) {
        const error = e instanceof Error ? e : new Error(String(e));
        return [{ id: request.id, ok: false, error: { name: error.name, message: error.message } }];
      }
      const { parts, rest } = splitAnswer(result);
      const messages: EngineResponse[] = parts.map((part) => ({ id: request.id, part }));
      messages.push({ id: request.id, ok: true, result: rest });
      return messages;
    },
  };
}
