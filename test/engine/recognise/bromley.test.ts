/**
 * Bromley CYPP 2009-11: Table A (targets, two-row header with bands written once,
 * repeated at page breaks, outcome headings, "Local Indicator" rows) and the
 * start of Table B (action plan) on the same sheet, copied from the seed.
 */
import { BROMLEY_ROWS } from './seed-rows';
import { excelRows, plans, rangeA1, rowKey, run, sheet, targets, yearKey } from './helpers';

const result = run([sheet('CYPP', BROMLEY_ROWS)]);
const tableA = targets(result.tables);
const tableB = plans(result.tables);

describe('Bromley Table A', () => {
  it('is one targets table from the first header to the last indicator', () => {
    expect(tableA).toHaveLength(1);
    expect(rangeA1(tableA[0].range)).toBe('A3:I60');
    expect(excelRows(tableA[0].headerRows)).toEqual([3, 4, 16, 17, 28, 29, 42, 43, 56, 57]);
  });

  it('finds every indicator row with its code and outcome heading', () => {
    const BH = 'Be Healthy';
    const SS = 'Staying Safe';
    const EA = 'Enjoy and Achieve';
    const PC = 'Making a Positive Contribution';
    const EW = 'Achieve Economic Well-Being';
    expect(rowKey(tableA[0])).toEqual([
      [6, 'NI 55', BH],
      [7, 'NI 56', BH],
      [8, 'NI 112', BH],
      [9, null, BH],
      [11, 'NI 61', SS],
      [12, 'NI 62', SS],
      [18, null, SS],
      [19, 'NI 64', SS],
      [20, 'NI 65', SS],
      [21, 'NI 67', SS],
      [22, null, SS],
      [23, 'NI 111', SS],
      [25, 'NI 72', EA],
      [26, 'NI 92', EA],
      [30, 'NI 73', EA],
      [31, 'NI 99', EA],
      [32, 'NI 100', EA],
      [33, 'NI 75', EA],
      [34, 'NI 101', EA],
      [35, 'NI 93', EA],
      [36, 'NI 94', EA],
      [37, null, EA],
      [38, null, EA],
      [39, 'NI 87', EA],
      [40, null, EA],
      [44, null, EA],
      [45, 'NI 114', EA],
      [46, null, EA],
      [47, null, EA],
      [48, null, EA],
      [50, 'NI 91', PC],
      [51, 'NI 110', PC],
      [52, 'NI 19', PC],
      [53, 'NI 45', PC],
      [58, 'NI 148', EW],
      [59, 'NI 117', EW],
      [60, null, EW],
    ]);
    expect(tableA[0].groups.map((g) => [g.row + 1, g.title])).toEqual([
      [5, 'Be Healthy'],
      [10, 'Staying Safe'],
      [24, 'Enjoy and Achieve'],
      [49, 'Making a Positive Contribution'],
      [54, 'Achieve Economic Well-Being'],
    ]);
    expect(tableA[0].footnotes).toEqual([]);
  });

  it('reads each year column under the Past Performance and Future Targets bands', () => {
    expect(yearKey(tableA[0])).toEqual([
      'C:actual:2005/06',
      'D:actual:2006/07',
      'E:actual:2007/08',
      'F:actual:2008/09',
      'G:target:2008/09',
      'H:target:2009/10',
      'I:target:2010/11',
    ]);
    const byCol = new Map(tableA[0].columns.map((c) => [c.col, c]));
    expect(byCol.get(0)?.role).toBe('code');
    expect(byCol.get(1)?.role).toBe('title');
    expect(byCol.get(2)?.header).toBe('Past Performance / 2005/6 Actual');
    expect(byCol.get(8)?.header).toBe('Future Targets / 2010/11 Target');
  });

  it('marks Local Indicator and LAA reward rows', () => {
    const row = (excel: number) => tableA[0].rows.find((r) => r.row === excel - 1)!;
    expect(row(9)).toMatchObject({ code: null, local: true, laa: false });
    expect(row(44)).toMatchObject({ code: null, local: true, laa: true });
    expect(row(60)).toMatchObject({ code: null, local: true, laa: true });
    expect(row(6)).toMatchObject({ code: 'NI 55', local: false, codeCell: 'A6', titleCell: 'B6' });
    expect(row(6).title).toBe('Obesity in primary school age children in Reception Year');
  });

  it('keeps every year cell of a row, parsed', () => {
    const ni55 = tableA[0].rows[0];
    expect(ni55.values.map((v) => v.cell)).toEqual(['C6', 'D6', 'E6', 'F6', 'G6', 'H6', 'I6']);
    expect(ni55.values[3].raw).toBe('7.3% (9.6%)');
    expect(ni55.values[3].parsed).toMatchObject({ kind: 'number', value: 7.3, unit: 'percent' });
    expect(ni55.values[0].parsed).toMatchObject({ kind: 'status', status: 'new' });
  });
});

describe('Bromley Table B', () => {
  it('is one action plan with its header repeats', () => {
    expect(tableB).toHaveLength(1);
    expect(rangeA1(tableB[0].range)).toBe('A64:E106');
    expect(excelRows(tableB[0].headerRows)).toEqual([64, 75, 83, 90, 97, 103]);
    expect(tableB[0].columns.map((c) => c.role)).toEqual(['area', 'task', 'deadline', 'lead', 'group']);
  });

  it('numbers every task and carries the area over blank rows and page breaks', () => {
    const got = tableB[0].tasks.map((t) => [t.row + 1, t.number, t.areaNumber]);
    const expected: [number, string, number][] = [];
    const add = (from: number, area: number, numbers: string[]) =>
      numbers.forEach((n, i) => expected.push([from + i, n, area]));
    add(65, 1, ['1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7']);
    add(76, 2, ['2.1', '2.2', '2.3']);
    add(79, 3, ['3.1', '3.2', '3.3']);
    add(84, 3, ['3.4', '3.5']);
    add(86, 4, ['4.1', '4.2', '4.3']);
    add(91, 4, ['4.4', '4.5']);
    add(93, 5, ['5.1', '5.2', '5.3']);
    add(98, 5, ['5.4']);
    add(99, 6, ['6.1', '6.2', '6.3']);
    add(104, 6, ['6.4', '6.5', '6.6']);
    expect(got).toEqual(expected);
  });

  it('carries lead and group down from the area’s first row', () => {
    const task = (n: string) => tableB[0].tasks.find((t) => t.number === n)!;
    expect(task('1.2')).toMatchObject({
      lead: 'Jenny Selway, Bromley Primary Care Trust',
      group: "Children's Health and Wellbeing Strategy Group",
      text: 'Complete a Maternity Needs Assessment.',
      taskCell: 'B66',
    });
    expect(task('1.2').deadline).toEqual({ raw: 'August 2009', cell: 'C66', format: 'General' });
    expect(task('3.4').group).toBe(
      "Children's Health and Wellbeing Strategy Group or Disability Strategy Group",
    );
    expect(task('4.4').lead).toBe('Suzett Polson, London Borough of Bromley');
    expect(task('4.5').lead).toBe('Suzett Polson Merlin Joseph London Borough of Bromley');
    expect(task('5.1').lead).toBe('Angela Huggett, London Borough of Bromley');
    expect(task('1.1').area).toMatch(/^1\. Improve children and young people's health/);
  });
});
