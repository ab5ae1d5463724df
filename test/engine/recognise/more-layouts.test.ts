/**
 * Layouts the generated corpus's newer families found misread, each laid out as an officer would:
 * years written as the months they span, units after the year labels, and codes in the titles beside
 * a column of priority numbers.
 */
import { rowKey, run, sheet, targets, yearKey } from './helpers';

describe('years written as the months they span', () => {
  const { tables } = run([
    sheet('LAA', [
      ['LAA indicators 2009-10'],
      [
        'Code',
        'Description',
        'Apr 07 - Mar 08 Actual',
        'Apr 08 - Mar 09 Actual',
        'LAA Target Apr 09 - Mar 10',
      ],
      ['NI-108', 'Key Stage 4 attainment for BME groups', 0.704, 0.713, 0.755],
      ['NI.105', 'The SEN / non-SEN gap', 14.2, 14.7, 14.2],
    ]),
  ]);

  it('finds the table and reads each span as its financial year, with the use it names', () => {
    const [t] = targets(tables);
    expect(rowKey(t)).toEqual([
      [3, 'NI 108', null],
      [4, 'NI 105', null],
    ]);
    expect(yearKey(t).map((k) => k.replace(/^[A-Z]+:/, ''))).toEqual([
      'actual:2007/08',
      'actual:2008/09',
      'target:2009/10',
    ]);
  });
});

describe('a unit after each year label', () => {
  const { tables } = run([
    sheet('Scorecard', [
      ['NI', 'Indicator', 'Baseline 2008/09 (per 1,000)', '2009/10 Actual (%)', 'Target 2010/11 (%)'],
      ['NI 111', 'First time entrants to the Youth Justice System', 25.1, 23.4, 22],
      ['NI 117', '16 to 18 year olds who are NEET', 7.3, 6.9, 6.5],
    ]),
  ]);

  it('reads the year columns as it would without the unit', () => {
    const [t] = targets(tables);
    expect(t.rows).toHaveLength(2);
    expect(yearKey(t).map((k) => k.replace(/^[A-Z]+:/, ''))).toEqual([
      'baseline:2008/09',
      'actual:2009/10',
      'target:2010/11',
    ]);
  });
});

describe('priority numbers beside titles that carry their codes', () => {
  const { tables } = run([
    sheet('Sheet1', [
      ['Priority No.', 'Indicator title', 'Baseline 2007/08', 'Actual 2008/09', '2009/10 Target'],
      [1, 'NI-048 Children killed or seriously injured in road traffic accidents', 672, 636, 568],
      [1, 'NI-050 Emotional health of children', 0.512, 0.536, 0.605],
      [1, 'NI196 Improved street and environmental cleanliness', 14.7, 16, 15.1],
      [2, 'NI105 The SEN / non-SEN gap', 35.4, 34.2, 29.7],
      [2, 'NI-171 New business registration rate', 141.7, 145, 197.1],
      [3, 'NI-076 Reduction in number of schools', 0.104, 0.093, 0.084],
    ]),
  ]);

  it('takes each code from its title, not the priority number', () => {
    const [t] = targets(tables);
    expect(t.rows.map((r) => r.code)).toEqual(['NI 48', 'NI 50', 'NI 196', 'NI 105', 'NI 171', 'NI 76']);
  });
});
