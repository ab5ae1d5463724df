import { definitionUnreadable } from '../../../src/engine/validate/rules/definition-unreadable';
import { validate } from '../../../src/engine/validate/validate';
import { analyse } from '../../../src/pipeline/analyse';
import { SheetBuilder } from '../../fixtures/sheet-builder';
import { toSnapshot } from '../../fixtures/to-snapshot';
import { bromleyTableA } from '../../fixtures/workbooks/bromley-table-a';
import { cell, context, targetsTable, BROMLEY_YEARS } from './build';

const FIX = 'Correct the definition so local indicators are rated the way you intend.';

describe('NI-DEFINITION-UNREADABLE', () => {
  it('warns at each definitions cell that could not be read, with its message and one fix', () => {
    const ctx = {
      ...context([]),
      definitionProblems: [
        { sheet: 'Definitions', cell: 'D4', message: 'Unit "furlongs" is not understood' },
        { sheet: 'Local', cell: 'B2', message: 'Local indicator CSC 1 has no title' },
      ],
    };
    expect(definitionUnreadable.check(ctx)).toEqual([
      {
        rule: 'NI-DEFINITION-UNREADABLE',
        severity: 'warning',
        sheet: 'Definitions',
        cell: 'D4',
        message: 'Unit "furlongs" is not understood',
        fix: FIX,
      },
      {
        rule: 'NI-DEFINITION-UNREADABLE',
        severity: 'warning',
        sheet: 'Local',
        cell: 'B2',
        message: 'Local indicator CSC 1 has no title',
        fix: FIX,
      },
    ]);
  });

  it('finds nothing when no definitions sheet had a problem', () => {
    expect(definitionUnreadable.check(context([]))).toEqual([]);
  });

  it('comes before the tables’ findings, in the order the sheets were read, not sorted by cell', () => {
    const table = targetsTable({
      sheet: 'Table A',
      years: BROMLEY_YEARS,
      rows: [{ code: 'NI 250', title: 'Under 18 conception rate', values: [cell.pct(6.94)] }],
    });
    const ctx = {
      ...context([table]),
      definitionProblems: [
        { sheet: 'Zed', cell: 'E2', message: 'Local indicator CSC 1 has no title' },
        { sheet: 'Zed', cell: 'A2', message: 'Polarity "Sideways" is not understood' },
        { sheet: 'Alpha', cell: 'A9', message: 'Period "Moon year" is not understood' },
      ],
    };
    const found = validate(ctx).map((f) => `${f.sheet}!${f.cell} ${f.rule}`);
    expect(found.slice(0, 4)).toEqual([
      'Zed!E2 NI-DEFINITION-UNREADABLE',
      'Zed!A2 NI-DEFINITION-UNREADABLE',
      'Alpha!A9 NI-DEFINITION-UNREADABLE',
      'Table A!A3 NI-CODE-UNKNOWN',
    ]);
  });

  it('reports what analyse could not read on a definitions sheet, first and as read', () => {
    const defs = new SheetBuilder('Local defs');
    // polarity left of title: the missing title (E2) is read before the row's other cells
    defs.add(['Polarity', 'Unit', 'Code', 'Period', 'Title']);
    defs.add(['Sideways', 'furlongs', 'CSC 1', 'FY', '']);
    defs.add(['Higher is better', '%', 'CSC 2', 'Moon year', 'Days to assess']);
    const a = analyse(toSnapshot({ name: 'defs.xlsx', sheets: [bromleyTableA(), defs.build()] }), {
      settings: { asOf: '2010-06-01' },
    });
    expect(a.definitionSheets).toEqual(['Local defs']);
    const unreadable = a.findings.filter((f) => f.rule === 'NI-DEFINITION-UNREADABLE');
    expect(a.findings.slice(0, unreadable.length)).toEqual(unreadable);
    expect(unreadable.map((f) => `${f.sheet}!${f.cell} ${f.severity}: ${f.message}`)).toEqual([
      'Local defs!E2 warning: Local indicator CSC 1 has no title',
      'Local defs!A2 warning: Polarity "Sideways" is not understood: write Higher is better, Lower is better, a band such as Band 10-15%, or None',
      'Local defs!B2 warning: Unit "furlongs" is not understood: write %, ppts, per 1000, number, score, days, weeks or months',
      'Local defs!D3 warning: Period "Moon year" is not understood: write FY, Ac Yr, Cal Yr or Prev Cal Yr',
    ]);
    expect(unreadable.every((f) => f.fix === FIX)).toBe(true);
  });
});
