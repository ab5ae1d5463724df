import { builtInCatalogue, withDefinitions } from '../../../src/engine/catalogue/catalogue';
import { isDefinitionsSheet, readDefinitionsSheet } from '../../../src/engine/catalogue/definitions-sheet';
import type { CellValue, SheetSnapshot } from '../../../src/engine/model/snapshot';

function sheet(
  values: CellValue[][],
  opts: { origin?: { row: number; col: number }; formats?: string[][] } = {},
): SheetSnapshot {
  return {
    name: 'Definitions',
    index: 1,
    visibility: 'visible',
    origin: opts.origin ?? { row: 0, col: 0 },
    values,
    formats: opts.formats ?? null,
    merges: [],
    tables: [],
    protected: false,
  };
}

const SHEET = sheet([
  ['Indicator definitions (local and amended national)', null, null, null, null, null, null],
  [null, null, null, null, null, null, null],
  ['Indicator code', 'Description', 'Higher is better?', 'Unit', 'Tolerance', 'Period', 'Outcome'],
  ['CSC 014', 'Children in need visited within 10 working days', 'Yes', '%', '5%', 'FY', 'Staying Safe'],
  ['CSC015', 'Re-referrals within 12 months', 'No', 'percentage', '2pp', 'Fin Yr', 'Stay safe'],
  ['NI 65', '', 'band 10-15%', '', '2 ppts', '', ''],
  ['Local Indicator', 'Total absences in primary schools', 'no', '%', 3, 'Ac Yr', 'Enjoy and Achieve'],
  [null, null, null, null, null, null, null],
  [55, 'Obesity in Reception', 'sideways', 'per cent', 'lots', 'sometimes', 'Being brave'],
]);

describe('readDefinitionsSheet', () => {
  const read = readDefinitionsSheet(SHEET);
  const byCode = (code: string) => read?.definitions.find((d) => d.code === code);

  it('reads each row below the header into a definition', () => {
    expect(read?.definitions.map((d) => d.code)).toEqual([
      'CSC 014',
      'CSC 015',
      'NI 65',
      'Total absences in primary schools',
      'NI 55',
    ]);
  });

  it('reads a local indicator with its yes/no polarity, unit, tolerance, period and outcome', () => {
    expect(byCode('CSC 014')).toMatchObject({
      number: null,
      local: true,
      title: 'Children in need visited within 10 working days',
      polarity: 'higher',
      unit: 'percent',
      tolerance: { kind: 'relative', value: 5 },
      period: 'financial',
      outcome: 'Stay safe',
    });
    expect(byCode('CSC 015')).toMatchObject({ polarity: 'lower', tolerance: { kind: 'absolute', value: 2 } });
  });

  it('marks every fact it read as from the workbook, with the cell', () => {
    const d = byCode('CSC 014');
    expect(d?.sources).toEqual({
      title: { from: 'workbook', note: 'B4' },
      polarity: { from: 'workbook', note: 'C4' },
      unit: { from: 'workbook', note: 'D4' },
      period: { from: 'workbook', note: 'F4' },
      outcome: { from: 'workbook', note: 'G4' },
    });
  });

  it('states only the filled cells of a national override', () => {
    const d = byCode('NI 65');
    expect(d).toMatchObject({ number: 65, local: false, polarity: 'band', band: { low: 10, high: 15 } });
    expect(d?.tolerance).toEqual({ kind: 'absolute', value: 2 });
    expect(Object.keys(d?.sources ?? {})).toEqual(['polarity']);
  });

  it('keys a "Local Indicator" row by its title', () => {
    expect(byCode('Total absences in primary schools')).toMatchObject({
      local: true,
      polarity: 'lower',
      tolerance: { kind: 'absolute', value: 3 },
      period: 'academic',
      outcome: 'Enjoy and achieve',
    });
  });

  it('reports each cell it could not read, and keeps what it could', () => {
    expect(read?.problems.map((p) => p.cell)).toEqual(['C9', 'E9', 'F9', 'G9']);
    expect(read?.problems[0].message).toMatch(/Polarity "sideways" is not understood/);
    expect(read?.problems[1].message).toMatch(/Tolerance "lots"/);
    const ni55 = byCode('NI 55');
    expect(ni55).toMatchObject({ unit: 'percent', title: 'Obesity in Reception' });
    expect(ni55?.sources.polarity).toBeUndefined();
    expect(ni55?.tolerance).toBeUndefined();
  });

  it('feeds withDefinitions: locals are found and the override changes NI 65 only where stated', () => {
    const c = withDefinitions(builtInCatalogue(), read?.definitions ?? []);
    expect(c.lookup('CSC 014')?.definition.polarity).toBe('higher');
    expect(c.lookupLocalByTitle('Total absences in primary schools')?.polarity).toBe('lower');
    expect(c.localPrefixes().has('CSC')).toBe(true);
    expect(c.lookup('NI 65')?.definition).toMatchObject({ band: { low: 10, high: 15 }, unit: 'percent' });
    expect(c.lookup('NI 55')?.definition.title).toBe('Obesity in Reception');
  });
});

