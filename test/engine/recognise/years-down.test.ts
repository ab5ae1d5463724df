/**
 * An indicator's profile sheet with its years down the rows ("Year | Target | Actual") is not a layout
 * recognition reads; before, it was passed over in silence ("No tables were found").
 */
import { run, sheet, targets } from './helpers';

describe('years running down the rows', () => {
  it('is told once, where it is and how to turn it into a table that is read', () => {
    const { tables, notes } = run([
      sheet('NI 112', [
        ['Indicator', 'NI 112 Under 18 conception rate'],
        ['Polarity', 'Lower is better'],
        [],
        ['Year', 'Target', 'Actual'],
        ['2008/09', 40, 41.2],
        ['2009/10', 38, 37],
        ['2010/11', 36, null],
      ]),
    ]);
    expect(targets(tables)).toEqual([]);
    expect(notes).toEqual([
      {
        sheet: 'NI 112',
        cell: 'A4',
        severity: 'warning',
        message:
          "The figures at A4:C7 run down the rows by year, with 'Target', 'Actual' across: NI Targets reads the " +
          'years across the columns, one row per indicator, so these were not read. Turn them to run across ' +
          "(Copy, then Paste Special > Transpose) beside the indicator's code and title.",
      },
    ]);
  });

  it('says nothing of a table with its uses under the years, which is read', () => {
    const { tables, notes } = run([
      sheet(
        'Targets',
        [
          ['NI', 'Indicator', '2008/09', null, '2009/10', null],
          [null, null, 'Target', 'Actual', 'Target', 'Actual'],
          ['NI 112', 'Under 18 conception rate', 40, 41.2, 38, 37],
          ['NI 117', '16 to 18 year olds who are NEET', '6%', '6.4%', '5.5%', '5.1%'],
        ],
        { merges: ['C1:D1', 'E1:F1'] },
      ),
    ]);
    expect(targets(tables)).toHaveLength(1);
    expect(notes.filter((n) => n.severity === 'warning')).toEqual([]);
  });
});
