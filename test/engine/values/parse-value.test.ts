import fc from 'fast-check';
import { parseText, parseValue } from '../../../src/engine/values/parse-value';
import type { ParsedValue, ParseInput } from '../../../src/engine/values/types';
import { B, D, N, NYA, P, SG, ST, T, U, pc } from './helpers';

type Case = [ParseInput['value'], ParsedValue];

// Every token family listed for the parser, as officers type them.
const TYPED: Case[] = [
  ['7.00%', P(7)],
  ['0.79', N(0.79)],
  ['50.9', N(50.9)],
  ['8.4% (9.9%)', P(8.4, { comparator: pc(9.9) })],
  ['80.4% (76)', P(80.4, { comparator: pc(76) })],
  ['0.23 [101]', N(0.23, { count: 101 })],
  ['14pts', U(14, 'points')],
  ['16 points', U(16, 'points')],
  ['-4.4 ppts', SG(-4.4, 'ppts')],
  ['31.0 per 1000', U(31, 'per1000')],
  ['106.5 per 10,000', U(106.5, 'per10000')],
  ['1310 per 100,000', U(1310, 'per100000')],
  ['0 schools', U(0, 'schools')],
  ['18 months', U(18, 'months')],
  ['0 months', U(0, 'months')],
  ['86% ¹', P(86, { footnote: '¹' })],
  ['86%*', P(86, { footnote: '*' })],
  ['86% X', P(86, { footnote: 'X' })],
  ['86%²³', P(86, { footnote: '²³' })],
  ['nya: July 2010', NYA(2010, 7)],
  ['nya: June', { kind: 'status', status: 'not-yet-available', expectedMonth: 6 }],
  ['nya: Sept 2010', NYA(2010, 9)],
  ['Not yet available', ST('not-yet-available')],
  ['Not yet available (July 2010)', NYA(2010, 7)],
  ['awaiting data', ST('not-yet-available')],
  ['N/A', ST('not-applicable')],
  ['n/a', ST('not-applicable')],
  ['TBC', ST('to-be-confirmed')],
  ['No target', ST('no-target')],
  ['Not set', ST('not-set')],
  ['ceased', ST('ceased')],
  ['Ceased', ST('ceased')],
  ['New indicator', ST('new')],
  ['New', ST('new')],
  ['new', ST('new')],
  ['-2%', SG(-2, 'percent')],
  ['+8%', SG(8, 'percent')],
  ['+2', SG(2, null)],
  ['-7 [714.5]', SG(-7, null, { count: 714.5 })],
  ['<5%', B('<', 5)],
  ['<=5%', B('<=', 5)],
  ['≤5%', B('<=', 5)],
  ['>90%', B('>', 90)],
  ['≥ 90%', B('>=', 90)],
  ['Maintain at <10%', B('<', 10, true)],
  ['below 10%', B('<', 10)],
  // the operator after the figure: the figure itself allowed
  ['10 or less', B('<=', 10, false, null)],
  ['45% or more', B('>=', 45)],
  ['90% or above', B('>=', 90)],
  // approximate figures keep their figure
  ['c.45%', P(45, { qualifier: 'approximately' })],
  ['~45', N(45, { qualifier: 'approximately' })],
  ['approx. 12.5%', P(12.5, { qualifier: 'approximately' })],
  ['at least 90%', B('>=', 90)],
  ['10-15% (top band)', { kind: 'band', low: 10, high: 15, unit: 'percent', qualifier: 'top band' }],
  ['10–15%', { kind: 'band', low: 10, high: 15, unit: 'percent' }],
  ['10% to 15%', { kind: 'band', low: 10, high: 15, unit: 'percent' }],
  ['45 by 2014', D(45, null, 2014)],
  ['0 by 2012', D(0, null, 2012)],
  ['5.6% by 2011', D(5.6, 'percent', 2011)],
  [
    'English: 81% Maths: 75%',
    {
      kind: 'compound',
      parts: [
        { label: 'English', value: P(81) },
        { label: 'Maths', value: P(75) },
      ],
    },
  ],
  [
    '9.6% LAA: 11.0%',
    {
      kind: 'compound',
      parts: [
        { label: null, value: P(9.6) },
        { label: 'LAA', value: P(11) },
      ],
    },
  ],
  ['91% (07/08)', P(91, { qualifier: '07/08', periodYear: 2007 })],
  ['91% (2007/08)', P(91, { qualifier: '2007/08', periodYear: 2007 })],
  ["67% (prov'l)", P(67, { qualifier: "prov'l", provisional: true })],
  ['67% (prov’l)', P(67, { qualifier: "prov'l", provisional: true })],
  ["86.7% (prov'l)", P(86.7, { qualifier: "prov'l", provisional: true })],
  ['26 ppts (06/07)', U(26, 'ppts', { qualifier: '06/07', periodYear: 2006 })],
  ['Numbers too small', ST('too-small')],
  ['2 hrs for 95% 5-16s by 2011', T('2 hrs for 95% 5-16s by 2011')],
  ['#N/A', { kind: 'error', code: '#N/A' }],
  ['#DIV/0!', { kind: 'error', code: '#DIV/0!' }],
  ['#REF!', { kind: 'error', code: '#REF!' }],
  ['#VALUE!', { kind: 'error', code: '#VALUE!' }],
  ['#NAME?', { kind: 'error', code: '#NAME?' }],
  ['#NUM!', { kind: 'error', code: '#NUM!' }],
  ['#NULL!', { kind: 'error', code: '#NULL!' }],
  // a typo for 35.6%: kept unread in the qualifier, never a band or a comparator
  ['34.9% (35-6%)', P(34.9, { qualifier: '35-6%' })],
  ['35-6%', T('35-6%')],
  [true, T('TRUE')],
  [false, T('FALSE')],
  ['', { kind: 'empty' }],
  ['   ', { kind: 'empty' }],
  [null, { kind: 'empty' }],
  ['-', ST('no-data')],
  ['–', ST('no-data')],
  // the statistical releases' "not available", and the words for it
  ['..', ST('no-data')],
  ['Data not available', ST('no-data')],
  ['1,473', N(1473)],
  ['1,473.0', N(1473)],
  ['  7.3  ', N(7.3)],
  ['1 473', N(1473)],
  ['7.3\u00a0%', P(7.3)],
  ['*', ST('too-small')],
  ['Local Indicator', T('Local Indicator')],
  ['10:30', T('10:30')],
  ['Note: see the plan', T('Note: see the plan')],
  ['45 centres', U(45, 'count')],
  ['£45', T('£45')],
];

