/**
 * Layouts not in the reference plans, each built by hand the way an officer
 * might lay it out: where tables start and end, which rows are indicators, and
 * what each column holds.
 */
import type { Catalogue } from '../../../src/engine/catalogue/types';
import { catalogue, excelRows, rangeA1, rowKey, run, sheet, targets, yearKey } from './helpers';

describe('headers', () => {
  it('reads years written once over Target / Actual pairs (years above, roles below)', () => {
    const r = run([
      sheet(
        'Q',
        [
          ['NI', 'Indicator', '2008/09', null, '2009/10', null],
          [null, null, 'Target', 'Actual', 'Target', 'Actual'],
          ['NI 55', 'Obesity in reception', '9.0%', '8.7%', '8.8%', '8.2%'],
          ['NI 56', 'Obesity in year 6', '15%', '15.8%', '15.3%', '15.1%'],
        ],
        { merges: ['C1:D1', 'E1:F1'] },
      ),
    ]);
    const [t] = targets(r.tables);
    expect(excelRows(t.headerRows)).toEqual([1, 2]);
    expect(yearKey(t)).toEqual([
      'C:target:2008/09',
      'D:actual:2008/09',
      'E:target:2009/10',
      'F:actual:2009/10',
    ]);
    expect(rowKey(t)).toEqual([
      [3, 'NI 55', null],
      [4, 'NI 56', null],
    ]);
  });

  it('reads every spelling of a year and its use', () => {
    const headers = [
      '2008/9',
      '08/09',
      '2008-09',
      '2008/09 Actual Full Year',
      '2008/9 Target Full year',
      'Target 2008/09',
      '2010/11 Target',
      'Baseline 2008/09',
      '2005/6 Actual',
    ];
    const r = run([
      sheet('Years', [
        ['Ref', 'Description', ...headers],
        ['NI 59', 'Initial assessments within 7 days', ...headers.map(() => '70%')],
      ]),
    ]);
    const [t] = targets(r.tables);
    expect(yearKey(t)).toEqual([
      'C:actual:2008/09',
      'D:actual:2008/09',
      'E:actual:2008/09',
      'F:actual:2008/09',
      'G:target:2008/09',
      'H:target:2008/09',
      'I:target:2010/11',
      'J:baseline:2008/09',
      'K:actual:2005/06',
    ]);
    // the three headers that say nothing about their use are reported
    expect(r.notes.map((n) => n.cell)).toEqual(['C1', 'D1', 'E1']);
  });

  it('reads quarter columns (year carried from the first quarter) and calendar years', () => {
    const r = run([
      sheet('Quarters', [
        ['NI', 'Indicator', 2009, 2010, 'Q1 2010/11', 'Q2', 'Q3', 'Q4', '2010/11 Target'],
        [111, 'First time entrants', 523, 272, 80, 150, 210, 260, 837],
      ]),
    ]);
    const [t] = targets(r.tables);
    expect(yearKey(t)).toEqual([
      'C:actual:2009',
      'D:actual:2010',
      'E:actual:2010/11:Q1',
      'F:actual:2010/11:Q2',
      'G:actual:2010/11:Q3',
      'H:actual:2010/11:Q4',
      'I:target:2010/11',
    ]);
  });

  it('finds the officer’s own RAG, direction and trajectory columns, and comparators', () => {
    const r = run([
      sheet('Monitor', [
        ['NI No.', 'Measure', 'Baseline 2008/09', 'Target 2010/11', 'Q2 2010/11', 'Stat Neighbours', 'London', 'National average', 'RAG', 'Direction of Travel', 'Trajectory', 'Comments'],
        ['NI 62', 'Stability of placements', '9.2%', '8.5%', '9.0%', 10.9, 11.2, 10.4, null, null, null, 'On track'],
      ]), // prettier-ignore
    ]);
    const [t] = targets(r.tables);
    expect(t.columns.map((c) => `${c.role}${c.comparator ? `:${c.comparator}` : ''}`)).toEqual([
      'code',
      'title',
      'year',
      'year',
      'year',
      'comparator:statistical-neighbours',
      'comparator:region',
      'comparator:england',
      'status',
      'direction',
      'trajectory',
      'notes',
    ]);
    expect(t.rows[0].notes).toBe('On track');
    expect(t.rows[0].values.map((v) => v.cell)).toEqual(['C2', 'D2', 'E2', 'F2', 'G2', 'H2']);
  });

  it('reports a year header it cannot read and leaves the column out', () => {
    const r = run([
      sheet('Odd', [
        ['NI', 'Indicator', '2008/10 Actual', '2009/10 Target'],
        ['NI 60', 'Core assessments', '79%', '82%'],
      ]),
    ]);
    const [t] = targets(r.tables);
    expect(yearKey(t)).toEqual(['D:target:2009/10']);
    expect(r.notes).toEqual([
      { sheet: 'Odd', cell: 'C1', message: expect.stringContaining('2008/10 Actual') },
    ]);
  });
});

