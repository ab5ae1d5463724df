/**
 * A baseline column with no year ("Baseline", "Baseline or current performance",
 * "Current performance") is earlier than every target: a baseline is where the
 * targets start from. Recognition hands it on as a column with the role 'baseline'
 * and no year (build.ts, yearlessBaselineColumn); the rules judge targets against it.
 */
import { targetPolarity } from '../../../src/engine/validate/rules/target-polarity';
import { valueUnreadable } from '../../../src/engine/validate/rules/value-unreadable';
import { builtInCatalogue } from '../../../src/engine/catalogue/catalogue';
import { cell, context, targetsTable, type RowSpec, type YearSpec } from './build';

const catalogue = builtInCatalogue();
const TARGETS: YearSpec[] = [
  ['2009/10', 'target'],
  ['2010/11', 'target'],
];
const NI_48 = 'Children killed or seriously injured in road traffic accidents';

function table(header: string, rows: RowSpec[], years: YearSpec[] = TARGETS) {
  return context([targetsTable({ sheet: 'LAA', baseline: header, years, rows })], { catalogue });
}

describe('NI-TARGET-POLARITY against a baseline with no year', () => {
  it.each(['Baseline or current performance', 'Baseline', 'Current performance'])(
    "warns at an NI 48 target of 16 above a baseline of 9 headed '%s'",
    (header) => {
      const f = targetPolarity.check(
        table(header, [
          { code: 'NI 48', title: NI_48, baseline: cell.bare(9), values: [cell.bare(16), cell.bare(8)] },
        ]),
      );
      expect(f.map((x) => [x.rule, x.severity, x.sheet, x.cell])).toEqual([
        ['NI-TARGET-POLARITY', 'warning', 'LAA', 'D3'],
      ]);
      const named = header === 'Baseline' ? 'baseline' : `baseline ('${header}')`;
      expect(f[0].message).toBe(
        `NI 48 (${NI_48}): the 2009/10 target of '16' is above the ${named} of '9', though lower is better.`,
      );
    },
  );

  it('judges every target against it, in the indicator’s direction', () => {
    const f = targetPolarity.check(
      table('Baseline or current performance', [
        // higher is better: a target below the baseline
        {
          code: 'NI 117',
          title: '16 to 18 year olds who are not in education, employment or training (NEET)',
          baseline: cell.pct(7.1),
          values: [cell.pct(6.5), cell.pct(7.4)],
        },
        {
          code: 'NI 59',
          title: 'Initial assessments carried out within 7 working days of referral',
          baseline: cell.pct(72),
          values: [cell.pct(75), cell.pct(70)],
        },
      ]),
    );
    expect(f.map((x) => x.cell)).toEqual(['E3', 'E4']);
    expect(f[1].message).toContain("the 2010/11 target of '70%' is below the baseline");
  });

  it('prefers a dated actual before the target to the yearless baseline', () => {
    const years: YearSpec[] = [['2008/09', 'actual'], ...TARGETS];
    const f = targetPolarity.check(
      table(
        'Baseline',
        [
          {
            code: 'NI 48',
            title: NI_48,
            baseline: cell.bare(30),
            values: [cell.bare(12), cell.bare(16), cell.bare(8)],
          },
        ],
        years,
      ),
    );
    // 16 is above the 2008/09 actual of 12 (below the baseline of 30): judged against the actual
    expect(f.map((x) => [x.cell, x.message.includes("2008/09 actual of '12'")])).toEqual([['E3', true]]);
  });

  it('leaves alone baselines that are statuses, changes or in another unit', () => {
    const f = targetPolarity.check(
      table('Baseline', [
        {
          code: 'NI 48',
          title: NI_48,
          baseline: cell.status('new', 'New'),
          values: [cell.bare(16), cell.bare(8)],
        },
        {
          code: 'NI 48',
          title: NI_48,
          baseline: cell.signed(-2, 'percent', '-2%'),
          values: [cell.bare(16), cell.bare(8)],
        },
        {
          code: 'NI 117',
          title: '16 to 18 year olds who are not in education, employment or training (NEET)',
          baseline: cell.unit(310, 'count', '310 young people'),
          values: [cell.pct(6.5), cell.pct(6)],
        },
      ]),
    );
    expect(f).toEqual([]);
  });
});

describe('NI-VALUE-UNREADABLE in a baseline with no year', () => {
  it('reports prose typed as the baseline, naming it the baseline', () => {
    const f = valueUnreadable.check(
      table('Baseline or current performance', [
        {
          code: 'NI 48',
          title: NI_48,
          baseline: cell.text('about ten'),
          values: [cell.bare(9), cell.bare(8)],
        },
      ]),
    );
    expect(f.map((x) => [x.cell, x.message])).toEqual([
      ['C3', `Cannot read 'about ten' as a value (NI 48 (${NI_48}), baseline).`],
    ]);
  });
});
