/**
 * The Office.js gateway: the WorkbookGateway the task pane uses inside Excel.
 * `run` is Excel.run in production (a fake's run in tests); each read or apply
 * is one run. Sync counts and notices of the last call are kept for the
 * benchmark and for the task pane to show.
 */
import type { WritePlan } from '../../engine/model/plan';
import type { WorkbookSnapshot } from '../../engine/model/snapshot';
import type { WorkbookGateway } from '../gateway';
import { applyPlan, PartialWriteError } from './apply-plan';
import type { Budget } from './budget';
import { readSnapshot } from './read-snapshot';
import { hostRequirement, type Requirement } from './requirements';

export type ExcelRun = <T>(fn: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface OfficeGatewayOptions {
  requirement?: Requirement;
  /** workbook name to report when Excel cannot say (ExcelApi < 1.7) */
  name?: string;
  budget?: Partial<Budget>;
}

export interface OfficeGatewayStats {
  /** syncs of the last read or apply */
  syncs: number;
  /** largest estimated request of the last read, bytes */
  maxRequestBytes: number;
  /** what the officer should be told about the last read or apply */
  notices: string[];
}

export interface OfficeGateway extends WorkbookGateway {
  readonly last: OfficeGatewayStats;
}

/**
 * Grouped styles (getRanges) are checked only against Office.js's documentation here: if
 * Excel ever refuses a block holding them, every gateway of this page (the pane's session and
 * each ribbon click's) sends styles range by range from then on, so the "run it again" the
 * officer is told converges instead of failing the same way.
 */
let groupStyles = true;

export function createOfficeGateway(run: ExcelRun, opts: OfficeGatewayOptions = {}): OfficeGateway {
  const requirement = opts.requirement ?? hostRequirement();
  const last: OfficeGatewayStats = { syncs: 0, maxRequestBytes: 0, notices: [] };
  // the sheet list of the read just made: the next apply checks against it instead of
  // spending a sync to ask Excel again; used once, so a stale list is never reused
  let fresh: WorkbookSnapshot['sheets'] | null = null;
  let freshLocked = false;

  return {
    last,
    readSnapshot: async (): Promise<WorkbookSnapshot> => {
      const r = await run((context) =>
        readSnapshot(context, { requirement, name: opts.name, budget: opts.budget }),
      );
      Object.assign(last, { syncs: r.syncs, maxRequestBytes: r.maxRequestBytes, notices: r.notices });
      fresh = r.snapshot.sheets;
      freshLocked = r.structureLocked;
      return r.snapshot;
    },
    apply: async (plan: WritePlan): Promise<void> => {
      const knownSheets = fresh ?? undefined;
      fresh = null;
      try {
        const r = await run((context) =>
          applyPlan(context, plan, {
            requirement,
            requestLimitBytes: opts.budget?.requestLimitBytes,
            knownSheets,
            structureLocked: freshLocked,
            groupStyles,
          }),
        );
        Object.assign(last, { syncs: r.syncs, maxRequestBytes: 0, notices: r.notices });
      } catch (e) {
        if (e instanceof PartialWriteError && e.inGroupedStyles) groupStyles = false;
        throw e;
      }
    },
  };
}