describe('codes', () => {
  const withCsc: Catalogue = {
    lookup: (c) => catalogue.lookup(c),
    lookupLocalByTitle: (t) => catalogue.lookupLocalByTitle(t),
    national: () => catalogue.national(),
    matchTitle: (t, l) => catalogue.matchTitle(t, l),
    localPrefixes: () => new Set(['CSC']),
  };

  it('reads codes in their own column however typed, and typos with what was typed', () => {
    const r = run(
      [
        sheet('Codes', [
          ['Code', 'Indicator', '2009/10 Actual', '2010/11 Target'],
          [55, 'Obesity reception', '8%', '8%'],
          ['55a', 'Obesity reception: obese', '8%', '8%'],
          ['NI 56', 'Obesity year 6', '15%', '15%'],
          ['N61', 'Adoption timeliness', '80%', '82%'],
          ['N1 43', 'Custodial sentences', '4%', '4%'],
          ['NI88', 'Extended schools', '90%', '100%'],
          ['NI 04', 'Influence decisions', '30%', '32%'],
          ['CSC 014', 'Children seen within 24 hours', '90%', '95%'],
          ['Local Indicator', 'Total absences in primary schools', '6.02%', '5%'],
        ]),
      ],
      { catalogue: withCsc },
    );
    const [t] = targets(r.tables);
    expect(t.rows.map((x) => [x.code, x.codeAsTyped ?? null, x.local])).toEqual([
      ['NI 55', null, false],
      ['NI 55a', null, false],
      ['NI 56', null, false],
      ['NI 61', 'N61', false],
      ['NI 43', 'N1 43', false],
      ['NI 88', 'NI88', false],
      ['NI 4', 'NI 04', false],
      ['CSC 014', null, true],
      [null, null, true],
    ]);
    expect(t.rows[3].codeCell).toBe('A5');
  });

  it('finds codes at the start, middle and end of the title text', () => {
    const r = run([
      sheet('Text', [
        ['Indicator', '2009/10', '2010/11 Target'],
        ['NI 112 Under 18 conception rate', 29.5, 19.8],
        ['Under 18 conceptions (NI 112) change from 1998', '-6%', '-37%'],
        ['Permanent exclusions - NI 114', 34, 42],
        ['(LAA) Young carers supported', 120, 150],
        ['LAA: Adults in volunteering', '20%', '23%'],
      ]),
    ]);
    const [t] = targets(r.tables);
    expect(t.rows.map((x) => [x.code, x.title, x.laa, x.local])).toEqual([
      ['NI 112', 'Under 18 conception rate', false, false],
      ['NI 112', 'Under 18 conceptions change from 1998', false, false],
      ['NI 114', 'Permanent exclusions', false, false],
      [null, '(LAA) Young carers supported', true, true],
      [null, 'LAA: Adults in volunteering', true, true],
    ]);
  });
});

