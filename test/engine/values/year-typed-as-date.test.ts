import { yearTypedAsDate } from '../../../src/engine/values/year-typed-as-date';

// serials as a UK Excel stores what was typed
const OCT_2009 = 40087; // "2009/10" -> 1 October 2009
const SEP_2008 = 39692; // "2008/09" -> 1 September 2008
const DEC_2011 = 40878; // "2011/12" -> 1 December 2011
const OCT_9_2010 = 40460; // "09/10" typed in 2010 -> 9 October 2010

describe('year labels Excel turned into dates', () => {
  it('reads "2009/10" typed as year/month (Oct-09) back as the year', () => {
    expect(yearTypedAsDate(OCT_2009, 'mmm\\-yy')).toBe('2009/10');
    expect(yearTypedAsDate(SEP_2008, 'mmm-yy')).toBe('2008/09');
    expect(yearTypedAsDate(DEC_2011, 'mmmm yyyy')).toBe('2011/12');
  });

  it('reads "09/10" typed as day/month (09-Oct) back as the year, whatever year it was typed in', () => {
    expect(yearTypedAsDate(OCT_9_2010, 'dd\\-mmm')).toBe('2009/10');
    expect(yearTypedAsDate(OCT_9_2010 - 365, 'd-mmm')).toBe('2009/10');
  });

  it('leaves every other date a date: other days, other months, formats showing the whole date', () => {
    expect(yearTypedAsDate(OCT_2009 + 1, 'mmm-yy')).toBeNull(); // 2 October
    expect(yearTypedAsDate(OCT_2009 + 31, 'mmm-yy')).toBeNull(); // 1 November 2009 is no year label
    expect(yearTypedAsDate(OCT_2009, 'dd/mm/yyyy')).toBeNull(); // a deadline typed as a full date
    expect(yearTypedAsDate(OCT_9_2010 + 1, 'dd-mmm')).toBeNull(); // 10 October: 10/10 is no year
    expect(yearTypedAsDate(OCT_2009, 'General')).toBeNull();
    expect(yearTypedAsDate(OCT_2009, '0.0%')).toBeNull();
    expect(yearTypedAsDate(OCT_2009 + 0.5, 'mmm-yy h:mm')).toBeNull();
  });
});
