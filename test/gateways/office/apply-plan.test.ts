import { REGISTRY_SHEET, type WriteOp, type WritePlan } from '../../../src/engine/model/plan';
import type { WorkbookSnapshot } from '../../../src/engine/model/snapshot';
import { applyPlan, PartialWriteError } from '../../../src/gateways/office/apply-plan';
import { charsToPoints } from '../../../src/gateways/office/write-ops';
import { readSnapshot } from '../../../src/gateways/office/read-snapshot';
import { type FakeExcelHost, fakeExcelWith } from '../../support/excel-fake';
import { grid, sheet, workbook } from './helpers';

const plan = (...ops: WriteOp[]): WritePlan => ({ summary: 'test', ops });

async function apply(host: FakeExcelHost, p: WritePlan, requestLimitBytes?: number) {
  return host.run((ctx) => applyPlan(ctx, p, { requirement: host.isSetSupported, requestLimitBytes }));
}

async function read(host: FakeExcelHost): Promise<WorkbookSnapshot> {
  return (await host.run((ctx) => readSnapshot(ctx, { requirement: host.isSetSupported }))).snapshot;
}

const sheetState = (host: FakeExcelHost, name: string) => {
  const s = host.state.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
};

describe('applyPlan over the fake Excel', () => {
  it('writes with events off and screen updating suspended, then turns events back on', async () => {
    const host = fakeExcelWith(workbook(sheet('S', [['x']])));
    const r = await apply(host, plan({ op: 'values', sheet: 'S', range: 'B1', values: [['Green']] }));
    expect(r.syncs).toBe(2);
    const writeSync = host.calls
      .filter((c) => c.sync === 2)
      .map((c) => `${c.member}${JSON.stringify(c.args)}`);
    expect(writeSync[0]).toBe('suspendScreenUpdatingUntilNextSync[]');
    expect(writeSync[1]).toBe('enableEvents=[false]');
    expect(writeSync[writeSync.length - 1]).toBe('enableEvents=[true]');
    expect(host.suspendedSyncs).toEqual([2]);
    expect(host.enableEvents).toBe(true);
  });

  it('queues every value write before any format write', async () => {
    const host = fakeExcelWith(workbook(sheet('S', [['x']])));
    await apply(
      host,
      plan(
        { op: 'style', sheet: 'S', range: 'A2', style: { numberFormat: '@', bold: true } },
        { op: 'values', sheet: 'S', range: 'A2', values: [[5]] },
        { op: 'columnWidths', sheet: 'S', widths: [{ col: 0, width: 10 }] },
        { op: 'values', sheet: 'S', range: 'A3', values: [['y']] },
      ),
    );
    const members = host.writes().map((c) => c.member);
    expect(members.lastIndexOf('values=')).toBeLessThan(members.indexOf('numberFormat='));
    expect(members.lastIndexOf('values=')).toBeLessThan(members.indexOf('bold='));
    // written before its text format, the 5 stays a number, as the .xlsx gateway leaves it
    const after = await read(host);
    expect(after.sheets[0].values[1][0]).toBe(5);
    expect(after.sheets[0].formats?.[1][0]).toBe('@');
  });

  it('never moves a format past a clear of its own sheet', async () => {
    const host = fakeExcelWith(workbook(sheet('S', [['x']])));
    await apply(
      host,
      plan(
        { op: 'style', sheet: 'S', range: 'A1', style: { fill: '#FF0000' } },
        { op: 'clear', sheet: 'S', range: 'A1' },
        { op: 'values', sheet: 'S', range: 'A1', values: [['after']] },
      ),
    );
    expect(sheetState(host, 'S').cells.get(0)).toEqual({ value: 'after' });
  });

  it('puts an apostrophe before text Excel would reinterpret, and only there', async () => {
    const host = fakeExcelWith(workbook(sheet('S', [['x']])));
    const text = ['=A1', '+44', '0.5', '12%', 'true', '01/04/2010', '#N/A', 'Red', 'On track', null];
    await apply(host, plan({ op: 'values', sheet: 'S', range: 'A2:J2', values: [text] }));
    const write = host.calls.find((c) => c.member === 'values=');
    expect(write?.args[0]).toEqual([
      ["'=A1", "'+44", "'0.5", "'12%", "'true", "'01/04/2010", "'#N/A", 'Red', 'On track', ''],
    ]);
    // the trailing empty cell is outside the used range, so the row reads back one shorter
    expect((await read(host)).sheets[0].values[1]).toEqual(text.slice(0, -1));
  });

  it('sets column widths in points from character widths, and row heights as given', async () => {
    const host = fakeExcelWith(workbook(sheet('S', [['x']])));
    await apply(
      host,
      plan(
        { op: 'columnWidths', sheet: 'S', widths: [{ col: 1, width: 40 }] },
        { op: 'rowHeights', sheet: 'S', heights: [{ row: 2, height: 30 }] },
      ),
    );
    expect(charsToPoints(40)).toBe(213.75);
    expect(charsToPoints(8.43)).toBeCloseTo(48, 0);
    expect(sheetState(host, 'S').columnWidths.get(1)).toBe(213.75);
    expect(sheetState(host, 'S').rowHeights.get(2)).toBe(30);
  });

  it('sets a run of rows of one height with one call, and every row its own height', async () => {
    const host = fakeExcelWith(workbook(sheet('S', [['x']])));
    const heights = [
      { row: 3, height: 15 },
      { row: 4, height: 15 },
      { row: 5, height: 15 },
      { row: 6, height: 30 },
      { row: 7, height: 30 },
      { row: 9, height: 30 },
      { row: 10, height: 15 },
    ];
    await apply(host, plan({ op: 'rowHeights', sheet: 'S', heights }));
    const calls = host.calls.filter((c) => c.member === 'getRange').map((c) => c.args[0]);
    expect(calls).toEqual(['4:6', '7:8', '10:10', '11:11']);
    for (const { row, height } of heights) expect(sheetState(host, 'S').rowHeights.get(row)).toBe(height);
    expect(sheetState(host, 'S').rowHeights.has(8)).toBe(false);
  });

  it('freezes panes and sets print layout, header and footer', async () => {
    const host = fakeExcelWith(workbook(sheet('S', [['x']]), sheet('T', [['y']])));
    await apply(
      host,
      plan(
        { op: 'freeze', sheet: 'S', rows: 2, cols: 1 },
        { op: 'freeze', sheet: 'T', rows: 3, cols: 0 },
        {
          op: 'pageSetup',
          sheet: 'S',
          setup: {
            orientation: 'landscape',
            paper: 'A4',
            fitToWidth: true,
            printTitleRows: '1:2',
            header: 'NI targets',
            footer: 'Page &P of &N',
          },
        },
      ),
    );
    const s = sheetState(host, 'S');
    expect(s.freeze).toEqual({ rows: 2, cols: 1 });
    expect(sheetState(host, 'T').freeze).toEqual({ rows: 3, cols: 0 });
    expect(s.pageLayout).toEqual({
      orientation: 'Landscape',
      paperSize: 'A4',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: '$1:$2',
      centerHeader: 'NI targets',
      centerFooter: 'Page &P of &N',
    });
  });

  it('on an older Excel skips what it cannot do, says so, and writes the rest', async () => {
    const host = fakeExcelWith(workbook(sheet('S', [['x']])), 6);
    const r = await apply(
      host,
      plan(
        { op: 'addSheet', sheet: 'Report', tabColor: '#1F4E79' },
        { op: 'values', sheet: 'Report', range: 'A1', values: [['RAG']] },
        { op: 'link', sheet: 'Report', cell: 'A2', text: 'Back to S', toSheet: 'S', toCell: 'A1' },
        { op: 'freeze', sheet: 'Report', rows: 1, cols: 0 },
        {
          op: 'pageSetup',
          sheet: 'Report',
          setup: { orientation: 'portrait', paper: 'A4', fitToWidth: false },
        },
      ),
    );
    expect(r.notices).toEqual([
      expect.stringMatching(/tab colours/),
      expect.stringMatching(/plain text/),
      expect.stringMatching(/View > Freeze Panes/),
      'Print settings need a newer Excel; set them with Page Layout > Orientation, Size and Print Titles, and fit to one page wide under Scale to Fit.',
    ]);
    const report = sheetState(host, 'Report');
    expect(report.cells.get(0)?.value).toBe('RAG');
    expect(report.cells.get(16_384)).toEqual({ value: 'Back to S' });
    expect(report.freeze).toEqual({ rows: 0, cols: 0 });
    // nothing beyond ExcelApi 1.6 was asked of Excel, not even turning events off
    expect(host.calls.map((c) => c.member)).not.toEqual(
      expect.arrayContaining([
        'enableEvents=',
        'suspendScreenUpdatingUntilNextSync',
        'tabColor=',
        'hyperlink=',
      ]),
    );
  });

  it('splits a very large plan into blocks under the request limit', async () => {
    const host = fakeExcelWith(workbook(sheet('S', [['x']])));
    const values = grid(5_000, 6);
    const limit = 100_000;
    const r = await apply(
      host,
      plan(
        { op: 'values', sheet: 'S', range: 'A1:F5000', values },
        { op: 'style', sheet: 'S', range: 'B1:B5000', style: { numberFormat: '#,##0.00' } },
      ),
      limit,
    );
    // about 290 kB of values and 70 kB of formats as Office.js sends them: four requests, not one per op or row
    expect(r.syncs).toBe(1 + 4);
    for (const s of host.syncLog) expect(s.requestBytes).toBeLessThanOrEqual(limit);
    const after = await read(host);
    expect(after.sheets[0].values).toEqual(values);
    expect(after.sheets[0].formats?.map((f) => f[1])).toEqual(new Array(5_000).fill('#,##0.00'));
    expect(host.enableEvents).toBe(true);
  });

  it('checks the whole plan against the sheet list before writing anything', async () => {
    const host = fakeExcelWith(workbook(sheet('S', [['x']])));
    await expect(
      apply(
        host,
        plan(
          { op: 'values', sheet: 'S', range: 'A1', values: [['changed']] },
          { op: 'addSheet', sheet: 's' },
        ),
      ),
    ).rejects.toThrow(/op 2 .*already exists/);
    expect(host.syncs).toBe(1);
    expect(host.writes()).toEqual([]);
  });
});

