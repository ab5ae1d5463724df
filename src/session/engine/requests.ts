/**
 * The service's requests as both engines make them (in this thread or in a worker):
 * only how a call reaches the engine differs. `state.analysed` is the engine's to
 * clear when its analysis goes (a cancel, a dead worker, forget()).
 */
import type { EngineCall, EngineService, PlanKind, PlanResults } from './service';
import type { AnalysisSummary } from '../summary';
import type { ExportFile } from '../export-files';

export type EngineCaller = (request: EngineCall, signal?: AbortSignal) => Promise<unknown>;

export function engineRequests(
  call: EngineCaller,
  state: { analysed: boolean },
): Pick<EngineService, 'analyse' | 'plan' | 'exportFiles' | 'hasAnalysis'> {
  return {
    async analyse(snapshot, options, signal) {
      state.analysed = false;
      const summary = (await call({ type: 'analyse', snapshot, options }, signal)) as AnalysisSummary;
      state.analysed = true;
      return summary;
    },
    async plan<K extends PlanKind>(kind: K, signal?: AbortSignal) {
      return (await call({ type: 'plan', kind }, signal)) as PlanResults[K];
    },
    async exportFiles(format, workbook, signal) {
      return (await call({ type: 'export', format, workbook }, signal)) as ExportFile[];
    },
    hasAnalysis: () => state.analysed,
  };
}
