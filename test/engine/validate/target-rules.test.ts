import { nyaPassed } from '../../../src/engine/validate/rules/nya-passed';
import { targetMissing } from '../../../src/engine/validate/rules/target-missing';
import { targetPolarity } from '../../../src/engine/validate/rules/target-polarity';
import { BROMLEY_YEARS, OXFORDSHIRE_YEARS, cell, context, targetsTable, type RowSpec } from './build';

// Bromley Table A rows, as typed
const bromley99: RowSpec = {
  code: 'NI 99',
  title: 'Looked after children reaching level 4 in English at Key Stage 2',
  values: [cell.pct(82), cell.pct(48), cell.pct(55), cell.pct(71), cell.pct(63), cell.pct(40), cell.pct(80)],
};
const bromley112: RowSpec = {
  code: 'NI 112',
  title: 'Under 18 conception rate',
  values: ['31.0', '36.2', '31.0', '34.0', '23.9', '20.8', '17.7'].map((n) =>
    cell.unit(Number(n), 'per1000', `${n} per 1000`),
  ),
};

describe('NI-TARGET-POLARITY', () => {
  it('warns that Bromley NI 99 2009/10 target of 40% is below the 2008/09 actual of 71%', () => {
    const f = targetPolarity.check(context([targetsTable({ years: BROMLEY_YEARS, rows: [bromley99] })]));
    // 2008/09 target 63% is above the 2007/08 actual 55%; 2010/11 target 80% is above 71%
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: 'NI-TARGET-POLARITY', severity: 'warning', cell: 'H3' });
    expect(f[0].message).toBe(
      "NI 99 (Looked after children reaching level 4 in English at Key Stage 2): the 2009/10 target of '40%' is below the 2008/09 actual of '71%', though higher is better.",
    );
  });

  it('reads lower-is-better the other way and compares a target of 11% with the latest actual 6.3%', () => {
    const row: RowSpec = {
      code: 'NI 62',
      title: 'Stability of placements',
      values: [
        cell.pct(11),
        cell.pct(5.4),
        cell.pct(10.51),
        cell.pct(6.3),
        cell.pct(11),
        cell.pct(11),
        cell.pct(6),
      ],
    };
    const f = targetPolarity.check(context([targetsTable({ years: BROMLEY_YEARS, rows: [row] })]));
    expect(f.map((x) => x.cell)).toEqual(['G3', 'H3']);
    expect(f[1].message).toContain(
      "2009/10 target of '11%' is above the 2008/09 actual of '6.3%', though lower is better",
    );
  });

  it('skips past a status to the latest figure, and judges bounds and bands by their lenient edge', () => {
    const row: RowSpec = {
      code: 'NI 64',
      title: 'Duration of child protection plans',
      values: [
        cell.pct(10.8),
        cell.status('not-yet-available', 'nya: July 2010', { year: 2010, month: 7 }),
        cell.bound('<', 10, 'percent', 'Maintain at <10%', true),
        cell.bound('<', 12, 'percent', '<12%'),
        cell.band(5, 11, 'percent', '5-11%'),
        cell.band(5, 10, 'percent', '5-10%'),
      ],
    };
    const f = targetPolarity.check(context([targetsTable({ years: OXFORDSHIRE_YEARS, rows: [row] })]));
    expect(f.map((x) => x.cell)).toEqual(['F3']);
    expect(f[0].message).toContain("2009/10 target of '<12%' is above the 2008/09 baseline of '10.8%'");
  });

  it('gives no finding for improving targets, band or unknown polarity, sub-indicators, signed or unlike units', () => {
    const rows: RowSpec[] = [
      bromley112,
      // NI 65 is a band indicator: 10-15% is the target whatever the last figure
      {
        code: 'NI 65',
        title: 'x',
        values: [
          cell.pct(13.3),
          cell.pct(16.3),
          cell.pct(11.35),
          cell.pct(11.7),
          cell.pct(14),
          cell.pct(14),
          cell.pct(14),
        ],
      },
      // NI 19's polarity is known but a local row without a definition is not
      {
        code: null,
        title: 'Local absences',
        values: [cell.pct(6), cell.pct(6), cell.pct(5), cell.pct(5), cell.pct(9), cell.pct(9), cell.pct(9)],
      },
      // sub-indicators can be measured the other way from their parent
      {
        code: 'NI 55b',
        title: 'percentage measured',
        values: [
          cell.pct(91.9),
          cell.pct(91.9),
          cell.pct(91.9),
          cell.pct(91.9),
          cell.pct(85),
          cell.pct(85),
          cell.pct(85),
        ],
      },
      // Bromley NI 111: -2% is a change, not a level
      {
        code: 'NI 111',
        title: 'First time entrants',
        values: [
          cell.bare(392),
          cell.bare(533),
          cell.bare(408),
          cell.status('not-applicable', 'N/A'),
          cell.signed(-2, 'percent', '-2%'),
          cell.signed(-2, 'percent', '-2%'),
          cell.signed(-2, 'percent', '-2%'),
        ],
      },
      // a rate beside a percentage cannot be compared
      {
        code: 'NI 99',
        title: 'x',
        values: [
          cell.empty(),
          cell.empty(),
          cell.empty(),
          cell.unit(71, 'per1000', '71 per 1000'),
          cell.empty(),
          cell.pct(40),
          cell.empty(),
        ],
      },
    ];
    expect(targetPolarity.check(context([targetsTable({ years: BROMLEY_YEARS, rows })]))).toEqual([]);
  });
});

