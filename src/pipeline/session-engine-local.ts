/**
 * The engine in the caller's own thread: Node, jest, the CLI's bench, and any host without Web Workers.
 * The handler (and with it the whole engine) is loaded on first use, so a browser page that runs the
 * engine in a worker never downloads it twice.
 */
import { RunCancelledError } from './session-run';
import type { EngineHandler } from './session-engine-handler';
import type { EngineCall, EngineService, PlanKind, PlanResults } from './session-engine';
import type { AnalysisSummary } from './session-summary';
import type { ExportFile } from './session-exports';

export function createInThreadEngine(): EngineService {
  let handler: Promise<EngineHandler> | null = null;
  let analysed = false;
  let nextId = 0;

  async function call(request: EngineCall, signal?: AbortSignal): Promise<unknown> {
    if (signal?.aborted) throw new RunCancelledError();
    handler ??= import(/* webpackChunkName: "engine" */ './session-engine-handler').then((m) =>
      m.createEngineHandler(),
    );
    const h = await handler;
    if (signal?.aborted) throw new RunCancelledError();
    return h.handle({ ...request, id: ++nextId });
  }

  function forget(): void {
    analysed = false;
    void handler?.then((h) => h.handle({ id: ++nextId, type: 'forget' }));
  }

  return {
    kind: 'in-thread',
    async analyse(snapshot, options, signal) {
      analysed = false;
      const summary = (await call({ type: 'analyse', snapshot, options }, signal)) as AnalysisSummary;
      analysed = true;
      return summary;
    },
    async plan<K extends PlanKind>(kind: K, signal?: AbortSignal) {
      return (await call({ type: 'plan', kind }, signal)) as PlanResults[K];
    },
    async exportFiles(format, workbook, signal) {
      return (await call({ type: 'export', format, workbook }, signal)) as ExportFile[];
    },
    hasAnalysis: () => analysed,
    forget,
    dispose: forget,
  };
}
