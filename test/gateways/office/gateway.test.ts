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

  it('after Excel refuses styles grouped over many ranges, sends them range by range, so running again finishes', async () => {
    const host = fakeExcelWith(workbook(sheet('S', [['NI 1', 5]])));
    host.refuse.add('getRanges');
    const gateway = createOfficeGateway(host.run, { requirement: host.isSetSupported });
    const green = { fill: '#C6EFCE', bold: true };
    const plan = {
      summary: 'ratings',
      ops: [
        { op: 'values' as const, sheet: 'S', range: 'C1:C3', values: [['Green'], ['Red'], ['Green']] },
        { op: 'style' as const, sheet: 'S', range: 'C1', style: green },
        { op: 'style' as const, sheet: 'S', range: 'C3', style: green },
      ],
    };
    await expect(gateway.apply(plan)).rejects.toMatchObject({
      name: 'PartialWriteError',
      message: expect.stringMatching(/run the command again/),
    });
    host.resetRecord();
    await gateway.apply(plan);
    expect(host.calls.filter((c) => c.member === 'getRanges')).toEqual([]);
    const cells = host.state.sheets[0].cells;
    const styled = [...cells.values()].filter((c) => c.fill === '#C6EFCE' && c.bold === true);
    expect(styled.map((c) => c.value)).toEqual(['Green', 'Green']);
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
