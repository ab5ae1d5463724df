import { parseExpectedDate } from '../../../src/engine/values/parse-value';
import { monthNumber } from '../../../src/engine/values/months';

describe('parseExpectedDate', () => {
  it.each([
    ['July 2010', { year: 2010, month: 7 }],
    ['Sept 2010', { year: 2010, month: 9 }],
    ['Sept. 2010', { year: 2010, month: 9 }],
    ['Dec 2010', { year: 2010, month: 12 }],
    ['April 2011', { year: 2011, month: 4 }],
    ['august 2012', { year: 2012, month: 8 }],
    ['Jul-10', { year: 2010, month: 7 }],
    ['end of June 2010', { year: 2010, month: 6 }],
    ['07/2010', { year: 2010, month: 7 }],
    ['2011', { year: 2011 }],
  ])('%s', (text, expected) => {
    expect(parseExpectedDate(text)).toEqual(expected);
  });

  it('gives a month without a year only when the caller supplies the year', () => {
    expect(parseExpectedDate('June')).toBeNull();
    expect(parseExpectedDate('June', 2010)).toEqual({ year: 2010, month: 6 });
    expect(parseExpectedDate('Sept 2011', 2010)).toEqual({ year: 2011, month: 9 });
  });

  it.each(['', 'soon', 'Junk 2010', '13/2010', 'July 1850', 'awaiting target inf from PCT'])(
    'does not read %p as a date',
    (text) => {
      expect(parseExpectedDate(text)).toBeNull();
    },
  );
});

describe('monthNumber: one reading of month words for figures and deadlines', () => {
  it.each([
    ['Sept', 9],
    ['sep', 9],
    ['September', 9],
    ['Septem', 9],
    ['Dec.', 12],
    ['JUNE', 6],
    ['Jul', 7],
    ['may', 5],
  ])('%s is month %d', (word, month) => {
    expect(monthNumber(word)).toBe(month);
  });

  it.each(['Ma', 'Ju', 'Mayday', 'Summer', 'Q2', ''])('%s is not a month', (word) => {
    expect(monthNumber(word)).toBeUndefined();
  });
});
