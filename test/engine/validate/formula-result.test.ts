import { formulaResult } from '../../../src/engine/validate/rules/formula-result';
import type { FormulaDoubt } from '../../../src/engine/model/snapshot';
import { BROMLEY_YEARS, cell, context, targetsTable } from './build';

// Bromley-shaped table on 'Targets' rows 1-3 (A1:I3): header on row 1, NI 55 on row 2, NI 112 on row 3
const table = targetsTable({
  years: BROMLEY_YEARS,
  rows: [
    {
      code: 'NI 55',
      title: 'Obesity in primary school age children in Reception Year',
      values: [cell.bare(8)],
    },
    { code: 'NI 112', title: 'Under 18 conception rate', values: [cell.bare(40)] },
  ],
});
const doubt = (row: number, col: number, saved = false): FormulaDoubt => ({ row, col, saved });
const check = (doubts: FormulaDoubt[], sheet = 'Targets') =>
  formulaResult.check({ ...context([table]), formulaDoubts: [{ sheet, doubts }] });

describe('NI-FORMULA-RESULT', () => {
  it("reports a table's unsaved formulas once, at the first, naming three and counting the rest", () => {
    const f = check([doubt(1, 6), doubt(1, 7), doubt(1, 8), doubt(2, 6), doubt(2, 7)]);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      rule: 'NI-FORMULA-RESULT',
      severity: 'warning',
      sheet: 'Targets',
      cell: 'G2',
    });
    expect(f[0].message).toBe(
      '5 formula cells in this table have no saved result, so they were read as empty: G2, H2, I2 and 2 more. ' +
        'The file was saved by a program that does not calculate formulas (openpyxl or pandas, for example).',
    );
  });

  it('tells saved results awaiting recalculation apart from missing ones', () => {
    const f = check([doubt(1, 6, true), doubt(2, 6)]);
    expect(f.map((x) => [x.cell, x.message.slice(0, 40)])).toEqual([
      ['G3', '1 formula cell in this table has no save'],
      ['G2', 'The workbook asks Excel to recalculate e'],
    ]);
    expect(f[1].message).toContain('G2 was read as saved.');
  });

  it('tells of formulas outside every table once per sheet, for information', () => {
    const f = check([doubt(10, 0), doubt(11, 0)]);
    expect(f).toEqual([expect.objectContaining({ cell: 'A11', severity: 'info' })]);
    expect(f[0].message).toMatch(
      /^2 formula cells on this sheet, outside the tables read, have no saved result and were read as empty \(first at A11\)/,
    );
  });

  it("reads another sheet's doubts against that sheet's tables only", () => {
    expect(check([doubt(1, 6)], 'Notes').map((x) => [x.sheet, x.severity])).toEqual([['Notes', 'info']]);
    expect(formulaResult.check(context([table]))).toEqual([]);
  });
});
