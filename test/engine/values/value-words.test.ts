import { describeValue } from '../../../src/engine/values/value-words';
import { parseValue } from '../../../src/engine/values/parse-value';

const described = (value: string | number | null, format?: string): string =>
  describeValue(parseValue({ value, format }));

describe('describeValue', () => {
  it.each([
    ['7.3%', '7.3%'],
    ['<5%', '<5%'],
    ['<=5%', '≤5%'],
    ['Maintain at <10%', 'Maintain at <10%'],
    ['10-15%', '10–15%'],
    ['10-15% (top band)', '10–15% (top band)'],
    ['nya: July 2010', 'Not yet available (July 2010)'],
    ['nya: June', 'Not yet available (June)'],
    ['45 by 2014', '45 by 2014'],
    ['31.0 per 1000', '31.0 per 1,000'],
    ['+8%', '+8%'],
    ['-2%', '-2%'],
    ['-4.4 ppts', '-4.4 ppts'],
    ['16 points', '16 points'],
    ['8.4% (9.9%)', '8.4% (9.9%)'],
    ['80.4% (76)', '80.4% (76%)'],
    ['0.23 [101]', '0.23 [101]'],
    ['34.9% (35-6%)', '34.9% (35-6%)'],
    ["67% (prov'l)", "67% (prov'l)"],
    ['English: 81% Maths: 75%', 'English: 81%; Maths: 75%'],
    ['9.6% LAA: 11.0%', '9.6%; LAA: 11%'],
    ['1473', '1,473'],
    ['No target', 'No target'],
    ['N/A', 'N/A'],
    ['TBC', 'TBC'],
    ['New indicator', 'New'],
    ['Numbers too small', 'Numbers too small'],
    ['#DIV/0!', '#DIV/0!'],
    ['2 hrs for 95% 5-16s', '2 hrs for 95% 5-16s'],
    ['', '(blank)'],
  ])('%p reads as %p', (typed, expected) => {
    expect(described(typed)).toBe(expected);
  });

  it('shows a percent-formatted fraction as the percentage the officer sees', () => {
    expect(described(0.073, '0.0%')).toBe('7.3%');
  });
});
