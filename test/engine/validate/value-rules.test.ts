import { percentRange } from '../../../src/engine/validate/rules/percent-range';
import { unitMismatch } from '../../../src/engine/validate/rules/unit-mismatch';
import { valueError } from '../../../src/engine/validate/rules/value-error';
import { valueUnreadable } from '../../../src/engine/validate/rules/value-unreadable';
import { BROMLEY_YEARS, OXFORDSHIRE_YEARS, cell, context, targetsTable } from './build';

// Bromley Table A, NI 55: targets typed "8" beside actuals of 7.3%
const bromley55 = {
  code: 'NI 55',
  title: 'Obesity in primary school age children in Reception Year',
  values: [
    cell.status('new', 'new indicator'),
    cell.pct(6.94),
    cell.pct(8.4, '8.4% (9.9%)', 9.9),
    cell.pct(7.3, '7.3% (9.6%)', 9.6),
    cell.bare(8),
    cell.bare(8),
    cell.bare(8),
  ],
};

// Oxfordshire NIS table, NI 57: targets written as prose
const oxfordshire57 = {
  code: 'NI 57',
  title: 'Participation in PE & sport: 2-3-5 hrs/week (NI 57)',
  values: [
    cell.pct(91, '91% (07/08)'),
    cell.status('not-yet-available', 'nya: Dec 2010', { year: 2010, month: 12 }),
    cell.text('2 hrs for 95% 5-16s by 2011'),
    cell.text('2 hrs for 95% 5-16s by 2011'),
    cell.text('2 hrs for 95% 5-16s'),
    cell.text('2 hrs for 95% 5-16s'),
  ],
};

describe('NI-VALUE-UNREADABLE', () => {
  it("reports each prose target in Oxfordshire's NI 57 row as an error at its cell", () => {
    const f = valueUnreadable.check(
      context([targetsTable({ years: OXFORDSHIRE_YEARS, rows: [oxfordshire57] })]),
    );
    expect(f.map((x) => x.cell)).toEqual(['E3', 'F3', 'G3', 'H3']);
    expect(f[0]).toMatchObject({ rule: 'NI-VALUE-UNREADABLE', severity: 'error', sheet: 'Targets' });
    expect(f[0].message).toBe(
      "Cannot read '2 hrs for 95% 5-16s by 2011' as a value (NI 57 (Participation in PE & sport: 2-3-5 hrs/week), 2008/09 target).",
    );
    expect(f[0].fix).toContain("Type a number, a % or a status such as 'nya: July 2010'");
  });

  it('has nothing to say about numbers, statuses, bounds and compound cells', () => {
    const rows = [
      bromley55,
      {
        code: null,
        title: 'Percentage of 11 year olds achieving level 4',
        values: [
          cell.compound('English: 81% Maths: 75%', [
            { label: 'English', value: { kind: 'number', value: 81, unit: 'percent', signed: false } },
            { label: 'Maths', value: { kind: 'number', value: 75, unit: 'percent', signed: false } },
          ]),
          cell.bound('<', 5, 'percent', '<5%'),
        ],
      },
    ];
    expect(valueUnreadable.check(context([targetsTable({ years: BROMLEY_YEARS, rows })]))).toEqual([]);
  });
});

describe('NI-VALUE-ERROR', () => {
  it('reports #N/A and #DIV/0! with the fix to mend the formula', () => {
    const table = targetsTable({
      years: [BROMLEY_YEARS[3], BROMLEY_YEARS[5]],
      rows: [
        {
          code: 'NI 62',
          title: 'Stability of placements',
          values: [cell.error('#DIV/0!'), cell.error('#N/A')],
        },
      ],
    });
    const f = valueError.check(context([table]));
    expect(f).toHaveLength(2);
    expect(f[0]).toMatchObject({ rule: 'NI-VALUE-ERROR', severity: 'error', cell: 'C3' });
    expect(f[0].message).toBe(
      'NI 62 (Stability of placements), 2008/09 actual: the cell shows the error #DIV/0!.',
    );
    expect(f[1].message).toContain('2009/10 target: the cell shows the error #N/A');
    expect(f[1].fix).toBe('Fix the formula or type the value.');
  });

  it('finds nothing in a clean row', () => {
    expect(valueError.check(context([targetsTable({ years: BROMLEY_YEARS, rows: [bromley55] })]))).toEqual(
      [],
    );
  });
});

