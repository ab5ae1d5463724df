/**
 * The layouts issue 11 names, each laid out the way another council keeps its plan (not a seed's table):
 * what the officer sees after a run is asserted (codes, titles, which years are targets, ratings, rows
 * kept), through the same analyse() the CLI and the pane run.
 */
import { analyse, type Analysis } from '../../../src/pipeline/analyse';
import type { IndicatorTable } from '../../../src/engine/model/tables';
import { toSnapshot, type SheetSpec } from '../../fixtures/spec';
import { rangeA1 } from './helpers';

function analysed(sheets: SheetSpec[]): Analysis {
  return analyse(toSnapshot({ name: 'plan.xlsx', sheets }), { settings: { asOf: '2010-06-30' } });
}

const targetsOf = (a: Analysis): IndicatorTable[] =>
  a.tables.filter((t): t is IndicatorTable => t.kind === 'targets');

/** [Excel row, code, title, RAG or why not] for each row of the table */
function outcome(a: Analysis, t: IndicatorTable): [number, string | null, string, string][] {
  const ratings = a.ratings.get(t) ?? [];
  return t.rows.map((r) => {
    const g = ratings.find((x) => x.row === r.row);
    return [r.row + 1, r.code, r.title, g?.rag ?? `not rated: ${g?.reason ?? ''}`];
  });
}

describe('a scorecard with a reference column before the code and a delivery board after the RAG', () => {
  const a = analysed([
    {
      name: 'Scorecard',
      rows: [
        ['Children and Young People Scorecard 2009/10'],
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
        ['1.1.1', 'NI 112', 'Under 18 conception rate', 45.2, 41.3, 42, 39, null, 'Be Healthy'],
        [
          '1.1.2',
          'NI 56',
          'Obesity among primary school age children in Year 6',
          '19.1%',
          '18.2%',
          '18.5%',
          '18%',
          null,
          'Be Healthy',
        ],
        [
          '2.1.1',
          'NI 60',
          'Core assessments for children’s social care carried out within 35 working days',
          '71%',
          '74%',
          '80%',
          '82%',
          null,
          'Stay Safe',
        ],
        [
          '2.1.2',
          'NI 62',
          'Stability of placements of looked after children: number of placements',
          '12.4%',
          '9.8%',
          '11%',
          '10.5%',
          null,
          'Stay Safe',
        ],
        [
          '3.2.1',
          'NI 117',
          '16 to 18 year olds who are not in education, training or employment (NEET)',
          '7.2%',
          '6.4%',
          '6.9%',
          '6.5%',
          null,
          'Enjoy and Achieve',
        ],
      ],
    },
  ]);
  const [t] = targetsOf(a);

  it('reads the codes from the Code column, not the commitment numbers, and titles from the measure', () => {
    expect(t.rows.map((r) => r.code)).toEqual(['NI 112', 'NI 56', 'NI 60', 'NI 62', 'NI 117']);
    expect(t.rows[0].title).toBe('Under 18 conception rate');
    expect(t.rows.map((r) => r.title)).not.toContain('Stay Safe');
  });

  it('rates every row, polarity-aware', () => {
    expect(outcome(a, t).map((r) => r[3])).toEqual(['Green', 'Green', 'Red', 'Green', 'Green']);
  });
});

describe('bands Actuals / Targets with a year header merged down through both rows', () => {
  const a = analysed([
    {
      name: 'NIS',
      rows: [
        ['NI', 'Description', 'Actuals', null, 'Targets', null, null],
        [null, null, '2008/09', '2009/10 Actual', '2009/10', '2010/11', null],
        [
          'NI 117',
          'Young people not in education, employment or training (NEET)',
          '7.1%',
          '6.2%',
          '6.8%',
          '6.4%',
        ],
        [
          'NI 75',
          'Achievement of 5 or more A*-C grades at GCSE or equivalent including English and Maths',
          '48%',
          '51%',
          '53%',
          '55%',
        ],
      ],
      merges: ['C1:D1', 'E1:F1'],
    },
  ]);
  // the officer typed "2009/10 Actual" once and merged it down: move it to the top row as Excel shows it
  it('reads the Targets band as targets and rates against them', () => {
    const b = analysed([
      {
        name: 'NIS',
        rows: [
          ['NI', 'Description', 'Actuals', '2009/10 Actual', 'Targets', null],
          [null, null, '2008/09', null, '2009/10', '2010/11'],
          [
            'NI 117',
            'Young people not in education, employment or training (NEET)',
            '7.1%',
            '6.2%',
            '6.8%',
            '6.4%',
          ],
          [
            'NI 75',
            'Achievement of 5 or more A*-C grades at GCSE or equivalent including English and Maths',
            '48%',
            '49%',
            '53%',
            '55%',
          ],
        ],
        merges: ['A1:A2', 'B1:B2', 'D1:D2', 'E1:F1'],
      },
    ]);
    const [t] = targetsOf(b);
    const years = t.columns.filter((c) => c.role === 'year').map((c) => `${c.year?.role} ${c.year?.label}`);
    expect(years).toEqual(['actual 2008/09', 'actual 2009/10', 'target 2009/10', 'target 2010/11']);
    expect(outcome(b, t).map((r) => r[3])).toEqual(['Green', 'Red']);
    expect(rangeA1(t.range)).toBe('A1:F4');
  });

  it('reads both header rows when the bands sit over plain years', () => {
    const [t] = targetsOf(a);
    expect(t.headerRows.map((r) => r + 1)).toEqual([1, 2]);
  });
});

