/**
 * A "2009/10" typed alone into a UK Excel cell becomes the date 1 October 2009 (Oct-09); a header
 * row of them is read as the years they were typed as (the corpus's year-labels family writes them
 * too). Dates in any other row stay dates.
 */
import { plans, rowKey, run, sheet, targets, yearKey } from './helpers';

describe('year headers Excel turned into dates as they were typed', () => {
  const date = (v: number, fmt = 'mmm\\-yy') => ({ v, fmt });
  it('reads "2009/10" stored as Oct-09 under an Actual / Target band as the year it was typed as', () => {
    const { tables } = run([
      sheet(
        'Targets',
        [
          ['NI', 'Indicator', 'Actual', null, 'Target', null],
          [null, null, date(39692), date(40087), date(40483), '2012/13'],
          ['NI 112', 'Under 18 conception rate', 41.2, 37, 36, 34],
          ['NI 117', '16 to 18 year olds who are NEET', '6.4%', '5.1%', '5%', '4.8%'],
        ],
        { merges: ['C1:D1', 'E1:F1'] },
      ),
    ]);
    const [t] = targets(tables);
    expect(yearKey(t)).toEqual([
      'C:actual:2008/09',
      'D:actual:2009/10',
      'E:target:2010/11',
      'F:target:2012/13',
    ]);
    expect(rowKey(t).map((r) => r[1])).toEqual(['NI 112', 'NI 117']);
  });

  it("keeps an action plan's Sep-08 and Oct-09 deadlines dates: the row holds a task, so it is no header", () => {
    const { tables } = run([
      sheet('Plan', [
        ['Action', 'Lead', 'Start', 'Deadline', 'Status'],
        ['Open two new youth centres', 'Youth service', date(39692), date(40087), 'In progress'],
        ['Publish the play strategy', 'Play team', date(39692), date(40087), 'Not started'],
      ]),
    ]);
    expect(targets(tables)).toHaveLength(0);
    const [p] = plans(tables);
    expect(p.tasks.map((x) => x.deadline?.raw)).toEqual([40087, 40087]);
  });
});
