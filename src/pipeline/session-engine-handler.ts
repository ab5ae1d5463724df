/**
 * The engine's side of the session: analyse, then plans over the kept analysis. The in-thread engine calls
 * it directly and the worker runs the very same handler on each message, so both give the same answers.
 */
import { analyse, type Analysis } from './analyse';
import { ratePlan } from './rate-plan';
import { reportPlan, type ReportPlanResult } from './report-plan';
import { fullPlan } from './full-plan';
import { summarise } from './session-summary';
import {
  NoAnalysisError,
  type EngineRequest,
  type EngineResponse,
  type PlanKind,
  type PlanResults,
  type RagCounts,
} from './session-engine';

function ragCounts(a: Analysis): RagCounts {
  const rag: RagCounts = { Green: 0, Amber: 0, Red: 0, 'Not rated': 0 };
  for (const list of a.ratings.values()) for (const r of list) rag[r.rag ?? 'Not rated']++;
  return rag;
}

function reportCounts(r: ReportPlanResult) {
  return {
    models: { tableA: r.tableA, tableB: r.tableB },
    tableARows: r.tableA?.groups.reduce((n, g) => n + g.rows.length, 0) ?? 0,
    tableBTasks: r.tableB?.areas.reduce((n, ar) => n + ar.tasks.length, 0) ?? 0,
    findings: r.findings,
  };
}

const PLANS: { [K in PlanKind]: (a: Analysis) => PlanResults[K] } = {
  rate: (a) => ({ ...ratePlan(a), rag: ragCounts(a) }),
  reports: (a) => {
    const r = reportPlan(a);
    return { plan: r.plan, notices: r.notices, ...reportCounts(r) };
  },
  all: (a) => {
    const { plan, notices, report } = fullPlan(a);
    return { plan, notices, rag: ragCounts(a), ...reportCounts(report) };
  },
  models: (a) => {
    const r = reportPlan(a);
    return { tableA: r.tableA, tableB: r.tableB };
  },
};

export interface EngineHandler {
  /** serves one request; throws what the engine throws */
  handle(request: EngineRequest): unknown;
  /** serves one request as a message back, errors included (for the worker) */
  respond(request: EngineRequest): EngineResponse;
}

export function createEngineHandler(): EngineHandler {
  let last: Analysis | null = null;

  function handle(request: EngineRequest): unknown {
    switch (request.type) {
      case 'analyse': {
        // the old analysis goes first: two of them at 100k rows would double the peak memory
        last = null;
        last = analyse(request.snapshot, request.options);
        return summarise(last, request.options.extraTables);
      }
      case 'plan':
        if (!last) throw new NoAnalysisError();
        return PLANS[request.kind](last);
      case 'forget':
        last = null;
        return null;
    }
  }

  return {
    handle,
    respond(request) {
      try {
        return { id: request.id, ok: true, result: handle(request) };
      } catch (e) {
        const error = e instanceof Error ? e : new Error(String(e));
        return { id: request.id, ok: false, error: { name: error.name, message: error.message } };
      }
    },
  };
}