describe('header and cell wording', () => {
  const one = (header: CellValue[], row: CellValue[], formats?: string[][]) =>
    readDefinitionsSheet(sheet([header, row], { formats }));

  it.each([
    ['higher is better', 'higher'],
    ['High', 'higher'],
    ['up', 'higher'],
    ['Bigger values are best', 'higher'],
    ['Lower is better', 'lower'],
    ['low', 'lower'],
    ['Down', 'lower'],
    ['smaller is better', 'lower'],
    ['None', 'none'],
  ])('polarity "%s" is %s', (word, polarity) => {
    expect(one(['Code', 'Title', 'Polarity'], ['CSC 1', 'X', word])?.definitions[0].polarity).toBe(polarity);
  });

  it('reads "Good is" and "Direction" columns', () => {
    expect(one(['Code', 'Title', 'Good is'], ['CSC 1', 'X', 'Low'])?.definitions[0].polarity).toBe('lower');
    expect(one(['Ref', 'Indicator', 'Direction'], ['CSC 1', 'X', 'Up'])?.definitions[0].polarity).toBe(
      'higher',
    );
  });

  it('reads yes in a "Lower is better?" column as lower', () => {
    expect(one(['Code', 'Name', 'Lower is better?'], ['CSC 1', 'X', 'Y'])?.definitions[0].polarity).toBe(
      'lower',
    );
  });

  it('reads a band with "to"', () => {
    expect(one(['Code', 'Title', 'Polarity'], ['NI 65', 'X', 'Band 10 to 15'])?.definitions[0].band).toEqual({
      low: 10,
      high: 15,
    });
  });

  it.each([
    ['5%', { kind: 'relative', value: 5 }],
    ['2pp', { kind: 'absolute', value: 2 }],
    ['2 ppts', { kind: 'absolute', value: 2 }],
    ['3', { kind: 'absolute', value: 3 }],
  ])('tolerance "%s"', (text, tolerance) => {
    expect(one(['Code', 'Title', 'Tolerance'], ['CSC 1', 'X', text])?.definitions[0].tolerance).toEqual(
      tolerance,
    );
  });

  it('reads a tolerance typed as 0.05 in a percentage format as 5% of the target', () => {
    const read = one(
      ['Code', 'Title', 'Tolerance'],
      ['CSC 1', 'X', 0.05],
      [
        ['General', 'General', 'General'],
        ['General', 'General', '0%'],
      ],
    );
    expect(read?.definitions[0].tolerance).toEqual({ kind: 'relative', value: 5 });
  });

  it('reads a bare number in the code column as an NI number and rejects codes outside the set', () => {
    const read = readDefinitionsSheet(
      sheet([
        ['NI', 'Title', 'Polarity'],
        [112, 'Teenage conceptions', 'low'],
        ['NI 31', 'Dropped', 'low'],
        ['NI 250', 'Unknown', 'low'],
      ]),
    );
    expect(read?.definitions.map((d) => d.code)).toEqual(['NI 112']);
    expect(read?.problems).toEqual([
      { cell: 'A3', message: expect.stringMatching(/NI 31 is not a National Indicator/) },
      { cell: 'A4', message: expect.stringMatching(/NI 250 is not a National Indicator/) },
    ]);
  });

  it('gives cell references in absolute coordinates when the used range starts lower down', () => {
    const read = readDefinitionsSheet(
      sheet(
        [
          ['Code', 'Title', 'Polarity'],
          ['CSC 1', 'X', 'maybe'],
        ],
        { origin: { row: 4, col: 2 } },
      ),
    );
    expect(read?.problems[0].cell).toBe('E6');
  });
});

describe('isDefinitionsSheet', () => {
  it('recognises a code + title header with at least one definition column', () => {
    expect(isDefinitionsSheet(SHEET)).toBe(true);
    expect(isDefinitionsSheet(sheet([['Code', 'Title', 'Unit']]))).toBe(true);
  });

  it('does not take a targets table or a plain list for a definitions sheet', () => {
    const targets = sheet([
      ['National Indicator Number', 'Description', '2007/8 Actual', '2008/09 Target', 'Polarity'],
      [55, 'Obesity', '8.4%', '8', 'Low'],
    ]);
    expect(isDefinitionsSheet(targets)).toBe(false);
    expect(readDefinitionsSheet(targets)).toBeNull();
    expect(
      isDefinitionsSheet(
        sheet([
          ['Code', 'Title'],
          ['CSC 1', 'X'],
        ]),
      ),
    ).toBe(false);
    expect(isDefinitionsSheet(sheet([]))).toBe(false);
  });
});
