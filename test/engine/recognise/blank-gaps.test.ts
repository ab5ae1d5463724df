/**
 * Rows deleted and left blank inside a table, indicator rows no table takes in, and comment rows. Before, three
 * blank rows ended a table and every indicator under them was dropped without a word.
 */
import { rowKey, run, sheet, targets } from './helpers';

const header = ['NI', 'Indicator', '2008/09 Actual', '2009/10 Target'];
const ni112 = ['NI 112', 'Under 18 conception rate', 41.2, 37];
const ni117 = ['NI 117', '16 to 18 year olds who are NEET', '6.4%', '5.1%'];
const blanks = (n: number) => Array.from({ length: n }, () => []);

describe('blank rows inside a table', () => {
  it.each([3, 5, 8])('carries the table over %i blank rows to its next indicator', (n) => {
    const { tables, notes } = run([sheet('Targets', [header, ni112, ...blanks(n), ni117])]);
    expect(rowKey(targets(tables)[0]).map((r) => [r[0], r[1]])).toEqual([
      [2, 'NI 112'],
      [3 + n, 'NI 117'],
    ]);
    expect(notes.filter((x) => x.severity === 'warning')).toEqual([]);
  });

  it("ends the table at the gap when another table's header follows, as before", () => {
    const other = ['Code', 'Description', '2007/08 Actual', '2008/09 Actual'];
    const { tables } = run([sheet('Targets', [header, ni112, ...blanks(3), other, ni117])]);
    expect(targets(tables).map((t) => rowKey(t).map((r) => r[1]))).toEqual([['NI 112'], ['NI 117']]);
  });
});

describe('indicator rows outside every table', () => {
  it('tells the officer of coded rows with figures that no table took in, once for the sheet', () => {
    const { tables, notes } = run([
      sheet('Targets', [
        header,
        ni112,
        ...blanks(12),
        ni117,
        ['NI 55', 'Obesity in Reception Year', '7.3%', '8%'],
      ]),
    ]);
    expect(rowKey(targets(tables)[0]).map((r) => r[1])).toEqual(['NI 112']);
    expect(notes).toContainEqual({
      sheet: 'Targets',
      cell: 'A15',
      severity: 'warning',
      message:
        '2 rows with an NI code and figures are outside every table read, so they were not checked or rated: ' +
        'row 15 (NI 117), row 16 (NI 55). Give them a header row of years, join them to the table above, ' +
        'or mark the table in the Tables view.',
    });
  });

  it('says nothing of a contents list naming indicators and their pages', () => {
    const { notes } = run([
      sheet('Contents', [
        ['Indicator', 'Page'],
        ['NI 112', 4],
        ['NI 117', 5],
      ]),
    ]);
    expect(notes).toEqual([]);
  });
});

describe('a comment row under an indicator', () => {
  it("reads prose alone under an indicator, merged across its years, as that indicator's comment", () => {
    const { tables, notes } = run([
      sheet(
        'Targets',
        [header, ni112, [null, null, 'Rate fell again this year; the new clinic opens in May.', null], ni117],
        { merges: ['C3:D3'] },
      ),
    ]);
    const [t] = targets(tables);
    expect(t.rows.map((r) => [r.code, r.notes ?? null, r.subRows])).toEqual([
      ['NI 112', 'Rate fell again this year; the new clinic opens in May.', [2]],
      ['NI 117', null, []],
    ]);
    expect(notes.filter((n) => n.severity === 'warning')).toEqual([]);
  });
});
