/**
 * NI-SUB-LETTER: a sub-indicator row whose title names the other letter, as the National
 * Indicator Set letters them. What an officer reads: the rule id, the cell and the message.
 */
import { builtInCatalogue } from '../../../src/engine/catalogue/catalogue';
import { subLetter } from '../../../src/engine/validate/rules/sub-letter';
import { context, targetsTable } from './build';

const catalogue = builtInCatalogue();
const check = (rows: { code: string; title: string }[]) =>
  subLetter.check(
    context([targetsTable({ years: [], rows: rows.map((r) => ({ ...r, values: [] })) })], { catalogue }),
  );

describe('NI-SUB-LETTER', () => {
  it('reports a "percentage measured" row coded NI 56a, saying which polarity it is rated with', () => {
    const found = check([{ code: 'NI 56a', title: 'Obesity - Year 6: percentage measured' }]);
    expect(found.map((f) => [f.rule, f.severity, f.cell])).toEqual([['NI-SUB-LETTER', 'warning', 'A3']]);
    expect(found[0].message).toBe(
      "The title 'Obesity - Year 6: percentage measured' fits NI 56b (Year 6: percentage measured) rather than NI 56a (Year 6: percentage obese), as the National Indicator Set letters them. The row is rated as NI 56a (lower is better); NI 56b is higher is better.",
    );
    expect(found[0].fix).toContain('Change the code to NI 56b');
  });

  it('leaves rows whose title fits their own letter, or says nothing either way', () => {
    expect(
      check([
        { code: 'NI 56a', title: 'Obesity - Year 6: percentage obese (NI 56a)' },
        { code: 'NI 56b', title: 'Obesity - Year 6: percentage measured (NI 56b)' },
        { code: 'NI 55a', title: 'Reception year' },
        { code: 'NI 56', title: 'Obesity - Year 6: percentage measured' },
        { code: 'NI 73c', title: 'Key Stage 2 measured' },
      ]),
    ).toEqual([]);
  });

  it("follows the set's letters for NI 44: c is Black or Black British, d Asian (Oxfordshire has them the other way)", () => {
    const found = check([
      { code: 'NI 44c', title: 'Ethnic composition of offenders: Asian (NI 44c)' },
      { code: 'NI 44d', title: 'Ethnic composition of offenders: Black (NI 44d)' },
      { code: 'NI 44e', title: 'Ethnic composition of offenders: Chinese/other (NI 44e)' },
    ]);
    expect(found.map((f) => [f.cell, f.message.split(', as')[0]])).toEqual([
      [
        'A3',
        "The title 'Ethnic composition of offenders: Asian (NI 44c)' fits NI 44d (Asian or Asian British) rather than NI 44c (Black or Black British)",
      ],
      [
        'A4',
        "The title 'Ethnic composition of offenders: Black (NI 44d)' fits NI 44c (Black or Black British) rather than NI 44d (Asian or Asian British)",
      ],
    ]);
    // same polarity either way: nothing said about rating
    expect(found[0].message).not.toContain('rated as');
  });
});
