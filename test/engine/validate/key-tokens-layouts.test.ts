/**
 * A sheet whose own key says what its tokens mean: "X" is then a New indicator (no
 * NI-VALUE-UNREADABLE), "72.1%*" a provisional figure that is still read and rated.
 * The key holds on its own sheet only.
 */
import type { IndicatorTable } from '../../../src/engine/model/tables';
import { analyse, type Analysis } from '../../../src/pipeline/analyse';
import { toSnapshot, type CellSpec, type SheetSpec } from '../../fixtures/spec';
import { check, parsedAt } from './officer-sheets';

const AS_OF = { settings: { asOf: '2010-06-30' } };

const HEADER: CellSpec[] = [
  'NI',
  'Indicator',
  '2008/09 Actual',
  '2009/10 Actual',
  '2009/10 Target',
  '2010/11 Target',
];

/** Six rows, two of them new indicators marked X, one provisional figure marked *. */
const BODY: CellSpec[][] = [
  ['NI 55', 'Obesity among primary school age children in Reception Year', '9.6%', '9.4%*', '9.0%', '8.8%'],
  ['NI 56', 'Obesity among primary school age children in Year 6', 'X', '18.2%', '18.0%', '17.5%'],
  ['NI 59', 'Initial assessments carried out within 7 working days of referral', '70%', '72%', '75%', '80%'],
  ['NI 72', 'Achievement of 78 points in the Early Years Foundation Stage', 'X', 'X', '50%', '53%'],
  ['NI 111', 'First time entrants to the Youth Justice System aged 10-17', 523, '-', 500, 480],
  [
    'NI 117',
    '16 to 18 year olds who are not in education, employment or training (NEET)',
    '7.1%',
    '6.8%',
    '6.5%',
    '6%',
  ],
];

/** NI-VALUE-UNREADABLE findings as [sheet, cell, message] */
const unreadable = (sheets: SheetSpec[]) =>
  check(sheets)
    .findings.filter((f) => f.rule === 'NI-VALUE-UNREADABLE')
    .map((f) => [f.sheet, f.cell, f.message]);

describe('tokens a key on the sheet defines', () => {
  it('reads nothing as unreadable when the key under the table says X = New Indicator', () => {
    const c = check([
      {
        name: 'CYPP targets',
        rows: [HEADER, ...BODY, [], ['Key'], ['X = New Indicator'], ['* = provisional']],
      },
    ]);
    expect(c.findings.filter((f) => f.rule === 'NI-VALUE-UNREADABLE')).toEqual([]);
    expect(parsedAt(c.tables, 'C3')).toEqual({ kind: 'status', status: 'new' });
    expect(parsedAt(c.tables, 'D2')).toEqual({
      kind: 'number',
      value: 9.4,
      unit: 'percent',
      signed: false,
      footnote: '*',
      provisional: true,
    });
  });

  it.each<[string, CellSpec[][]]>([
    [
      'two columns under a Key heading',
      [['Key'], ['X', 'New indicator - no data'], ['*', 'Provisional data']],
    ],
    ['"Key:" and its lines in one cell', [['Key: X = New measure; * = provisional figure']]],
    ['"token: meaning" lines', [['X: new indicator'], ['*: provisional']]],
    ['a lone line', [['X = New Indicator']]],
  ])('reads the key written as %s', (_form, key) => {
    expect(unreadable([{ name: 'Targets', rows: [HEADER, ...BODY, [], ...key] }])).toEqual([]);
  });

  it('reads a key beside the table, past a blank column', () => {
    const rows = [HEADER, ...BODY].map((r, i) => [
      ...r,
      null,
      ...((i === 1 ? ['X = New Indicator'] : []) as CellSpec[]),
    ]);
    expect(unreadable([{ name: 'Targets', rows }])).toEqual([]);
  });

  it('still reports X on a sheet with no key, even when another sheet has one', () => {
    const found = unreadable([
      { name: 'With key', rows: [HEADER, ...BODY, [], ['X = New Indicator']] },
      { name: 'Without', rows: [HEADER, ...BODY] },
    ]);
    expect(found).toEqual([
      [
        'Without',
        'C3',
        "Cannot read 'X' as a value (NI 56 (Obesity among primary school age children in Year 6), 2008/09 actual).",
      ],
      [
        'Without',
        'C5',
        "Cannot read 'X' as a value (NI 72 (Achievement of 78 points in the Early Years Foundation Stage), 2008/09 actual).",
      ],
      [
        'Without',
        'D5',
        "Cannot read 'X' as a value (NI 72 (Achievement of 78 points in the Early Years Foundation Stage), 2009/10 actual).",
      ],
    ]);
  });

  it('rates the provisional figure as it would the plain one, with the same findings', () => {
    const sheet = (extra: CellSpec[][]): SheetSpec[] => [
      { name: 'Targets', rows: [HEADER, ...BODY, ...extra] },
    ];
    const keyed = analyse(toSnapshot({ name: 'plan.xlsx', sheets: sheet([[], ['* = provisional']]) }), AS_OF);
    const plain = analyse(toSnapshot({ name: 'plan.xlsx', sheets: sheet([]) }), AS_OF);
    const rag = (a: Analysis) => [...a.ratings.values()].flat().map((r) => [r.row, r.rag, r.notRated]);
    expect(rag(keyed)).toEqual(rag(plain));
    expect(keyed.findings).toEqual(plain.findings);
    expect(parsedAt(keyed.tables as IndicatorTable[], 'D2')).toMatchObject({ value: 9.4, provisional: true });
    expect(parsedAt(plain.tables as IndicatorTable[], 'D2')).not.toHaveProperty('provisional');
  });
});
