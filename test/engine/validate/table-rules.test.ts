import { duplicateConflict } from '../../../src/engine/validate/rules/duplicate-conflict';
import { periodMismatch } from '../../../src/engine/validate/rules/period-mismatch';
import { titleMismatch } from '../../../src/engine/validate/rules/title-mismatch';
import { yearOrder } from '../../../src/engine/validate/rules/year-order';
import {
  BROMLEY_YEARS,
  OXFORDSHIRE_YEARS,
  cell,
  context,
  targetsTable,
  type RowSpec,
  type YearSpec,
} from './build';

describe('NI-DUPLICATE-CONFLICT', () => {
  const years = BROMLEY_YEARS.slice(3, 6);
  const ni55 = (target: ReturnType<typeof cell.pct>): RowSpec => ({
    code: 'NI 55',
    title: 'Obesity in primary school age children in Reception Year',
    values: [cell.pct(7.3), cell.bare(8), target],
  });

  it('warns at the second occurrence, on another sheet, naming the first cell', () => {
    const first = targetsTable({ sheet: 'Table A', years, rows: [ni55(cell.bare(8))] });
    const second = targetsTable({ sheet: 'LAA targets', top: 4, years, rows: [ni55(cell.pct(9))] });
    const f = duplicateConflict.check(context([first, second]));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      rule: 'NI-DUPLICATE-CONFLICT',
      severity: 'warning',
      sheet: 'LAA targets',
      cell: 'E7',
    });
    expect(f[0].message).toBe(
      "NI 55 (Obesity in primary school age children in Reception Year) appears twice: its 2009/10 target is '9%' here but '8' at 'Table A'!E3.",
    );
  });

  it('accepts repeats that agree (8 and 8% included) and different years or codes', () => {
    const rows: RowSpec[] = [
      ni55(cell.bare(8)),
      ni55(cell.pct(8)),
      { ...ni55(cell.pct(9)), code: 'NI 56' },
      { code: 'NI 55', title: 'x', values: [cell.empty(), cell.empty(), cell.empty()] },
    ];
    expect(duplicateConflict.check(context([targetsTable({ years, rows })]))).toEqual([]);
  });

  it('compares statuses by meaning and prose by its words', () => {
    const rows: RowSpec[] = [
      ni55(cell.status('not-set', 'Not set')),
      ni55(cell.status('not-set', 'not set')),
      ni55(cell.status('no-target', 'No target')),
    ];
    const f = duplicateConflict.check(context([targetsTable({ years, rows })]));
    expect(f.map((x) => x.cell)).toEqual(['E5']);
    expect(f[0].message).toContain("is 'No target' here but 'Not set' at E3");
  });
});

describe('NI-TITLE-MISMATCH', () => {
  it('warns when the title plainly names another indicator', () => {
    const rows: RowSpec[] = [{ code: 'NI 55', title: 'Under 18 conception rate', values: [] }];
    const f = titleMismatch.check(context([targetsTable({ years: [], rows })]));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: 'NI-TITLE-MISMATCH', severity: 'warning', cell: 'B3' });
    expect(f[0].message).toBe(
      "The title 'Under 18 conception rate' fits NI 112 (Under 18 conception rate) rather than NI 55 (Obesity among primary school age children in Reception Year).",
    );
    expect(f[0].fix).toContain('change the code to NI 112');
  });

  it("flags Bromley's NI 99 title under NI 100, but not short titles that only lean elsewhere", () => {
    const rows: RowSpec[] = [
      {
        code: 'NI 101',
        title: 'Looked after children reaching level 4 in English at Key Stage 2',
        values: [],
      },
      // English vs Maths differ by one word: weak evidence, left alone
      { code: 'NI 100', title: 'KS 2 level 4 English - Looked after children (NI 100)', values: [] },
      { code: 'NI 89', title: 'Aver time spent by schools in Special Measures (NI 89b)', values: [] },
    ];
    const f = titleMismatch.check(context([targetsTable({ years: [], rows })]));
    expect(f.map((x) => x.cell)).toEqual(['B3']);
    expect(f[0].message).toContain('fits NI 99');
  });
});

describe('NI-YEAR-ORDER', () => {
  it('warns at the header cell of a year that runs backwards and of a repeated year', () => {
    const years: YearSpec[] = [
      ['2006/07', 'actual'],
      ['2008/09', 'actual'],
      ['2007/08', 'actual'],
      ['2009/10', 'target'],
      ['2009/10', 'target'],
    ];
    const f = yearOrder.check(context([targetsTable({ sheet: 'Table A', top: 5, years, rows: [] })]));
    expect(f.map((x) => [x.cell, x.rule, x.severity])).toEqual([
      ['E7', 'NI-YEAR-ORDER', 'warning'],
      ['G7', 'NI-YEAR-ORDER', 'warning'],
    ]);
    expect(f[0].message).toBe(
      'The 2007/08 actual column comes after the 2008/09 actual column (D7): years should run left to right.',
    );
    expect(f[1].message).toBe('The 2009/10 target column appears twice (F7 and G7).');
  });

  it("accepts Bromley's and Oxfordshire's headers, and quarters after their year's total", () => {
    const quarterly: YearSpec[] = [
      ['2009/10', 'actual'],
      ['2010/11', 'actual', 1],
      ['2010/11', 'actual', 2],
      ['2010/11', 'actual'],
      ['2010/11', 'target'],
    ];
    for (const years of [BROMLEY_YEARS, OXFORDSHIRE_YEARS, quarterly]) {
      expect(yearOrder.check(context([targetsTable({ years, rows: [] })]))).toEqual([]);
    }
  });
});

describe('NI-PERIOD-MISMATCH', () => {
  const row = (code: string, period: RowSpec['period']): RowSpec => ({
    code,
    title: 'x',
    period,
    values: [],
  });

  it('notes a row marked FY whose definition counts academic years', () => {
    const table = targetsTable({ periodColumn: true, years: [], rows: [row('NI 87', 'financial')] });
    const f = periodMismatch.check(context([table]));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: 'NI-PERIOD-MISMATCH', severity: 'info', cell: 'C3' });
    expect(f[0].message).toBe(
      'NI 87 (x) is marked as a financial year (April to March) here, but its definition measures it by academic year (September to August).',
    );
  });

  it('accepts matching periods, calendar beside previous calendar year, unknown codes and unmarked rows', () => {
    const rows = [
      row('NI 55', 'academic'),
      row('NI 112', 'previous-calendar'),
      row('NI 250', 'financial'),
      row('NI 19', undefined),
    ];
    expect(periodMismatch.check(context([targetsTable({ periodColumn: true, years: [], rows })]))).toEqual(
      [],
    );
  });
});
