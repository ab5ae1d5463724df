import { readSnapshot } from '../../../src/gateways/office/read-snapshot';
import { fakeExcelWith } from '../../support/excel-fake';
import { grid, sheet, workbook } from './helpers';

describe('readSnapshot over the fake Excel', () => {
  it('says when the workbook counts its dates from 1904, asking DATE(1904,1,1) in the first sync', async () => {
    const mac = fakeExcelWith({
      ...workbook(sheet('S', [[38806]], { formats: [['dd/mm/yyyy']] })),
      date1904: true,
    });
    const r = await mac.run((ctx) => readSnapshot(ctx, { requirement: mac.isSetSupported }));
    expect(r.snapshot.date1904).toBe(true);
    // serials as stored: the engine moves them into the 1900 system
    expect(r.snapshot.sheets[0].values).toEqual([[38806]]);
    expect(mac.calls.find((c) => c.member === 'date')?.sync).toBe(1);

    const pc = fakeExcelWith(workbook(sheet('S', [[40268]], { formats: [['dd/mm/yyyy']] })));
    const p = await pc.run((ctx) => readSnapshot(ctx, { requirement: pc.isSetSupported }));
    expect(p.snapshot).not.toHaveProperty('date1904');
    expect(p.syncs).toBe(r.syncs);
  });

  it('reads values, number formats, origin, visibility and protection', async () => {
    const host = fakeExcelWith(
      workbook(
        sheet(
          'Targets',
          [
            ['NI 1', 0.073],
            [null, 42],
          ],
          {
            origin: { row: 2, col: 1 },
            formats: [
              ['General', '0.0%'],
              ['General', 'General'],
            ],
            protected: true,
          },
        ),
        sheet('Old', [['x']], { visibility: 'veryHidden' }),
      ),
    );
    const r = await host.run((ctx) => readSnapshot(ctx, { requirement: host.isSetSupported }));
    const [targets, old] = r.snapshot.sheets;
    expect(r.snapshot.name).toBe('test.xlsx');
    expect(targets.origin).toEqual({ row: 2, col: 1 });
    expect(targets.values).toEqual([
      ['NI 1', 0.073],
      [null, 42],
    ]);
    expect(targets.formats).toEqual([
      ['General', '0.0%'],
      ['General', 'General'],
    ]);
    expect(targets.protected).toBe(true);
    expect(old).toMatchObject({ index: 1, visibility: 'veryHidden', formats: null, values: [['x']] });
    expect(r.syncs).toBe(3);
    expect(r.notices).toEqual([]);
  });

  it('reads a blank sheet, and a sheet with only formatting, as empty', async () => {
    const host = fakeExcelWith(
      workbook(
        sheet('Blank', []),
        sheet('Formatted only', [[null]], { origin: { row: 4, col: 4 }, formats: [['0%']] }),
      ),
    );
    const r = await host.run((ctx) => readSnapshot(ctx, { requirement: host.isSetSupported }));
    for (const s of r.snapshot.sheets) {
      expect(s).toMatchObject({ origin: { row: 0, col: 0 }, values: [], formats: null });
    }
    expect(r.syncs).toBe(2);
  });

  it('reports merges and tables, even on a sheet whose name holds a comma and a quote', async () => {
    const name = "Targets, Bromley's";
    const host = fakeExcelWith(
      workbook(
        sheet(name, grid(4, 4), {
          merges: [
            { r0: 3, c0: 0, r1: 3, c1: 3 },
            { r0: 0, c0: 0, r1: 0, c1: 1 },
          ],
          tables: [{ name: 'NIs', range: { r0: 1, c0: 0, r1: 3, c1: 3 }, showHeaders: true }],
        }),
      ),
    );
    const r = await host.run((ctx) => readSnapshot(ctx, { requirement: host.isSetSupported }));
    const s = r.snapshot.sheets[0];
    expect(s.merges).toEqual([
      { r0: 0, c0: 0, r1: 0, c1: 1 },
      { r0: 3, c0: 0, r1: 3, c1: 3 },
    ]);
    expect(s.tables).toEqual([{ name: 'NIs', range: { r0: 1, c0: 0, r1: 3, c1: 3 }, showHeaders: true }]);
  });

  it('asks row by row about hidden rows only on sheets that have some, in the same sync', async () => {
    const host = fakeExcelWith(
      workbook(
        sheet('Some hidden', [['a'], [null], ['c'], ['d']], { hiddenRows: [1, 2] }),
        sheet('None hidden', grid(50, 2)),
      ),
    );
    const r = await host.run((ctx) => readSnapshot(ctx, { requirement: host.isSetSupported }));
    // row 1 is hidden but empty, so the .xlsx reader would not list it either
    expect(r.snapshot.sheets[0].hiddenRows).toEqual([2]);
    expect(r.snapshot.sheets[1].hiddenRows).toBeUndefined();
    const probes = host.calls.filter((c) => c.member === 'load' && c.args[0] === 'rowHidden');
    expect(probes).toHaveLength(4);
    expect(r.syncs).toBe(3);
  });

  it('cuts a big sheet into row blocks, packed into as few syncs as the budget allows', async () => {
    const values = grid(2_000, 6);
    const host = fakeExcelWith(workbook(sheet('Big', values)));
    const budget = { requestLimitBytes: 100_000, bytesPerCell: 48 };
    const r = await host.run((ctx) => readSnapshot(ctx, { requirement: host.isSetSupported, budget }));
    expect(r.snapshot.sheets[0].values).toEqual(values);
    // 12,000 cells × 48 bytes = 576,000 estimated bytes: 6 requests of ≤ 100,000
    const blockReads = host.calls.filter((c) => c.member === 'load' && c.args[0] === 'values,numberFormat');
    expect(blockReads).toHaveLength(6);
    expect(r.syncs).toBe(2 + 6);
    expect(r.maxRequestBytes).toBeLessThanOrEqual(100_000);
  });

  it('keeps every request of a 100,000-row sheet under Excel on the web’s 5 MB', async () => {
    const host = fakeExcelWith(workbook(sheet('Huge', grid(100_000, 4))));
    const r = await host.run((ctx) => readSnapshot(ctx, { requirement: host.isSetSupported }));
    expect(r.snapshot.sheets[0].values).toHaveLength(100_000);
    // 400,000 cells x 44 guessed bytes = 17.6 MB would be five requests of 20,000 rows; the
    // first shows the cells answer ~13 bytes, so the other 80,000 rows go in two requests
    expect(r.syncs).toBe(2 + 3);
    for (const s of host.syncLog) expect(s.requestBytes + s.responseBytes).toBeLessThan(5_000_000);
    const blocks = host.calls.filter((c) => c.member === 'getRange' && /^A\d+:D\d+$/.test(String(c.args[0])));
    expect(blocks.length).toBeGreaterThanOrEqual(5);
  });

  it('reads a sheet of long texts again in halves when Excel refuses its answer as too big', async () => {
    // 1,000 rows x 20 cells of 300 characters: estimated at 44 bytes a cell (0.9 MB), answered ~6 MB
    const long = (r: number, c: number): string => `${r}:${c} ${'progress narrative '.repeat(16)}`;
    const values = Array.from({ length: 1000 }, (_, r) => Array.from({ length: 20 }, (_, c) => long(r, c)));
    const host = fakeExcelWith(workbook(sheet('Action plan', values)));
    const r = await host.run((ctx) => readSnapshot(ctx, { requirement: host.isSetSupported }));
    expect(r.snapshot.sheets[0].values).toEqual(values);
    // the refused answer, then smaller parts, each under the limit: its first half, and the
    // rest cut to what that half showed a cell weighs (with a margin)
    const answers = host.syncLog.slice(2).map((s) => s.responseBytes);
    expect(answers[0]).toBeGreaterThan(5_000_000);
    expect(answers.slice(1).every((b) => b < 5_000_000)).toBe(true);
    expect(answers.slice(1).reduce((n, b) => n + b, 0)).toBeLessThan(answers[0] * 1.05);
    expect(answers.length).toBeLessThanOrEqual(4);
    expect(r.syncs).toBe(2 + answers.length);
  });

  it('cuts the rest of a big sheet to what its first block showed a cell weighs', async () => {
    // 60,000 rows x 10 short cells: guessed at 44 bytes a cell, 7 blocks of ~9,000 rows;
    // they answer about 20, so after the first block the rest goes in 20,000-row blocks
    const values = grid(60_000, 10);
    const host = fakeExcelWith(workbook(sheet('Big', values)));
    const r = await host.run((ctx) => readSnapshot(ctx, { requirement: host.isSetSupported }));
    expect(r.snapshot.sheets[0].values).toEqual(values);
    const answers = host.syncLog.slice(2).map((s) => s.responseBytes);
    expect(answers.length).toBe(4);
    for (const b of answers) expect(b).toBeLessThan(5_000_000);
  });

  it('says what Excel said when even one row is too big to read', async () => {
    const host = fakeExcelWith(workbook(sheet('S', [['x'.repeat(5000)], ['y']])));
    host.payloadLimitBytes = 2000;
    await expect(
      host.run((ctx) => readSnapshot(ctx, { requirement: host.isSetSupported })),
    ).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
  });

  it('without ExcelApi 1.13 reads no merges and says why, never calling what Excel lacks', async () => {
    const host = fakeExcelWith(
      workbook(sheet('S', grid(2, 2), { merges: [{ r0: 0, c0: 0, r1: 0, c1: 1 }] })),
      12,
    );
    const r = await host.run((ctx) => readSnapshot(ctx, { requirement: host.isSetSupported }));
    expect(r.snapshot.sheets[0].merges).toEqual([]);
    expect(r.notices).toEqual([expect.stringMatching(/merged cells/)]);
    expect(host.calls.some((c) => c.member === 'getMergedAreasOrNullObject')).toBe(false);
  });

  it('on ExcelApi 1.6 uses the name it was given and still reads the cells', async () => {
    const host = fakeExcelWith(workbook(sheet('S', [['NI 1']])), 6);
    const r = await host.run((ctx) =>
      readSnapshot(ctx, { requirement: host.isSetSupported, name: 'Plan.xlsx' }),
    );
    expect(r.snapshot.name).toBe('Plan.xlsx');
    expect(r.snapshot.sheets[0].values).toEqual([['NI 1']]);
  });

  it('refuses Excel older than ExcelApi 1.4 with a sentence, before touching the workbook', async () => {
    const host = fakeExcelWith(workbook(sheet('S', [['x']])), 3);
    await expect(host.run((ctx) => readSnapshot(ctx, { requirement: host.isSetSupported }))).rejects.toThrow(
      /needs Excel 2016 or later/,
    );
    expect(host.syncs).toBe(0);
  });
});
