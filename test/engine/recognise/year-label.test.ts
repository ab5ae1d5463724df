/**
 * Year headers as officers write them beyond 2008/09: the months a year spans, and a unit in brackets
 * after the label. Each reads as the same year and use as the plain form.
 */
import { parseYearLabel } from '../../../src/engine/recognise/year-label';

const read = (t: string) => {
  const l = parseYearLabel(t);
  return l && { year: l.year, role: l.role, calendar: l.calendar };
};

describe('year labels', () => {
  it.each([
    ['Apr 09 - Mar 10', 2009, null],
    ['April 2009 - March 2010', 2009, null],
    ['Sep 08 - Aug 09 Actual', 2008, 'actual'],
    ['LAA Target Apr 10 - Mar 11', 2010, 'target'],
    ['Outturn Apr 07 to Mar 08', 2007, 'actual'],
    ['FY09/10 Target', 2009, 'target'],
  ])('reads the span "%s" as the year it starts', (text, year, role) => {
    expect(read(text)).toEqual({ year, role, calendar: false });
  });

  it('reads a span inside one year as that calendar year', () => {
    expect(read('Jan 09 - Dec 09 Actual')).toEqual({ year: 2009, role: 'actual', calendar: true });
  });

  it.each([
    ['2009/10 Actual (%)', 2009, 'actual'],
    ['Target 2010/11 (per 1,000)', 2010, 'target'],
    ['Baseline 2008/09 (rate per 10,000)', 2008, 'baseline'],
    ['2009/10 (No.)', 2009, null],
    ['2009/10 Actual\n(days)', 2009, 'actual'],
  ])('reads "%s" with its unit as the label without it', (text, year, role) => {
    expect(read(text)).toEqual({ year, role, calendar: false });
  });

  it('still takes values for values, not headers', () => {
    for (const v of [
      'nya: July 2010',
      '45 by 2014',
      '31.0 per 1000',
      'Apr 09 - Mar 11 (two years)',
      'May 2010 onwards',
    ])
      expect(parseYearLabel(v)).toBeNull();
    // two years apart is no one year: read, but flagged
    expect(parseYearLabel('Apr 09 - Mar 11')).toMatchObject({ unreadable: true });
  });
});

describe('year labels abbreviated, or saying how settled the figure is', () => {
  it.each([
    ['Tgt 2009/10', 2009, 'target'],
    ['2010/11 Trgt', 2010, 'target'],
    ['2008/09 Act', 2008, 'actual'],
    ['Act 08/09', 2008, 'actual'],
    ['Target 2010/11 (revised)', 2010, 'target'],
    ['2009/10 agreed target', 2009, 'target'],
    ['Proposed target 2011/12', 2011, 'target'],
  ])('reads "%s" as the year and use it names', (text, year, role) => {
    expect(read(text)).toEqual({ year, role, calendar: false });
  });

  it.each([
    'Target for 2010/11 revised to 12%',
    'Target 2010/11 agreed at 45',
    '45 by 2014',
    'Act 2004 duties 3',
  ])('reads "%s", which holds another figure, as no header', (text) => {
    expect(parseYearLabel(text)).toBeNull();
  });
});