describe('rows inside a table', () => {
  const rows = [
    ['Outcome / NI', 'Description', '2008/09 Actual', '2009/10 Target', '2010/11 Target'],
    ['Be Healthy', null, null, null, null],
    ['NI 52', 'Take up of school lunches', '27%', '30%', '33%'],
    [null, '(a) primary', '27.2%', '30%', '33%'],
    [null, '(b) secondary', '26.5%', '28%', '31%'],
    [null, null, null, null, null],
    ['Staying Safe', null, null, null, null],
    ['NI 64', 'Child protection plans lasting 2 years or more ¹', '10.8%', '<10%', '7%'],
    [null, '- of which re-registrations', '2%', null, null],
    [null, null, null, null, null],
    [null, null, null, null, null],
    ['NI 65', 'Child protection plans for a second time', '11.5%', '10-15%', '13%'],
    ['¹ Figures for 2008/09 are provisional.', null, null, null, null],
    ['Source: ICS extract, April 2010', null, null, null, null],
    [null, null, null, null, null],
    [null, null, null, null, null],
    [null, null, null, null, null],
    ['Budget', null, null, null, null],
  ];
  const r = run([sheet('Rows', rows)]);
  const [t] = targets(r.tables);

  it('folds sub-rows into the indicator above and keeps one or two blank rows inside', () => {
    expect(rowKey(t)).toEqual([
      [3, 'NI 52', 'Be Healthy'],
      [8, 'NI 64', 'Staying Safe'],
      [12, 'NI 65', 'Staying Safe'],
    ]);
    expect(excelRows(t.rows[0].subRows)).toEqual([4, 5]);
    expect(excelRows(t.rows[1].subRows)).toEqual([9]);
    expect(t.groups.map((g) => g.row + 1)).toEqual([2, 7]);
  });

  it('keeps footnotes out of the indicators and out of the range', () => {
    expect(excelRows(t.footnotes)).toEqual([13, 14]);
    expect(rangeA1(t.range)).toBe('A1:E12');
    expect(r.tables).toHaveLength(1);
  });
});

describe('where tables are', () => {
  it('finds a table anywhere on the sheet, with a title and an untitled name column', () => {
    const r = run([
      sheet(
        'Offset',
        [
          ['Performance summary, March 2010'],
          [],
          [null, '2008/09 Actual', '2009/10 Target'],
          ['Young people in NEET (NI 117)', '6.2%', '4.0%'],
          ['Care leavers in EET (NI 148)', '77.6%', '76%'],
        ],
        { startRow: 10, startCol: 3 },
      ),
    ]);
    const [t] = targets(r.tables);
    expect(rangeA1(t.range)).toBe('D13:F15');
    expect(rowKey(t)).toEqual([
      [14, 'NI 117', null],
      [15, 'NI 148', null],
    ]);
    expect(t.rows[0].titleCell).toBe('D14');
  });

  it('finds two tables one under another and two side by side', () => {
    const r = run([
      sheet('Two', [
        ['NI', 'Indicator', '2009/10 Target', null, null, 'NI', 'Indicator', '2010/11 Target'],
        [19, 'Re-offending', 0.8, null, null, 45, 'Young offenders in EET', '75%'],
        [],
        [],
        [],
        ['Indicator', 'Baseline 2008/09', 'Target 2010/11'],
        ['Bullied in the last year (NI 69)', '58%', '49.6%'],
      ]),
    ]);
    const ts = targets(r.tables);
    expect(ts.map((t) => rangeA1(t.range))).toEqual(['A1:C2', 'F1:H2', 'A6:C7']);
    expect(ts.map((t) => t.rows.map((x) => x.code))).toEqual([['NI 19'], ['NI 45'], ['NI 69']]);
  });

  it('reads an Excel table from its range and header row', () => {
    const r = run([
      sheet(
        'LO',
        [
          ['Indicator', 'FY', '2009/10 Actual', '2010/11 Target'],
          ['NI 59 Initial assessments', 'FY', '60%', '75%'],
          ['NI 60 Core assessments', 'FY', '64%', '82%'],
          [],
          [],
          [],
          ['NI 61 Adoption', 'FY', '88%', '89%'],
        ],
        { listObjects: [{ name: 'tblCSC', range: 'A1:D7' }] },
      ),
    ]);
    const ts = targets(r.tables);
    expect(ts).toHaveLength(1);
    expect(ts[0].listObject).toBe('tblCSC');
    expect(rangeA1(ts[0].range)).toBe('A1:D7');
    expect(ts[0].rows.map((x) => x.code)).toEqual(['NI 59', 'NI 60', 'NI 61']);
  });
});

describe('tables that are not indicator tables', () => {
  it('finds nothing in a budget with year columns and money', () => {
    const r = run([
      sheet('Finance', [
        ['Cost centre', 'Description', '2008/09 Actual', '2009/10 Budget', '2010/11 Target'],
        ['CC101', 'Staffing', 1200000, 1250000, 1180000],
        ['CC102', 'Premises', 300000, 310000, 305000],
        ['CC103', 'Transport', 85000, 90000, 80000],
        ['CC104', 'Supplies and services', 120000, 118000, 110000],
        ['CC105', 'Employers NI 12.8% contributions', 150000, 155000, 151000],
        ['CC106', 'Agency staff', 60000, 50000, 40000],
        ['', 'Total', 1915000, 1973000, 1866000],
      ]),
      sheet('Staff', [
        ['Name', 'Role', 'Start 2009', 'Review 2010'],
        ['Jenny Selway', 'Commissioner', 'April', 'March'],
        ['Paul King', 'Youth service', 'May', 'June'],
      ]),
    ]);
    expect(r.tables).toEqual([]);
  });

  it('reads codeless rows when their titles are national indicators', () => {
    const r = run([
      sheet('NoCodes', [
        ['Indicator', '2009/10 Actual', '2010/11 Target'],
        ['Under 18 conception rate', 29.5, 19.8],
        ['Permanent exclusions from school', 34, 42],
      ]),
    ]);
    expect(targets(r.tables)).toHaveLength(1);
  });
});

