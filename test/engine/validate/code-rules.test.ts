import { codeFormat } from '../../../src/engine/validate/rules/code-format';
import { codeTypo } from '../../../src/engine/validate/rules/code-typo';
import { codeUnknown } from '../../../src/engine/validate/rules/code-unknown';
import { BROMLEY_YEARS, cell, context, targetsTable, type RowSpec } from './build';

const row = (code: string | null, title: string, codeAsTyped?: string): RowSpec => ({
  code,
  title,
  codeAsTyped,
  values: [cell.pct(60)],
});
const ctxOf = (...rows: RowSpec[]) => context([targetsTable({ years: [BROMLEY_YEARS[3]], rows })]);

describe('NI-CODE-UNKNOWN', () => {
  it('reports a code outside the set at its code cell and suggests the indicator the title fits', () => {
    const f = codeUnknown.check(ctxOf(row('NI 250', 'Under 18 conception rate')));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: 'NI-CODE-UNKNOWN', severity: 'error', sheet: 'Targets', cell: 'A3' });
    expect(f[0].message).toBe(
      'NI 250 is not in the National Indicator Set (NI 1 to NI 199). The title fits NI 112 (Under 18 conception rate).',
    );
    expect(f[0].fix).toContain('Type NI 112');
  });

  it('suggests the nearest numbers for the dropped NI 31 when the title says nothing', () => {
    const f = codeUnknown.check(ctxOf(row('NI 31', 'Offending')));
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('NI 31 is not in the National Indicator Set');
    expect(f[0].message).toContain('The nearest indicators are NI 30 (Re-offending rate');
    expect(f[0].message).toContain('or NI 32 (Repeat incidents of domestic violence)');
  });

  it('quotes the code as typed when recognition corrected it', () => {
    const f = codeUnknown.check(ctxOf(row('NI 250', 'Something else entirely', 'N1 250')));
    expect(f[0].message).toMatch(/^'N1 250' \(read as NI 250\) is not in the National Indicator Set/);
    expect(f[0].fix).toContain('Handbook of Definitions');
  });

  it('leaves known codes, sub-indicators and local indicators alone', () => {
    const f = codeUnknown.check(
      ctxOf(
        row('NI 55', 'Obesity in primary school age children in Reception Year'),
        row('NI 56b', 'Obesity - Year 6: percentage measured'),
        row(null, 'Total absences in primary schools'),
        { ...row('CSC 014', 'Local measure'), local: true },
      ),
    );
    expect(f).toEqual([]);
  });
});

describe('NI-CODE-TYPO', () => {
  it.each([
    ['N61', 'NI 61'],
    ['N1 43', 'NI 43'],
  ])('warns that %s is read as %s', (typed, code) => {
    const f = codeTypo.check(ctxOf(row(code, 'a title', typed)));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: 'NI-CODE-TYPO', severity: 'warning', cell: 'A3' });
    expect(f[0].message).toMatch(new RegExp(`^'${typed}' is read as ${code} \\(`));
    expect(f[0].fix).toBe(`Type ${code} so every tool reads it the same way.`);
  });

  it('says nothing about codes typed properly or written loosely', () => {
    expect(codeTypo.check(ctxOf(row('NI 88', 'Extended schools', 'NI88'), row('NI 61', 'x')))).toEqual([]);
  });
});

describe('NI-CODE-FORMAT', () => {
  it.each([
    ['NI88', 'NI 88'],
    ['NI 04', 'NI 4'],
    ['N.I. 45', 'NI 45'],
  ])('tells the officer %s is written as %s', (typed, code) => {
    const f = codeFormat.check(ctxOf(row(code, 'a title', typed)));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: 'NI-CODE-FORMAT', severity: 'info', cell: 'A3' });
    expect(f[0].message).toBe(`'${typed}' is read as ${code}: write it as ${code}.`);
  });

  it('accepts the handbook form NI 055, bare numbers in a code column and corrected typos', () => {
    const f = codeFormat.check(
      ctxOf(
        row('NI 55', 'x', 'NI 055'),
        row('NI 55', 'x', '55'),
        row('NI 61', 'x', 'N61'),
        row('NI 61', 'x'),
      ),
    );
    expect(f).toEqual([]);
  });
});
