/** A scorecard laid out `Ref | Code | <measure> | Baseline | Actual | Target | Target | RAG | Delivery Board`. */
import type { CellSpec, WorkbookSpec } from '../fixtures/spec';

export const SCORECARD_ROWS: { code: string; measure: string; board: string }[] = [
  { code: '19', measure: 'Rate of proven re-offending by young offenders', board: 'Youth Justice Board' },
  {
    code: '55',
    measure: 'Obesity among primary school age children in Reception Year',
    board: 'Healthy Lives Board',
  },
  { code: '112', measure: 'Under 18 conception rate', board: 'Teenage Pregnancy Board' },
  {
    code: '117',
    measure: '16 to 18 year olds who are not in education, employment or training',
    board: 'Skills Board',
  },
];

export function scorecard(aboveRows = 0): WorkbookSpec {
  const header: CellSpec[] = [
    'Ref',
    'Code',
    'Measure',
    'Baseline',
    'Actual 2009/10',
    'Target 2009/10',
    'Target 2010/11',
    'RAG',
    'Delivery Board',
  ];
  const body: CellSpec[][] = SCORECARD_ROWS.map((r, i) => [
    `SC${i + 1}`,
    r.code,
    r.measure,
    10 + i,
    11 + i,
    12 + i,
    13 + i,
    null,
    r.board,
  ]);
  const filler: CellSpec[][] = Array.from({ length: aboveRows }, (_, i) => [`Inserted line ${i + 1}`]);
  return {
    name: 'scorecard',
    sheets: [
      {
        name: 'Scorecard',
        startCol: 1,
        rows: [['Corporate scorecard 2009/10'], ...filler, [], [], header, ...body],
      },
    ],
  };
}
