/**
 * Review > Protect Workbook in Excel: the gateway asks workbook.protection (ExcelApi 1.7) and refuses a
 * plan that would add, delete, hide or show a sheet before it writes anything, with the same sentence
 * the command line prints. Writing into existing sheets goes ahead. Where Excel cannot say (an older
 * ExcelApi), Excel's own refusal of the new sheet is what the officer meets.
 */
import type { WriteOp, WritePlan } from '../../../src/engine/model/plan';
import { applyPlan, PartialWriteError } from '../../../src/gateways/office/apply-plan';
import { createOfficeGateway } from '../../../src/gateways/office/gateway';
import { StructureLockedError } from '../../../src/gateways/xlsx-package/structure-lock';
import { type FakeExcelHost, fakeExcelWith } from '../../support/excel-fake';
import { sheet, workbook } from './helpers';

const plan = (...ops: WriteOp[]): WritePlan => ({ summary: 'test', ops });
const ADD_REPORT = plan(
  { op: 'addSheet', sheet: 'Table A' },
  { op: 'values', sheet: 'Table A', range: 'A1', values: [['Table A']] },
);
const RATE_ONLY = plan({ op: 'values', sheet: 'S', range: 'C1', values: [['Green']] });

function lockedHost(apiVersion?: number): FakeExcelHost {
  const host = fakeExcelWith(workbook(sheet('S', [['NI 1', 5]])), apiVersion);
  host.state.structureLocked = true;
  return host;
}

const apply = (host: FakeExcelHost, p: WritePlan) =>
  host.run((ctx) => applyPlan(ctx, p, { requirement: host.isSetSupported }));

describe('a workbook with a protected structure, in Excel', () => {
  it('refuses a plan that adds a sheet, in one sentence, before writing anything', async () => {
    const host = lockedHost();
    const err = await apply(host, ADD_REPORT).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StructureLockedError);
    expect((err as Error).message).toMatch(
      /^The workbook's structure is protected \(Review > Protect Workbook\).*"Table A".*unprotect the workbook, run again, then protect it again\.$/,
    );
    expect(host.writes()).toEqual([]);
    expect(host.state.sheets.map((s) => s.name)).toEqual(['S']);
  });

  it('writes into the sheets it has', async () => {
    const host = lockedHost();
    await apply(host, RATE_ONLY);
    expect(host.state.sheets[0].cells.size).toBe(3);
  });

  it('refuses the same way right after a read, when the sheet list is not asked for again', async () => {
    const host = lockedHost();
    const gateway = createOfficeGateway((fn) => host.run(fn), { requirement: host.isSetSupported });
    await gateway.readSnapshot();
    const syncs = host.syncs;
    await expect(gateway.apply(ADD_REPORT)).rejects.toBeInstanceOf(StructureLockedError);
    expect(host.syncs).toBe(syncs);
    expect(host.state.sheets.map((s) => s.name)).toEqual(['S']);
  });

  it('where Excel cannot say (ExcelApi 1.6), meets Excel refusing the new sheet instead', async () => {
    const host = lockedHost(6);
    await expect(apply(host, ADD_REPORT)).rejects.toBeInstanceOf(PartialWriteError);
    expect(host.state.sheets.map((s) => s.name)).toEqual(['S']);
  });
});