describe('two targets tables on one sheet, separated by a heading and footnotes', () => {
  const header = ['NI', 'Indicator', '2008/09 Actual', '2009/10 Target', '2010/11 Target'];
  const a = analysed([
    {
      name: 'Targets',
      rows: [
        ['Stay Safe: national indicators'],
        header,
        ['NI 60', 'Core assessments within 35 working days', '76%', '80%', '82%'],
        ['NI 65', 'Child protection plans for a second time', '14.1%', '13%', '12%'],
        ['¹ 2008/09 figures are provisional'],
        ['Source: Children’s social care returns'],
        [],
        ['Local indicators'],
        header,
        ['CSC 012', 'Foster carers recruited', 14, 18, 20],
        ['CSC 014', 'Care leavers in suitable accommodation', '88%', '90%', '92%'],
      ],
    },
  ]);

  it('finds two tables, each with its own rows', () => {
    const ts = targetsOf(a);
    expect(ts.map((t) => rangeA1(t.range))).toEqual(['A2:E4', 'A9:E11']);
    expect(ts[1].rows.map((r) => r.code)).toEqual(['CSC 012', 'CSC 014']);
  });
});

describe('sub-indicators and lettered lists', () => {
  const a = analysed([
    {
      name: 'Health',
      rows: [
        ['Indicator', 'Baseline 2007/08', '2008/09 Actual', '2009/10 Target'],
        [
          '(NI 56) Obesity among primary school age children: (a) Year 6, percentage measured',
          '85%',
          '88%',
          '90%',
        ],
        ['(b) Percentage of children in Year 6 who are obese', '19.2%', '18.4%', '18.9%'],
        ['Reduce the harm caused by alcohol', null, null, null],
        ['a. Alcohol-related hospital admissions of under 18s per 100,000', 88, 80, 75],
        ['b. Young people in specialist treatment', 120, 140, 150],
        ['c. Repeat admissions within a year', 14, 12, 11],
      ],
    },
  ]);
  const [t] = targetsOf(a);

  it('gives the (b) row its parent’s code with the letter, and the parent its own letter', () => {
    expect(t.rows.slice(0, 2).map((r) => r.code)).toEqual(['NI 56a', 'NI 56b']);
    expect(t.rows[1].title).toBe('Percentage of children in Year 6 who are obese');
  });

  it('reads a lettered list under an uncoded heading as local rows, none dropped', () => {
    expect(t.rows.slice(2).map((r) => [r.row + 1, r.code, r.local])).toEqual([
      [5, null, true],
      [6, null, true],
      [7, null, true],
    ]);
    expect(t.rows[2].title).toBe('Alcohol-related hospital admissions of under 18s per 100,000');
  });
});

describe('officer notes two columns to the right, a blank column between', () => {
  const rows = [
    ['NI', 'Indicator', '2008/09 Actual', '2009/10 Target', null, 'Notes'],
    ['NI 19', 'Rate of proven re-offending by young offenders', 1.1, 1.0, null, 'YOT data, June'],
    [
      'NI 43',
      'Young people within the Youth Justice System receiving a conviction who are sentenced to custody',
      '5.2%',
      '5%',
      null,
      null,
    ],
    [
      'NI 45',
      'Young offenders engagement in suitable education, training and employment',
      '71%',
      '75%',
      null,
      'Provisional',
    ],
    ['NI 46', 'Young offenders access to suitable accommodation', '93%', '95%', null, null],
    ['NI 111', 'First time entrants to the Youth Justice System aged 10-17', 1210, 1100, null, 'per 100,000'],
    ['NI 112', 'Under 18 conception rate', 41.3, 39, null, 'ONS, Feb'],
  ];
  const a = analysed([{ name: 'YOT', rows }]);

  it('keeps every indicator row of the table', () => {
    const [t] = targetsOf(a);
    expect(t.rows.map((r) => r.code)).toEqual(['NI 19', 'NI 43', 'NI 45', 'NI 46', 'NI 111', 'NI 112']);
  });
});

describe('tables of other kinds nearby are not read as indicators', () => {
  const a = analysed([
    {
      name: 'Plan',
      rows: [
        ['NI', 'Indicator', '2008/09 Actual', '2009/10 Target'],
        ['NI 63', 'Stability of placements of looked after children: length of placement', '68%', '70%'],
        ['NI 66', 'Looked after children cases which were reviewed within required timescales', '91%', '95%'],
        [],
        [],
        ['Team'],
        ['Name', 'Post', 'Team', 'Grade'],
        ['Jane Smith', 'Performance officer', 'Quality assurance', 'PO2'],
        ['Raj Patel', 'Data analyst', 'Early years', 'PO1'],
      ],
    },
  ]);

  it('ends the targets table before the staff list', () => {
    const [t] = targetsOf(a);
    expect(rangeA1(t.range)).toBe('A1:D3');
    expect(t.rows.map((r) => r.code)).toEqual(['NI 63', 'NI 66']);
  });
});
