/** The scorer counts right on tiny hand-made cases: a perfect reading and a deliberately wrong one. */
import type { Layout, TruthTable } from '../../corpus/model';
import type { Found, FoundRow, FoundTable } from '../../corpus/product';
import { matchTables, reasonClass, titleMatches } from '../../corpus/score';
import { scoreLayout } from '../../corpus/score-layout';
import { addLayout, finalLine, newResult, toJson } from '../../corpus/report';

const range = (r0: number, c0: number, r1: number, c1: number) => ({ r0, c0, r1, c1 });

/** Two tables on "S": A1:D4 (rows 2-4) and A7:D8 (rows 8), both rated for 2009. */
function layout(): Layout {
  const t1: TruthTable = {
    sheet: 'S',
    range: range(0, 0, 3, 3),
    headerRows: [1],
    columns: [
      { col: 0, role: 'code', header: 'NI' },
      { col: 1, role: 'title', header: 'Indicator' },
      { col: 2, role: 'actual', year: 2009, header: '2009/10 Actual' },
      { col: 3, role: 'target', year: 2009, header: '2009/10 Target' },
    ],
    rows: [
      { row: 2, kind: 'indicator', code: 'NI 55', title: 'Obesity in reception', rag: 'Green', group: null },
      { row: 3, kind: 'indicator', code: 'NI 56', title: 'Obesity in year 6', rag: 'Red', group: null },
      {
        row: 4,
        kind: 'indicator',
        code: 'NI 65',
        title: 'Repeat child protection plans',
        rag: null,
        unrated: 'band indicator',
        group: null,
      },
    ],
    ratedYear: 2009,
  };
  const t2: TruthTable = {
    ...t1,
    range: range(6, 0, 7, 3),
    headerRows: [7],
    rows: [{ row: 8, kind: 'indicator', code: 'NI 117', title: 'NEET', rag: 'Amber', group: null }],
  };
  return {
    id: 'L9999',
    family: 'plain',
    features: ['plain'],
    snapshot: { name: 'x', sheets: [] },
    truth: { tables: [t1, t2] },
  };
}

const row = (r: number, code: string | null, title: string, rag: FoundRow['rag']): FoundRow => ({
  row: r,
  code,
  title,
  rag,
  notRated: rag ? null : 'polarity unknown',
  ratedYear: '2009/10',
  idCol: 0,
});

const cols = [
  { col: 0, role: 'code' },
  { col: 1, role: 'title' },
  { col: 2, role: 'actual', year: 2009 },
  { col: 3, role: 'target', year: 2009 },
];

function perfect(): Found {
  const t1: FoundTable = {
    sheet: 'S',
    range: range(0, 0, 3, 3),
    kind: 'targets',
    columns: cols,
    rows: [
      row(2, 'NI 55', 'Obesity in reception', 'Green'),
      row(3, 'NI 56', 'Obesity in year 6', 'Red'),
      row(4, 'NI 65', 'Repeat child protection plans', 'Amber'),
    ],
  };
  const t2: FoundTable = { ...t1, range: range(6, 0, 7, 3), rows: [row(8, 'NI 117', 'NEET', 'Amber')] };
  return { tables: [t1, t2], unreadable: 0, leftOut: 0 };
}

