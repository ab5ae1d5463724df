import { createOfficeGateway } from '../../../src/gateways/office/gateway';
import { fakeExcelWith } from '../../support/excel-fake';
import { sheet, workbook } from './helpers';

describe('createOfficeGateway', () => {
  it('reads through run, keeping the sync count, request size and notices of the last call', async () => {
    const host = fakeExcelWith(workbook(sheet('S', [['NI 1', 5]])), 12);
    const runs: number[] = [];
    const gateway = createOfficeGateway(
      (fn) => {
        runs.push(host.syncs);
        return host.run(fn);
      },
      { requirement: host.isSetSupported },
    );
    const snap = await gateway.readSnapshot();
    expect(snap.sheets[0].values).toEqual([['NI 1', 5]]);
    expect(gateway.last.syncs).toBe(3);
    expect(gateway.last.maxRequestBytes).toBeGreaterThan(0);
    expect(gateway.last.notices).toEqual([expect.stringMatching(/merged cells/)]);

    await gateway.apply({
      summary: 'x',
      ops: [{ op: 'values', sheet: 'S', range: 'C1', values: [['Green']] }],
    });
    // right after a read, the sheet list is known: one sync writes the whole plan
    expect(gateway.last).toMatchObject({ syncs: 1, notices: [] });
    expect(runs).toEqual([0, 3]);

    // a second apply with no read between asks Excel for the sheets again
    await gateway.apply({
      summary: 'y',
      ops: [{ op: 'values', sheet: 'S', range: 'D1', values: [['Amber']] }],
    });
    expect(gateway.last.syncs).toBe(2);
    expect((await gateway.readSnapshot()).sheets[0].values).toEqual([['NI 1', 5, 'Green', 'Amber']]);
  });

  it('checks a plan against the sheets it just read before writing anything', async () => {
    const host = fakeExcelWith(workbook(sheet('S', [['NI 1', 5]])), 12);
    const gateway = createOfficeGateway(host.run, { requirement: host.isSetSupported });
    await gateway.readSnapshot();
    const before = host.syncs;
    await expect(
      gateway.apply({ summary: 'x', ops: [{ op: 'values', sheet: 'Gone', range: 'A1', values: [['Red']] }] }),
    ).rejects.toThrow(/Gone/);
    expect(host.syncs).toBe(before);
  });
});
