/**
 * The officer's whole job inside Excel, on the recording fake: read, validate,
 * fill the rating columns, read again, build the report sheets. Each step is one
 * Excel.run through the Office gateway, as the task pane does it.
 */
import { analyse } from '../../src/pipeline/analyse';
import { ratePlan } from '../../src/pipeline/rate-plan';
import { reportPlan } from '../../src/pipeline/report-plan';
import { createOfficeGateway } from '../../src/gateways/office/gateway';
import type { FakeExcelHost, SheetState } from '../support/excel-fake';
import { PINNED } from './pinned-settings';

export type Step = 'read' | 'rate' | 'read again' | 'report';

/** The last sync (1-based, counted by the host) each step used. */
export type StepSyncs = Record<Step, number>;

export async function runOfficeJob(host: FakeExcelHost): Promise<StepSyncs> {
  const gateway = createOfficeGateway(host.run, { requirement: host.isSetSupported });
  const first = analyse(await gateway.readSnapshot(), { settings: PINNED });
  const read = host.syncs;
  await gateway.apply(ratePlan(first).plan);
  const rate = host.syncs;
  const second = analyse(await gateway.readSnapshot(), { settings: PINNED });
  const again = host.syncs;
  await gateway.apply(reportPlan(second).plan);
  return { read, rate, 'read again': again, report: host.syncs };
}

/** What the officer could see or print of the workbook: everything but the fake's internal sheet ids. */
export function visibleState(host: FakeExcelHost): unknown[] {
  return host.state.sheets.map((sheet: SheetState) => {
    const rest: Partial<SheetState> = { ...sheet };
    delete rest.id;
    delete rest.deleted;
    return rest;
  });
}