describe('NI-PERCENT-RANGE', () => {
  const years = BROMLEY_YEARS.slice(3, 6);
  it('is an error for a typed percentage over 100 and a warning for a bare number read as one', () => {
    const table = targetsTable({
      years,
      rows: [
        {
          code: 'NI 99',
          title: 'Looked after children KS2 English',
          values: [cell.pct(71), cell.pct(140), cell.bare(-3)],
        },
      ],
    });
    const f = percentRange.check(context([table]));
    expect(f.map((x) => [x.cell, x.severity])).toEqual([
      ['D3', 'error'],
      ['E3', 'warning'],
    ]);
    expect(f[0].message).toBe(
      "NI 99 (Looked after children KS2 English), 2008/09 target: '140%' is outside 0-100%, and this indicator is a percentage.",
    );
  });

  it('reads a 1.4 formatted as 0% as 140%', () => {
    const table = targetsTable({
      years,
      rows: [{ code: 'NI 99', title: 'x', values: [cell.pctFormatted(0.71), cell.pctFormatted(1.4, '0%')] }],
    });
    const f = percentRange.check(context([table]));
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain("'140%' is outside 0-100%");
  });

  it('leaves gaps in ppts, signed changes, rates and counts alone', () => {
    const rows = [
      // Oxfordshire NI 44a-style gap: negative percentage points are fine
      {
        code: 'NI 92',
        title: 'gap',
        values: [cell.unit(-4.4, 'ppts', '-4.4 ppts'), cell.pct(33), cell.pct(31)],
      },
      // Oxfordshire NI 107b: "+8%" is a change
      { code: 'NI 73', title: 'x', values: [cell.pct(87.4), cell.signed(8, 'percent', '+8%'), cell.pct(79)] },
      // Bromley NI 111: counts of 392 are not percentages
      {
        code: 'NI 111',
        title: 'First time entrants',
        values: [cell.bare(392), cell.bare(408), cell.signed(-2, 'percent', '-2%')],
      },
      {
        code: 'NI 112',
        title: 'Under 18 conception rate',
        values: [
          cell.unit(34, 'per1000', '34.0 per 1000'),
          cell.unit(123, 'per1000', '123 per 1000'),
          cell.empty(),
        ],
      },
    ];
    expect(percentRange.check(context([targetsTable({ years, rows })]))).toEqual([]);
  });

  it('judges a local indicator by the unit its row is typed in', () => {
    const table = targetsTable({
      years,
      rows: [
        {
          code: null,
          title: 'Total absences in primary schools',
          values: [cell.pct(5.3), cell.pct(104.7), cell.bare(474)],
        },
      ],
    });
    const f = percentRange.check(context([table]));
    expect(f.map((x) => x.cell)).toEqual(['D3', 'E3']);
    expect(f[0].message).toMatch(/^'Total absences in primary schools', 2008\/09 target/);
  });
});

describe('NI-UNIT-MISMATCH', () => {
  it('warns that Bromley NI 55 targets of 8 are read as 8%', () => {
    const f = unitMismatch.check(context([targetsTable({ years: BROMLEY_YEARS, rows: [bromley55] })]));
    expect(f.map((x) => x.cell)).toEqual(['G3', 'H3', 'I3']);
    expect(f[0]).toMatchObject({ rule: 'NI-UNIT-MISMATCH', severity: 'warning' });
    expect(f[0].message).toBe(
      "NI 55 (Obesity in primary school age children in Reception Year), 2008/09 target: '8' has no unit beside percentages (6.94% in D3); read as 8%.",
    );
    expect(f[0].fix).toBe('Type 8% if that is what you mean, or the unit you meant.');
  });

  it('warns about a figure in a different unit from the rest of its row', () => {
    const table = targetsTable({
      years: OXFORDSHIRE_YEARS.slice(0, 3),
      rows: [
        {
          code: 'NI 51',
          title: 'CAMHS',
          values: [cell.pct(58), cell.pct(52.8), cell.unit(16, 'points', '16 points')],
        },
      ],
    });
    const f = unitMismatch.check(context([table]));
    expect(f).toHaveLength(1);
    expect(f[0].cell).toBe('E3');
    expect(f[0].message).toContain("'16 points' is in points but the row's other figures are percentages");
  });

  it('accepts rows typed in one unit, bare rows, zeros, ppts beside % and signed changes', () => {
    const rows = [
      {
        code: 'NI 112',
        title: 'x',
        values: [cell.unit(31, 'per1000', '31.0 per 1000'), cell.unit(36.2, 'per1000', '36.2 per 1000')],
      },
      { code: 'NI 114', title: 'x', values: [cell.bare(0.23, '0.23 [101]'), cell.bare(0.13, '0.13 [60]')] },
      {
        code: 'NI 89',
        title: 'x',
        values: [cell.unit(18, 'months', '18 months'), cell.bare(0), cell.unit(0, 'months', '0 months')],
      },
      { code: 'NI 92', title: 'x', values: [cell.pct(33.3), cell.unit(-4.4, 'ppts', '-4.4 ppts')] },
      { code: 'NI 111', title: 'x', values: [cell.pct(4), cell.signed(-2, null, '-2')] },
      // Bromley NI 111: counts with "-2%" change targets. The changes give no unit to the
      // counts (rating lets changes vote only for its own comparisons, capped at 100)
      {
        code: 'NI 111',
        title: 'First time entrants',
        values: [cell.bare(392), cell.bare(533), cell.signed(-2, 'percent', '-2%')],
      },
    ];
    expect(unitMismatch.check(context([targetsTable({ years: BROMLEY_YEARS, rows })]))).toEqual([]);
  });

  it('does not count comparator columns as part of the row', () => {
    const table = targetsTable({
      years: OXFORDSHIRE_YEARS.slice(0, 2),
      rows: [{ code: 'NI 45', title: 'x', values: [cell.pct(70.12), cell.pct(72.2)] }],
    });
    table.columns.push({ col: 4, role: 'comparator', header: 'SNs', comparator: 'statistical-neighbours' });
    table.rows[0].values.push({
      col: 4,
      cell: 'E3',
      raw: 75,
      format: 'General',
      parsed: { kind: 'number', value: 75, unit: null, signed: false },
    });
    expect(unitMismatch.check(context([table]))).toEqual([]);
  });
});