describe('sheets', () => {
  const rows = [
    ['NI', 'Indicator', '2009/10 Target'],
    [55, 'Obesity', '8%'],
  ];

  it('never reads _NITargets or ignored sheets, but reads hidden ones', () => {
    const r = run(
      [sheet('_NITargets', rows), sheet('Table A (report)', rows), sheet('Hidden', rows, { hidden: true })],
      { ignoreSheets: new Set(['Table A (report)']) },
    );
    expect(r.tables.map((t) => t.sheet)).toEqual(['Hidden']);
  });

  it('reads a selection as a table and drops excluded ones', () => {
    // no code and a title the catalogue does not know: not a table until the officer says so
    const plain = [
      ['Measure', '2009/10 Actual', '2010/11 Target'],
      ['Waiting list', 45, 30],
    ];
    expect(run([sheet('Sel', plain)]).tables).toEqual([]);
    const extra = run([sheet('Sel', plain)], {
      extraTables: [{ sheet: 'Sel', range: { r0: 0, c0: 0, r1: 1, c1: 2 } }],
    });
    expect(extra.tables).toHaveLength(1);
    expect(targets(extra.tables)[0].rows.map((x) => [x.title, x.code, x.local])).toEqual([
      ['Waiting list', null, true],
    ]);

    const excluded = run([sheet('Ex', rows)], {
      excludeTables: [{ sheet: 'Ex', range: { r0: 1, c0: 1, r1: 1, c1: 1 } }],
    });
    expect(excluded.tables).toEqual([]);
  });
});

describe('a code column with no header', () => {
  it('is found from the codes in it', () => {
    const r = run([
      sheet('Bare', [
        [null, 'Indicator', '2009/10 Actual', '2010/11 Target'],
        [59, 'Initial assessments within 7 days', '60%', '75%'],
        ['60', 'Core assessments within 35 days', '64%', '82%'],
        ['Local', 'Referrals re-referred within 12 months', '12%', '12%'],
      ]),
    ]);
    const [t] = targets(r.tables);
    expect(rangeA1(t.range)).toBe('A1:D4');
    expect(t.columns[0]).toEqual({ col: 0, role: 'code', header: '' });
    expect(t.rows.map((x) => [x.code, x.title, x.local])).toEqual([
      ['NI 59', 'Initial assessments within 7 days', false],
      ['NI 60', 'Core assessments within 35 days', false],
      [null, 'Referrals re-referred within 12 months', true],
    ]);
  });
});

describe('wrapped titles and reading order', () => {
  it('joins a title wrapped onto the next row and lists tables top to bottom', () => {
    const r = run([
      sheet(
        'Wrap',
        [
          ['NI', 'Indicator', '2009/10 Actual', '2010/11 Target'],
          [117, 'Young people aged 16 to 18 who are not in education,', '6.5%', '3.6%'],
          [null, 'employment or training (NEET)', null, null],
          [148, 'Care leavers in EET', '83.7%', '80%'],
          [],
          [],
          [],
          ['NI', 'Indicator', '2010/11 Target'],
          [19, 'Re-offending', 0.7],
        ],
        // an Excel table lower down is found before the scan, but listed in sheet order
        { listObjects: [{ name: 'tblLater', range: 'A8:C9' }] },
      ),
    ]);
    const ts = targets(r.tables);
    expect(ts.map((t) => rangeA1(t.range))).toEqual(['A1:D4', 'A8:C9']);
    expect(ts[0].rows[0].title).toBe(
      'Young people aged 16 to 18 who are not in education, employment or training (NEET)',
    );
    expect(excelRows(ts[0].rows[0].subRows)).toEqual([3]);
    expect(ts[0].groups).toEqual([]);
  });
});