describe('NI-TARGET-MISSING', () => {
  const row = (values: RowSpec['values']): RowSpec => ({
    code: 'NI 112',
    title: 'Under 18 conception rate',
    values,
  });

  it('warns about an empty target for a year still to come on a row with other targets', () => {
    const table = targetsTable({
      years: BROMLEY_YEARS,
      rows: [
        row([
          cell.empty(),
          cell.empty(),
          cell.empty(),
          cell.empty(),
          cell.pct(23.9),
          cell.pct(20.8),
          cell.empty(),
        ]),
      ],
    });
    // NI 112 is counted by calendar year: on 2009-06-01, 2009 is current and 2010 is to come
    const f = targetMissing.check(context([table], { asOf: '2009-06-01' }));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: 'NI-TARGET-MISSING', severity: 'warning', cell: 'I3' });
    expect(f[0].message).toBe(
      'NI 112 (Under 18 conception rate) has no 2010/11 target, though the row has targets for other years.',
    );
    expect(f[0].fix).toContain("'No target' / 'Not set'");
  });

  it('does not ask for targets for years that have begun or passed', () => {
    const table = targetsTable({
      years: BROMLEY_YEARS,
      rows: [
        row([
          cell.empty(),
          cell.empty(),
          cell.empty(),
          cell.empty(),
          cell.empty(),
          cell.pct(20.8),
          cell.empty(),
        ]),
      ],
    });
    expect(targetMissing.check(context([table], { asOf: '2026-11-22' }))).toEqual([]);
  });

  it('treats No target, Not set and ceased as deliberate, and rows with no targets at all as not targeted', () => {
    const rows: RowSpec[] = [
      // Bromley "Total absences in secondary schools": 6.26 then Not set, Not set
      {
        code: null,
        title: 'Total absences in secondary schools',
        values: [
          cell.pct(8.16),
          cell.pct(8.01),
          cell.pct(8.21),
          cell.pct(7.33),
          cell.bare(6.26),
          cell.status('not-set', 'Not set'),
          cell.status('not-set', 'Not set'),
        ],
      },
      // ceased in 2009/10, nothing after it is missing
      {
        code: null,
        title: 'Authorised absences',
        values: [
          cell.empty(),
          cell.empty(),
          cell.empty(),
          cell.empty(),
          cell.pct(5.6),
          cell.status('ceased', 'ceased'),
          cell.empty(),
        ],
      },
      // Bromley "Langley Park Boys School development on schedule": no targets at all
      {
        code: null,
        title: 'Langley Park Boys School development on schedule',
        values: [
          cell.status('new', 'New indicator'),
          cell.empty(),
          cell.empty(),
          cell.empty(),
          cell.empty(),
          cell.empty(),
          cell.empty(),
        ],
      },
    ];
    expect(
      targetMissing.check(context([targetsTable({ years: BROMLEY_YEARS, rows })], { asOf: '2009-06-01' })),
    ).toEqual([]);
  });
});

describe('NI-NYA-PASSED', () => {
  const row: RowSpec = {
    code: 'NI 19',
    title: 'Rate of proven re-offending by young offenders (NI 19)',
    values: [cell.bare(0.79), cell.status('not-yet-available', 'nya: July 2010', { year: 2010, month: 7 })],
  };
  const years = OXFORDSHIRE_YEARS.slice(0, 2);

  it('warns once July 2010 is over', () => {
    const f = nyaPassed.check(context([targetsTable({ years, rows: [row] })], { asOf: '2026-11-22' }));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: 'NI-NYA-PASSED', severity: 'warning', cell: 'D3' });
    expect(f[0].message).toBe(
      "'nya: July 2010' has passed: NI 19 (Rate of proven re-offending by young offenders), 2009/10 actual was expected by July 2010.",
    );
    expect(f[0].fix).toBe('Type the figure or a new date.');
  });

  it('is quiet until the month is over, and for nya without a date', () => {
    expect(nyaPassed.check(context([targetsTable({ years, rows: [row] })], { asOf: '2010-07-31' }))).toEqual(
      [],
    );
    const undated: RowSpec = {
      ...row,
      values: [cell.bare(15.6), cell.status('not-yet-available', 'Not yet available')],
    };
    expect(
      nyaPassed.check(context([targetsTable({ years, rows: [undated] })], { asOf: '2026-11-22' })),
    ).toEqual([]);
  });

  it('takes a year without a month as the end of that year', () => {
    const yearOnly: RowSpec = {
      ...row,
      values: [cell.bare(1), cell.status('not-yet-available', 'nya: 2011', { year: 2011 })],
    };
    expect(
      nyaPassed.check(context([targetsTable({ years, rows: [yearOnly] })], { asOf: '2011-12-31' })),
    ).toEqual([]);
    expect(
      nyaPassed.check(context([targetsTable({ years, rows: [yearOnly] })], { asOf: '2012-01-01' })),
    ).toHaveLength(1);
  });
});
