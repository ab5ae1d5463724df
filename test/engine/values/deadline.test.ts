import { readDeadline } from '../../../src/engine/values/deadline';

describe('readDeadline', () => {
  it.each<[string | number, string, string, string]>([
    // as typed, number format, date, precision
    ['April 2010', 'General', '2010-04-30', 'month'],
    ['August 2009', 'General', '2009-08-31', 'month'],
    ['Sept 2009', 'General', '2009-09-30', 'month'],
    ['Mar-11', 'General', '2011-03-31', 'month'],
    ['Summer 2011', 'General', '2011-08-31', 'season'],
    ['Winter 2010', 'General', '2011-02-28', 'season'],
    ['Autumn term 2009', 'General', '2009-12-31', 'term'],
    ['Spring 2010/11', 'General', '2011-05-31', 'season'],
    ['2010/11', 'General', '2011-03-31', 'year'],
    ['2010-2011', 'General', '2011-03-31', 'year'],
    ['Ac Yr 2010/11', 'General', '2011-08-31', 'year'],
    ['Q1 2010/11', 'General', '2010-06-30', 'quarter'],
    ['Q4 2010/11', 'General', '2011-03-31', 'quarter'],
    ['Q1 2010', 'General', '2010-03-31', 'quarter'],
    ['2011', 'General', '2011-12-31', 'year'],
    ['31/03/2011', 'General', '2011-03-31', 'day'],
    ['1st April 2011', 'General', '2011-04-01', 'day'],
    ['2011-02-28T00:00:00', 'General', '2011-02-28', 'day'],
    ['by end of March 2011', 'General', '2011-03-31', 'month'],
    ['September 2009 - July 2010', 'General', '2010-07-31', 'month'],
    // an Excel date: 40268 is 31 March 2010
    [40268, 'dd/mm/yyyy', '2010-03-31', 'day'],
    [40268, 'd-mmm-yy', '2010-03-31', 'day'],
    [2011, 'General', '2011-12-31', 'year'],
  ])('reads %p (%s) as %s', (raw, format, date, precision) => {
    expect(readDeadline(raw, format)).toEqual({ kind: 'date', date, precision, text: String(raw) });
  });

  it.each(['Ongoing', 'on-going', '2010 onwards', 'Continuous'])('reads %p as ongoing', (raw) => {
    expect(readDeadline(raw, 'General')).toEqual({ kind: 'ongoing', text: raw });
  });

  it.each(["6 m'thly", 'Quarterly', 'monthly', 'Every term'])('reads %p as recurring', (raw) => {
    expect(readDeadline(raw, 'General')).toEqual({ kind: 'recurring', text: raw });
  });

  it.each<[string | number | null, string]>([
    ['TBC', 'General'],
    ['When funding allows', 'General'],
    ['29/02/2011', 'General'],
    ['2010/12', 'General'],
    [40268, 'General'],
    [0.5, '0%'],
    [null, 'General'],
  ])('cannot read %p', (raw, format) => {
    expect(readDeadline(raw, format).kind).toBe('unreadable');
  });
});
