/**
 * The officer's whole job on a file, as the CLI demo runs it: validate, fill the
 * rating columns, re-read, build the report sheets, save.
 */
import { analyse } from '../../src/pipeline/analyse';
import { ratePlan } from '../../src/pipeline/rate-plan';
import { reportPlan, type ReportPlanResult } from '../../src/pipeline/report-plan';
import { readWorkbook } from '../../src/gateways/xlsx/read';
import { applyPlan } from '../../src/gateways/xlsx/apply';
import { snapshotWorkbook } from '../../src/gateways/xlsx/to-snapshot';
import { toBuffer } from '../../src/gateways/xlsx/write';
import { PINNED } from './pinned-settings';

export interface JobResult {
  output: Buffer;
  report: ReportPlanResult;
}

export async function runJob(input: Buffer, name: string, settings = PINNED): Promise<JobResult> {
  const { snapshot, workbook } = await readWorkbook(input, name);
  applyPlan(workbook, ratePlan(analyse(snapshot, { settings })).plan);
  const report = reportPlan(analyse(snapshotWorkbook(workbook, name), { settings }));
  applyPlan(workbook, report.plan);
  return { output: await toBuffer(workbook), report };
}
