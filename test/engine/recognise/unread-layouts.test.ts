/**
 * Layouts recognition does not read, each told plainly with how to lay it out so it is read: an
 * indicator's profile sheet with its years down the rows ("Year | Target | Actual"), passed over in
 * silence before ("No tables were found"); and a row per use under each indicator ("Target", then
 * "Actual"), which before got only the general warnings that no column was a target and rows were left out.
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

describe('a row per use under each indicator', () => {
  it('is told once for the table, naming the column of uses', () => {
    const { notes } = run([
      sheet(
        'Targets',
        [
          ['Ref', 'Indicator', 'Measure', '2008/09', '2009/10', '2010/11'],
          ['NI 112', 'Under 18 conception rate', 'Target', 40, 38, 36],
          [null, null, 'Actual', 41.2, 37, null],
          ['NI 117', '16 to 18 year olds who are NEET', 'Target', '6%', '5.5%', '5%'],
          [null, null, 'Actual', '6.4%', '5.1%', null],
        ],
        { merges: ['A2:A3', 'B2:B3', 'A4:A5', 'B4:B5'] },
      ),
    ]);
    expect(notes.filter((n) => n.message.includes('row per use'))).toEqual([
      {
        sheet: 'Targets',
        cell: 'C2',
        severity: 'warning',
        message:
          "Each indicator in the table at A1 takes a row per use, named in column C ('Target', 'Actual'): NI " +
          "Targets reads one row per indicator, with each year's use in its header, so these figures were not " +
          "read as meant. Give each use its own columns ('2009/10 Target', '2009/10 Actual') on the indicator's row.",
      },
    ]);
  });
});