describe('parseValue on typed text', () => {
  it.each(TYPED)('%p', (value, expected) => {
    expect(parseValue({ value })).toEqual(expected);
  });
});

describe('parseValue on numeric cells with their number format', () => {
  const cases: [number, string | undefined, ParsedValue][] = [
    [0.073, '0.0%', P(7.3)],
    [0.073, '0.00%', P(7.3)],
    [0.08, '0%', P(8)],
    [1, '0%', P(100)],
    [-0.02, '0%', SG(-2, 'percent')],
    [0.08, '+0%;-0%', SG(8, 'percent')],
    [50.9, undefined, N(50.9)],
    [50.9, 'General', N(50.9)],
    [1473, '#,##0', N(1473)],
    [-4.4, '0.0', SG(-4.4, null)],
    [16, '0" points"', U(16, 'points')],
    [-4.4, '0.0" ppts"', SG(-4.4, 'ppts')],
    [18, '0 "months"', U(18, 'months')],
    [40179, 'd-mmm-yy', T('2010-01-01')],
    [40360, 'dd/mm/yyyy', T('2010-07-01')],
    [40360, 'mmmm yyyy', T('2010-07-01')],
    [40360, '[$-809]dd mmmm yyyy', T('2010-07-01')],
    [40360.5, 'dd/mm/yyyy hh:mm', T('2010-07-01T12:00')],
    [1, 'dd/mm/yyyy', T('1900-01-01')],
    [59, 'dd/mm/yyyy', T('1900-02-28')],
    [60, 'dd/mm/yyyy', T('1900-02-29')],
    [61, 'dd/mm/yyyy', T('1900-03-01')],
    [0.5, 'h:mm', T('12:00')],
    [-1, 'dd/mm/yyyy', T('-1')],
    [NaN, undefined, T('NaN')],
    [Infinity, '0%', T('Infinity')],
    [1e308, '0%', T('1e+308')],
    [1.5, '0.00E+00', N(1.5)],
    [0.5, '[Red]0.0%', P(50)],
  ];
  it.each(cases)('%p formatted %p', (value, format, expected) => {
    expect(parseValue({ value, format })).toEqual(expected);
  });
});

