/** The fake must behave like Excel where the gateway depends on it, or the other tests prove nothing. */
import { FakeOfficeError, fakeExcelWith } from '../../support/excel-fake';
import { sheet, workbook } from './helpers';

const host = () => fakeExcelWith(workbook(sheet('S', [['a', 1]], { merges: [] })));

describe('excel-fake', () => {
  it('throws PropertyNotLoaded for a property read before load and sync', async () => {
    const h = host();
    await h.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('S').getRange('A1:B1');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      range.load('values');
      expect(() => range.values).toThrow(/before load and sync/);
      await ctx.sync();
      expect(range.values).toEqual([['a', 1]]);
      expect(() => range.address).toThrow(FakeOfficeError);
    });
  });

  it('applies queued writes at sync, not before, and counts each sync with its size', async () => {
    const h = host();
    await h.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('C1').values = [['later']];
      expect(h.state.sheets[0].cells.size).toBe(2);
      await ctx.sync();
    });
    expect(h.state.sheets[0].cells.get(2)?.value).toBe('later');
    expect(h.syncs).toBe(1);
    expect(h.syncLog[0].requestBytes).toBeGreaterThan(0);
    expect(h.writes().map((c) => [c.target, c.member, c.args])).toEqual([
      ['Range(S!C1)', 'values=', [[['later']]]],
    ]);
  });

  it('counts a request as the JSON body Office.js sends: object paths once, Instantiate actions, "L" lists', async () => {
    const h = host();
    await h.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('A1').format.fill.color = '#FF0000';
      await ctx.sync();
    });
    // ids 1-5 are the workbook, its worksheets and tables, application and runtime; 8-11 the
    // range's format, fill, font and borders; the actions come after, as the sync builds them
    const body =
      '{"AutoKeepReference":false,"Actions":[' +
      '{"Id":12,"ActionType":1,"Name":"","ObjectPathId":1},' +
      '{"Id":13,"ActionType":1,"Name":"","ObjectPathId":2},' +
      '{"Id":14,"ActionType":1,"Name":"","ObjectPathId":6},' +
      '{"Id":15,"ActionType":1,"Name":"","ObjectPathId":7},' +
      '{"Id":16,"ActionType":1,"Name":"","ObjectPathId":8},' +
      '{"Id":17,"ActionType":1,"Name":"","ObjectPathId":9},' +
      '{"Id":18,"ActionType":4,"Name":"Color","ObjectPathId":9,"ArgumentInfo":{"Arguments":["#FF0000"]},"L":[9,8,7,6,2,1]}],' +
      '"ObjectPaths":{"1":{"Id":1,"ObjectPathType":1,"Name":""},' +
      '"2":{"Id":2,"ObjectPathType":4,"Name":"Worksheets","ParentObjectPathId":1},' +
      '"6":{"Id":6,"ObjectPathType":5,"Name":"","ParentObjectPathId":2,"ArgumentInfo":{"Arguments":["S"]}},' +
      '"7":{"Id":7,"ObjectPathType":3,"Name":"GetRange","ParentObjectPathId":6,"ArgumentInfo":{"Arguments":["A1"]}},' +
      '"8":{"Id":8,"ObjectPathType":4,"Name":"Format","ParentObjectPathId":7},' +
      '"9":{"Id":9,"ObjectPathType":4,"Name":"Fill","ParentObjectPathId":8}}}';
    expect(h.syncLog[0].requestBytes).toBe(body.length);
  });

  it('counts a grid over 1,500 cells in slices of rows, as Office.js sends it', async () => {
    const bytes = async (rows: number): Promise<number> => {
      const h = host();
      await h.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('S').getRange(`A1:A${rows}`).values = Array.from(
          { length: rows },
          () => ['x'],
        );
        await ctx.sync();
      });
      return h.syncLog[0].requestBytes;
    };
    // one more row is its JSON, ,["x"] ... until the 1,501st starts a second slice: three more
    // object paths (getRow, getRow, getBoundingRect), their Instantiate actions and a second write
    expect((await bytes(1_500)) - (await bytes(1_499))).toBe(6);
    expect((await bytes(1_501)) - (await bytes(1_500))).toBeGreaterThan(600);
  });

  it('parses written text the way Excel does unless it starts with an apostrophe', async () => {
    const h = host();
    await h.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('S').getRange('A2:F2');
      r.values = [['0.5', '50%', 'TRUE', '=A1', "'0.5", 'Red']];
      r.load('values,numberFormat');
      await ctx.sync();
      expect(r.values).toEqual([[0.5, 0.5, true, '#NAME?', '0.5', 'Red']]);
      expect(r.numberFormat[0][1]).toBe('0%');
    });
  });

  it('fails with ApiNotFound when asked for something newer than its ExcelApi version', async () => {
    const h = fakeExcelWith(workbook(sheet('S', [['a']])), 12);
    await expect(
      h.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('S').getRange().getMergedAreasOrNullObject().load('address');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
    expect(h.isSetSupported('ExcelApi', '1.12')).toBe(true);
    expect(h.isSetSupported('ExcelApi', '1.13')).toBe(false);
  });

  it('rejects a property Excel does not have, and has no members beyond the real API', async () => {
    const h = host();
    await expect(
      h.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('S').getRange('A1').load('colour');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    await h.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('S').getRange('A1') as unknown as Record<string, unknown>;
      expect(range.setValues).toBeUndefined();
      expect(range.text).toBeUndefined();
    });
  });

  it('keeps what ran before an injected failure, like a non-transactional Office batch', async () => {
    const h = host();
    h.failAt = { sync: 1, afterActions: 2 };
    await expect(
      h.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem('S');
        ws.getRange('A1').values = [['first']];
        ws.getRange('B1').values = [['second']];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'GeneralException' });
    // getItem, getRange ran; the first values= did not
    expect(h.state.sheets[0].cells.get(0)?.value).toBe('a');
    h.failAt = { sync: 2, afterActions: 3 };
    await expect(
      h.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem('S');
        ws.getRange('A1').values = [['first']];
        ws.getRange('B1').values = [['second']];
        await ctx.sync();
      }),
    ).rejects.toThrow(/injected failure/);
    expect(h.state.sheets[0].cells.get(0)?.value).toBe('first');
    expect(h.state.sheets[0].cells.get(1)?.value).toBe(1);
  });

  it('reports a null used range for a blank sheet only after sync', async () => {
    const h = fakeExcelWith(workbook(sheet('Blank', [])));
    await h.run(async (ctx) => {
      const used = ctx.workbook.worksheets.getItem('Blank').getUsedRangeOrNullObject(true);
      expect(() => used.isNullObject).toThrow(/before context.sync/);
      await ctx.sync();
      expect(used.isNullObject).toBe(true);
    });
  });

  it('refuses to hide or delete the last visible sheet, as Excel does', async () => {
    const h = host();
    await expect(
      h.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('S').visibility = 'Hidden';
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidOperation' });
    expect(h.state.sheets[0].visibility).toBe('Visible');
  });
});
