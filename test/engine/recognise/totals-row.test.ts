/**
 * An officer's "Total" row under the indicators sums the figures; it is no indicator. Before, it was
 * read as a local indicator titled "Total" (rated, reported in Table A, flagged as undefined).
 */
import { rowKey, run, sheet, targets } from './helpers';

const header = ['NI', 'Indicator', '2008/09 Actual', '2009/10 Target', '2010/11 Target'];

describe('a totals row under the table', () => {
  it.each(['Total', 'Grand total', 'Sub-total', 'TOTALS', 'Overall'])(
    'reads "%s" as a totals row, tells the officer, and keeps the indicators',
    (word) => {
      const { tables, notes } = run([
        sheet('Targets', [
          header,
          ['NI 47', 'People killed or seriously injured in road traffic accidents', 120, 110, 100],
          ['NI 48', 'Children killed or seriously injured in road traffic accidents', 14, 12, 10],
          ['', word, 134, 122, 110],
        ]),
      ]);
      const [t] = targets(tables);
      expect(rowKey(t).map((r) => r[1])).toEqual(['NI 47', 'NI 48']);
      expect(notes).toContainEqual(
        expect.objectContaining({
          cell: 'B4',
          message: `Row 4 ('${word}') was read as a totals row, not an indicator.`,
        }),
      );
    },
  );

  it('keeps a local indicator whose title starts with "Total" an indicator', () => {
    const { tables } = run([
      sheet('Targets', [header, ['Local', 'Total absence in primary schools', '5.1%', '5%', '4.9%']]),
    ]);
    expect(targets(tables)[0].rows.map((r) => r.title)).toEqual(['Total absence in primary schools']);
  });
});
