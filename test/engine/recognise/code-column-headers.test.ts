/**
 * Code columns where the header words mislead: headed with a title's word ("Indicator | Description", "National Indicator",
 * "Measure ID | Measure"): its cells are codes, so it is the code column. Before, the header
 * word ruled it out and every row was read with no code, so none was rated. Or after the figures at
 * the table's right edge ("Indicator | 2008/09 ... | NI"), where no code column was looked for.
 */
import { rowKey, run, sheet, targets } from './helpers';

const years = ['2008/09 Actual', '2009/10 Target', '2010/11 Target'];

describe('a code column headed with a title word', () => {
  it.each([
    ['Indicator', 'Description'],
    ['National Indicator', 'Description'],
    ['Measure ID', 'Measure'],
  ])('reads the codes under "%s" beside titles under "%s"', (codeHeader, titleHeader) => {
    const { tables } = run([
      sheet('Targets', [
        [codeHeader, titleHeader, ...years],
        ['Be healthy'],
        ['NI 112', 'Under 18 conception rate', 41.2, 37, 36],
        [117, '16 to 18 year olds who are NEET', '6.4%', '5.1%', '5%'],
        ['Stay safe'],
        ['NI 62', 'Stability of placements of looked after children: number of moves', '11%', '10%', '9%'],
      ]),
    ]);
    const [t] = targets(tables);
    expect(rowKey(t)).toEqual([
      [3, 'NI 112', 'Be healthy'],
      [4, 'NI 117', 'Be healthy'],
      [6, 'NI 62', 'Stay safe'],
    ]);
    expect(t.rows.map((r) => r.title)).toEqual([
      'Under 18 conception rate',
      '16 to 18 year olds who are NEET',
      'Stability of placements of looked after children: number of moves',
    ]);
  });

  it('leaves a title column that only mentions codes ("NI 112 Under 18 ...") the title column', () => {
    const { tables } = run([
      sheet('Targets', [
        ['Indicator', ...years],
        ['NI 112 Under 18 conception rate', 41.2, 37, 36],
        ['NI 117 16 to 18 year olds who are NEET', '6.4%', '5.1%', '5%'],
      ]),
    ]);
    const [t] = targets(tables);
    expect(t.rows.map((r) => [r.code, r.title])).toEqual([
      ['NI 112', 'Under 18 conception rate'],
      ['NI 117', '16 to 18 year olds who are NEET'],
    ]);
  });
});

describe('a code column after the figures', () => {
  it.each(['NI', 'Ref.'])('reads the codes under "%s" at the right edge of the table', (codeHeader) => {
    const { tables } = run([
      sheet('Targets', [
        ['Indicator', ...years, codeHeader],
        ['Under 18 conception rate', 41.2, 37, 36, 'NI 112'],
        ['16 to 18 year olds who are NEET', '6.4%', '5.1%', '5%', 117],
        ['Stability of placements of looked after children', '11%', '10%', '9%', 'NI 62'],
      ]),
    ]);
    const [t] = targets(tables);
    expect(t.rows.map((r) => [r.code, r.codeCell])).toEqual([
      ['NI 112', 'E2'],
      ['NI 117', 'E3'],
      ['NI 62', 'E4'],
    ]);
  });
});