/**
 * The shape renderers give a plan so that a failure part-way is repaired by
 * running again: replace the add-in's own sheet first, write the registry last.
 */
function reportPlan(existing: WorkbookSnapshot): WritePlan {
  const has = (name: string) => existing.sheets.some((s) => s.name === name);
  const ops: WriteOp[] = [];
  if (has('NI Report')) ops.push({ op: 'deleteSheet', sheet: 'NI Report' });
  ops.push(
    { op: 'addSheet', sheet: 'NI Report' },
    {
      op: 'values',
      sheet: 'NI Report',
      range: 'A1:B2',
      values: [
        ['Code', 'RAG'],
        ['NI 1', 'Green'],
      ],
    },
    { op: 'style', sheet: 'NI Report', range: 'B2', style: { fill: '#00B050' } },
  );
  if (!has(REGISTRY_SHEET)) ops.push({ op: 'addSheet', sheet: REGISTRY_SHEET });
  ops.push(
    { op: 'values', sheet: REGISTRY_SHEET, range: 'A1:B1', values: [['report', 'NI Report']] },
    { op: 'visibility', sheet: REGISTRY_SHEET, visibility: 'veryHidden' },
  );
  return { summary: 'report', ops };
}

describe('a failure part-way through writing', () => {
  it('leaves what came before it, reports it, restores events, and a re-run converges', async () => {
    const start = workbook(sheet('Plan', [['NI 1', 0.5]]));
    const clean = fakeExcelWith(start);
    await apply(clean, reportPlan(await read(clean)));

    const host = fakeExcelWith(start);
    const before = await read(host);
    host.resetRecord();
    // sync 1 learns the sheets; sync 2 writes: suspend, events off, then the plan's calls
    host.failAt = { sync: 2, afterActions: 6 };
    const failed = apply(host, reportPlan(before));
    await expect(failed).rejects.toBeInstanceOf(PartialWriteError);
    await expect(failed).rejects.toThrow(/run the command again/);
    expect(host.enableEvents).toBe(true);

    const half = await read(host);
    // the report's values went in, its fill and the registry did not
    expect(half.sheets.map((s) => s.name)).toEqual(['Plan', 'NI Report']);
    expect(half.sheets[0].values).toEqual([['NI 1', 0.5]]);
    expect(half.sheets[1].values).toEqual([
      ['Code', 'RAG'],
      ['NI 1', 'Green'],
    ]);
    expect(sheetState(host, 'NI Report').cells.get(16_385)?.fill).toBeUndefined();

    await apply(host, reportPlan(half));
    expect(await read(host)).toEqual(await read(clean));
    expect(sheetState(host, 'NI Report').cells.get(16_385)?.fill).toBe('#00B050');
    expect(sheetState(host, REGISTRY_SHEET).visibility).toBe('VeryHidden');
  });
});
