/**
 * NI-TITLE-MISMATCH wherever recognition finds the title: in a measure column after
 * reference numbers, in the one column with the code inside it (at the start, the
 * end, in brackets), beside a bare code column; and for short titles officers type
 * ("Year 6 obesity", "Teenage pregnancy"), which a count of words used to drop.
 */
import type { CellSpec } from '../../fixtures/spec';
import { check } from './officer-sheets';

const NI_56 = 'NI 56 (Obesity among primary school age children in Year 6)';
const NI_112 = 'NI 112 (Under 18 conception rate)';

/** A scorecard: reference numbers, code, measure, years, an empty RAG column, the delivery board. */
function scorecard(code: CellSpec, title: string): CellSpec[][] {
  return [
    ['Children and Young People’s Plan: scorecard 2009/10'],
    [],
    [
      'Ref',
      'Code',
      'Measure',
      'Baseline 2008/09',
      'Actual 2009/10',
      'Target 2009/10',
      'Target 2010/11',
      'RAG',
      'Delivery Board',
    ],
    [
      '1.1.1',
      'NI 55',
      'Obesity among primary school age children in Reception Year',
      '9.6%',
      '9.4%',
      '9.0%',
      '8.8%',
      null,
      'Be Healthy',
    ],
    ['1.1.2', code, title, 41.2, 39.5, 38.9, 37.1, null, 'Be Healthy'],
    [
      '1.2.1',
      'NI 111',
      'First time entrants to the Youth Justice System aged 10-17',
      523,
      498,
      500,
      480,
      null,
      'Stay Safe',
    ],
  ];
}

/** One text column holding both the code and the title. */
function codesInTitles(title: string): CellSpec[][] {
  return [
    ['Indicator', '2008/09 Actual', '2009/10 Target', '2010/11 Target'],
    ['NI 55 Obesity among primary school age children in Reception Year', '9.6%', '9.0%', '8.8%'],
    [title, 41.2, 38.9, 37.1],
    ['First time entrants to the Youth Justice System aged 10-17 (NI 111)', 523, 500, 480],
  ];
}

describe('NI-TITLE-MISMATCH wherever the title column is', () => {
  it('flags an NI 112 row titled as Year 6 obesity in a scorecard, at the measure cell', () => {
    const c = check([{ name: 'Scorecard', rows: scorecard('NI 112', 'Year 6 obesity') }]);
    expect(c.of('NI-TITLE-MISMATCH')).toEqual([
      ['C5', `The title 'Year 6 obesity' fits ${NI_56} rather than ${NI_112}.`],
    ]);
    const f = c.findings.find((x) => x.rule === 'NI-TITLE-MISMATCH');
    expect(f?.severity).toBe('warning');
    expect(f?.fix).toBe(
      'If this row is NI 56, change the code to NI 56; if the code is right, correct the title.',
    );
  });

  it.each([
    ['a code column typed NI112', scorecard('NI112', 'Year 6 obesity'), 'C5'],
    ['a bare number in the code column', scorecard(112, 'Year 6 obesity'), 'C5'],
    ['a full title', scorecard('NI 112', 'Percentage of Year 6 children who are obese'), 'C5'],
    ['the code at the start of the title', codesInTitles('NI 112 Year 6 obesity'), 'A3'],
    ['the code at the end, in brackets', codesInTitles('Year 6 obesity (NI 112)'), 'A3'],
    ['the code in the middle', codesInTitles('Obesity: NI 112 - Year 6 children'), 'A3'],
  ])('flags it with %s', (_how, rows, cell) => {
    const c = check([{ name: 'Targets', rows }]);
    const found = c.of('NI-TITLE-MISMATCH');
    expect(found.map(([at]) => at)).toEqual([cell]);
    expect(found[0][1]).toContain(`fits ${NI_56} rather than ${NI_112}`);
  });

  it('judges other short titles that name one indicator: teenage pregnancy under NI 56', () => {
    const c = check([{ name: 'Scorecard', rows: scorecard('NI 56', 'Teenage pregnancy') }]);
    expect(c.of('NI-TITLE-MISMATCH')).toEqual([
      ['C5', `The title 'Teenage pregnancy' fits ${NI_112} rather than ${NI_56}.`],
    ]);
  });

  it.each([
    ['the right code', 'NI 56', 'Year 6 obesity'],
    ['an abbreviation of its own title', 'NI 56', 'Y6 obesity'],
    ['a short title that names two indicators (NI 64 or NI 65)', 'NI 112', 'CP plans'],
    ['a short title that names no one indicator (Year 6 of what?)', 'NI 112', 'Year 6'],
    ['a heading-like title with little in it', 'NI 112', 'Be Healthy'],
  ])('leaves alone %s', (_why, code, title) => {
    const c = check([{ name: 'Scorecard', rows: scorecard(code, title) }]);
    expect(c.of('NI-TITLE-MISMATCH')).toEqual([]);
  });
});