const FOOTNOTES = ['¹', '²', '³', '*', '†', '‡', ' X', ' a', ' ¹', '¹²'];
const MONTHS: [string, number][] = [
  ['January', 1],
  ['Feb', 2],
  ['March', 3],
  ['April', 4],
  ['May', 5],
  ['June', 6],
  ['July', 7],
  ['Aug', 8],
  ['Sept', 9],
  ['Sep', 9],
  ['October', 10],
  ['Nov', 11],
  ['Dec', 12],
];

// numbers an officer could type: up to 4 decimals, sign optional
const typedNumber = fc
  .integer({ min: -10_000_000, max: 10_000_000 })
  .chain((n) => fc.constantFrom(0, 1, 2, 4).map((places) => n / 10 ** places));

describe('parseValue properties', () => {
  // Checked on parseText, which has no catch-all, so a throw inside the parser shows up here.
  const wellFormed = (parsed: ParsedValue): void => {
    switch (parsed.kind) {
      case 'number':
      case 'bound':
      case 'dated':
        expect(Number.isFinite(parsed.value)).toBe(true);
        break;
      case 'band':
        expect(parsed.low).toBeLessThanOrEqual(parsed.high);
        break;
      case 'compound':
        parsed.parts.forEach((p) => wellFormed(p.value));
        break;
      case 'text':
        expect(typeof parsed.text).toBe('string');
        break;
      default:
        break;
    }
  };

  it('reads any string without throwing, into a well-formed value', () => {
    const text = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }));
    fc.assert(
      fc.property(text, (t) => wellFormed(parseText(t))),
      { numRuns: 3000 },
    );
  });

  it('reads any string built from the parser’s own vocabulary without throwing', () => {
    const piece = fc.constantFrom(
      '7.3',
      '%',
      ' ',
      '(',
      ')',
      '[',
      ']',
      '-',
      '+',
      '<',
      '<=',
      'by',
      '2014',
      ':',
      'English',
      'nya',
      'ppts',
      'per 1000',
      ',',
      '.',
      '¹',
      '*',
      'X',
      'to',
      'Maintain at',
      '#N/A',
      'July',
      "prov'l",
      '07/08',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.constantFrom('', ' '), (pieces, sep) => {
        wellFormed(parseText(pieces.join(sep)));
      }),
      { numRuns: 3000 },
    );
  });

  it('never throws for any value and format', () => {
    const value = fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null));
    const format = fc.option(
      fc.oneof(
        fc.string(),
        fc.constantFrom('0.0%', 'General', 'd-mmm-yy', '"pts"0', '[h]:mm', '@', 'mmmm yyyy'),
      ),
      { nil: undefined },
    );
    fc.assert(
      fc.property(value, format, (v, f) => wellFormed(parseValue({ value: v, format: f }))),
      { numRuns: 3000 },
    );
  });

  it('reads any finite number formatted "0.0%" as that number times 100 percent', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        const parsed = parseValue({ value: n, format: '0.0%' });
        if (!Number.isFinite(n * 100)) {
          expect(parsed.kind).toBe('text');
          return;
        }
        expect(parsed.kind).toBe('number');
        if (parsed.kind !== 'number') return;
        expect(parsed.unit).toBe('percent');
        expect(Math.abs(parsed.value - n * 100)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(n * 100)));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads "x%" typed as text back as x percent', () => {
    fc.assert(
      fc.property(typedNumber, (n) => {
        const parsed = parseValue({ value: `${n}%` });
        expect(parsed).toMatchObject({ kind: 'number', value: n, unit: 'percent', signed: n < 0 });
      }),
    );
  });

  it('reads "nya: <Month> <Year>" with its month and year', () => {
    fc.assert(
      fc.property(fc.constantFrom(...MONTHS), fc.integer({ min: 1990, max: 2099 }), ([name, month], year) => {
        expect(parseValue({ value: `nya: ${name} ${year}` })).toEqual(NYA(year, month));
      }),
    );
  });

  it('keeps a number’s value when a footnote marker follows it', () => {
    fc.assert(
      fc.property(typedNumber, fc.boolean(), fc.constantFrom(...FOOTNOTES), (n, percent, mark) => {
        const typed = `${n}${percent ? '%' : ''}${mark}`;
        expect(parseValue({ value: typed })).toMatchObject({
          kind: 'number',
          value: n,
          unit: percent ? 'percent' : null,
          footnote: mark.trim(),
        });
      }),
    );
  });
});
