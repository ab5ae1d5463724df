/**
 * A RAG column beside a target under that year's header merged over both ("2009/10 Target" over
 * "37 | G"): the officer's own status column. Before, it was a second 2009/10 target column whose
 * "G" could not be read, and the year came twice.
 */
import { run, sheet, targets, yearKey } from './helpers';

const header = ['NI', 'Indicator', '2008/09 Actual', '2009/10 Target', null, '2010/11 Target'];

describe('a RAG column under a target year merged over it', () => {
  it.each([
    ['G', 'R'],
    ['Green', 'Amber'],
    ['On track', 'Met'],
  ])('reads "%s", "%s" as the officer\'s status column', (a, b) => {
    const { tables } = run([
      sheet(
        'Targets',
        [
          header,
          ['NI 112', 'Under 18 conception rate', 41.2, 37, a, 36],
          ['NI 117', '16 to 18 year olds who are NEET', '6.4%', '5.1%', b, '5%'],
        ],
        { merges: ['D1:E1'] },
      ),
    ]);
    const [t] = targets(tables);
    expect(yearKey(t)).toEqual(['C:actual:2008/09', 'D:target:2009/10', 'F:target:2010/11']);
    expect(t.columns.find((c) => c.col === 4)?.role).toBe('status');
    expect(t.rows[0].values.map((v) => v.cell)).toEqual(['C2', 'D2', 'F2']);
  });

  it('keeps a second column of figures under the merge a year column', () => {
    const { tables } = run([
      sheet('Targets', [header, ['NI 112', 'Under 18 conception rate', 41.2, 37, 36.5, 36]], {
        merges: ['D1:E1'],
      }),
    ]);
    expect(yearKey(targets(tables)[0])).toEqual([
      'C:actual:2008/09',
      'D:target:2009/10',
      'E:target:2009/10',
      'F:target:2010/11',
    ]);
  });
});