describe('scorer', () => {
  it('counts a perfect reading as perfect', () => {
    const s = scoreLayout(layout(), perfect());
    expect(s.counts).toMatchObject({
      layouts: 1,
      tablesExpected: 2,
      tablesFound: 2,
      falseTables: 0,
      rowsExpected: 4,
      rowsFound: 4,
      codesCorrect: 4,
      titlesCorrect: 4,
      ratingsExpected: 3,
      ratingsCorrect: 3,
      spuriousRows: 0,
      columnsExpected: 8,
      columnsCorrect: 8,
    });
    expect(s.misses).toEqual([]);
  });

  it('counts a wrong reading: tables merged, a row missed, a code and a rating wrong, a false table', () => {
    const found = perfect();
    const [t1] = found.tables;
    // the two tables read as one (A1:D8), NI 56's code lost, NI 55 rated Amber, row 3 missing, the header's
    // year read as an actual for 2010, plus a budget read as a table and a heading read as a row
    const merged: FoundTable = {
      ...t1,
      range: range(0, 0, 7, 3),
      columns: [cols[0], cols[1], cols[2], { col: 3, role: 'actual', year: 2010 }],
      rows: [
        row(2, 'NI 55', 'Obesity in reception', 'Amber'),
        row(4, null, 'Stay safe', null),
        row(6, null, 'Table 2', null),
        row(8, 'NI 117', 'NEET', 'Amber'),
      ],
    };
    const budget: FoundTable = {
      sheet: 'S',
      range: range(10, 0, 14, 4),
      kind: 'targets',
      columns: [],
      rows: [row(12, null, 'Safeguarding', null)],
    };
    const s = scoreLayout(layout(), { tables: [merged, budget], unreadable: 2, leftOut: 1 });
    expect(s.counts).toMatchObject({
      tablesExpected: 2,
      tablesFound: 1,
      falseTables: 1,
      rowsExpected: 4,
      rowsFound: 3,
      codesCorrect: 2,
      ratingsExpected: 3,
      ratingsCorrect: 1,
      spuriousRows: 2,
      unreadable: 2,
      leftOut: 1,
    });
    const keys = s.misses.map((m) => `${m.kind}:${m.row}`);
    expect(keys).toEqual(
      expect.arrayContaining([
        'table:7',
        'row:3',
        'code:4',
        'rating:2',
        'false-table:11',
        'spurious-row:6',
        'spurious-row:12',
      ]),
    );
    expect(s.misses.find((m) => m.kind === 'table')?.key).toBe('table: merged into another table');
    expect(s.misses.find((m) => m.kind === 'rating')?.key).toBe('rating: Amber where Green');
  });

  it('does not take a row of the table beside for this one', () => {
    const l = layout();
    l.truth.tables[1] = {
      ...l.truth.tables[1],
      range: range(0, 5, 3, 8),
      headerRows: [1],
      rows: [{ row: 2, kind: 'indicator', code: 'NI 117', title: 'NEET', rag: 'Amber', group: null }],
    };
    const found = perfect();
    found.tables[0] = { ...found.tables[0], range: range(0, 0, 3, 8) };
    found.tables.pop();
    const s = scoreLayout(l, found);
    expect(s.counts.rowsExpected).toBe(4);
    expect(s.counts.rowsFound).toBe(3);
    expect(s.counts.tablesFound).toBe(1);
  });

  it('matches tables one to one, largest overlap first', () => {
    const l = layout();
    const f = perfect().tables;
    expect(matchTables(l.truth.tables, [f[1], f[0]])).toEqual([f[0], f[1]]);
    expect(matchTables(l.truth.tables, [{ ...f[0], range: range(0, 0, 7, 3) }])).toEqual([
      expect.anything(),
      null,
    ]);
  });

  it('compares titles and groups reasons', () => {
    expect(titleMatches('Under 18 conception rate', 'Under 18 conception rate (LAA)')).toBe(true);
    expect(
      titleMatches('Take up of school lunches: (a) primary', 'Take up of school lunches: (a) primary'),
    ).toBe(true);
    expect(titleMatches('Under 18 conception rate', 'Stay Safe')).toBe(false);
    expect(reasonClass('no 2009/10 target')).toBe('no <year> target');
  });

  it('adds layouts up per family and writes the closing line and the JSON', () => {
    const result = newResult();
    const a = scoreLayout(layout(), perfect());
    addLayout(result, 'plain', a.counts, a.misses);
    addLayout(result, 'bands', a.counts, a.misses);
    expect(finalLine(result.total)).toBe(
      'corpus: 2 layouts, tables 4/4, rows 8/8, codes 8/8, ratings 6/6, false tables 0',
    );
    const json = toJson(result, 1) as { layouts: number; families: Record<string, Record<string, number>> };
    expect(json.layouts).toBe(2);
    expect(json.families.plain).toMatchObject({
      layouts: 1,
      rowsExpected: 4,
      rowsFound: 4,
      codesCorrect: 4,
      ratingsExpected: 3,
      ratingsCorrect: 3,
    });
    expect(Object.keys(json).slice(0, 10)).toEqual([
      'layouts',
      'families',
      'tablesExpected',
      'tablesFound',
      'falseTables',
      'rowsExpected',
      'rowsFound',
      'codesCorrect',
      'ratingsExpected',
      'ratingsCorrect',
    ]);
  });
});
