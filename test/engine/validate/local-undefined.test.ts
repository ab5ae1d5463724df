/**
 * NI-LOCAL-UNDEFINED: a row carrying the council's own code (CSC 014, LPI 12) that
 * the workbook does not define. Without a definition nothing says whether higher or
 * lower is better, so the row is not rated; the officer must be told, and where to
 * define it.
 */
import { localUndefined } from '../../../src/engine/validate/rules/local-undefined';
import type { CellSpec, SheetSpec } from '../../fixtures/spec';
import { context, targetsTable } from './build';
import { check } from './officer-sheets';

const COLUMNS = 'Code | Title | Polarity | Unit | Tolerance';
const UNTIL = 'the row cannot be rated until it is defined.';

const definitions = (rows: CellSpec[][]): SheetSpec => ({
  name: 'Local definitions',
  rows: [['Code', 'Title', 'Polarity', 'Unit', 'Tolerance'], ...rows],
});

const DEFINED: CellSpec[][] = [
  ['CSC 001', 'Children seen within 24 hours of referral', 'Higher is better', '%', '5%'],
  ['CSC 007', 'Average days from referral to core assessment', 'Lower is better', 'days', '5%'],
  ['LPI 01', 'Young carers identified and assessed', 'Higher is better', 'count', '5%'],
];

/** Local performance indicators beside a national one, codes in their own column. */
function localTable(codes: CellSpec[]): SheetSpec {
  return {
    name: 'Local PIs',
    rows: [
      ['Code', 'Indicator', '2008/09 Actual', '2009/10 Actual', '2009/10 Target', '2010/11 Target'],
      [codes[0], 'Children seen within 24 hours of referral', '81%', '84%', '85%', '88%'],
      [codes[1], 'Initial child protection conferences held within 15 days', '71%', '74%', '80%', '85%'],
      [codes[2], 'Average days from referral to core assessment', 30, 28, 27, 25],
      [
        'NI 59',
        'Initial assessments for children’s social care carried out within 7 working days of referral',
        '70%',
        '72%',
        '75%',
        '80%',
      ],
    ],
  };
}

describe('NI-LOCAL-UNDEFINED', () => {
  it('warns at the code of a CSC row the definitions sheet leaves out, naming the sheet and its columns', () => {
    const c = check([localTable(['CSC 001', 'CSC 014', 'CSC 007']), definitions(DEFINED)]);
    const found = c.findings.filter((f) => f.rule === 'NI-LOCAL-UNDEFINED');
    expect(found).toEqual([
      {
        rule: 'NI-LOCAL-UNDEFINED',
        severity: 'warning',
        sheet: 'Local PIs',
        cell: 'A3',
        message:
          'CSC 014 (Initial child protection conferences held within 15 days) is a local code with no definition: nothing says whether higher or lower is better, so it is not rated.',
        fix: `Add CSC 014 to the definitions sheet 'Local definitions' (columns ${COLUMNS}): ${UNTIL}`,
      },
    ]);
  });

  it('reads any local prefix the workbook uses, not only CSC', () => {
    const c = check([localTable(['CSC 001', 'LPI 12', 'CSC 007']), definitions(DEFINED)]);
    expect(c.of('NI-LOCAL-UNDEFINED')).toEqual([
      [
        'A3',
        'LPI 12 (Initial child protection conferences held within 15 days) is a local code with no definition: nothing says whether higher or lower is better, so it is not rated.',
      ],
    ]);
  });

  it('finds the code written into the title, and does not repeat it in the message', () => {
    const sheet: SheetSpec = {
      name: 'Scorecard',
      rows: [
        ['Indicator', '2008/09 Actual', '2009/10 Target', '2010/11 Target'],
        ['CSC 001 Children seen within 24 hours of referral', '81%', '85%', '88%'],
        ['CSC 014 Initial child protection conferences held within 15 days', '71%', '80%', '85%'],
        ['Initial assessments within 7 working days of referral (NI 59)', '70%', '75%', '80%'],
      ],
    };
    const c = check([sheet, definitions(DEFINED)]);
    expect(c.of('NI-LOCAL-UNDEFINED')).toEqual([
      [
        'A3',
        'CSC 014 (Initial child protection conferences held within 15 days) is a local code with no definition: nothing says whether higher or lower is better, so it is not rated.',
      ],
    ]);
  });

  it('says nothing of defined codes, NI codes, or local rows without a code', () => {
    const c = check([
      localTable(['CSC 001', 'Local Indicator', 'CSC 007']),
      definitions([
        ...DEFINED,
        ['Local', 'Initial child protection conferences held within 15 days', 'Higher is better', '%', '5%'],
      ]),
    ]);
    expect(c.of('NI-LOCAL-UNDEFINED')).toEqual([]);
  });

  it('asks for a definitions sheet when the workbook has none', () => {
    const table = targetsTable({
      years: [],
      rows: [{ code: 'CSC 014', title: 'Initial child protection conferences', local: true, values: [] }],
    });
    const f = localUndefined.check({ ...context([table]), definitionSheets: [] });
    expect(f.map((x) => [x.cell, x.fix])).toEqual([
      ['A3', `Add a definitions sheet with the columns ${COLUMNS} and a row for CSC 014: ${UNTIL}`],
    ]);
    // a caller that does not say which sheets were read: the fix still says where
    expect(localUndefined.check(context([table]))[0].fix).toBe(
      `Add CSC 014 to the workbook's definitions sheet (columns ${COLUMNS}; add such a sheet if there is none): ${UNTIL}`,
    );
  });
});
