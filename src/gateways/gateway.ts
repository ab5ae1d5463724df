/**
 * What every workbook gateway offers the surfaces: read a snapshot, apply a write
 * plan. The Office.js gateway and the .xlsx gateway both implement it, so one
 * contract test can run against either.
 */
import type { WritePlan } from '../engine/model/plan';
import type { WorkbookSnapshot } from '../engine/model/snapshot';

export interface WorkbookGateway {
  /** the workbook as it is now, including anything earlier plans wrote */
  readSnapshot(): Promise<WorkbookSnapshot>;
  /** applies every op of the plan, or throws before changing anything it can check up front */
  apply(plan: WritePlan): Promise<void>;
}
