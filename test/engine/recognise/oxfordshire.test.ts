/**
 * Oxfordshire Delivery Plan 2010-11, NIS table: codes inside the titles at the
 * end ("(NI 44a)"), a Period column, merged bands (Baseline over two years,
 * Targets over four, Comparison (Ofsted) over SNs and England), Notes, header
 * repeated at page breaks with notes running on after them, and an
 * abbreviations list under the table that is not part of it.
 */
import { OXFORDSHIRE_ROWS } from './seed-rows';
import { excelRows, rangeA1, rowKey, run, sheet, targets, yearKey } from './helpers';

const HEADERS = [5, 18, 34, 51, 66, 78, 93, 107, 119];
const merges = HEADERS.flatMap((r) => [`C${r}:D${r}`, `E${r}:H${r}`, `I${r}:J${r}`]);
const result = run([sheet('NIS', OXFORDSHIRE_ROWS, { merges })]);
const [table] = targets(result.tables);

/** Excel rows from..to inclusive. */
const span = (from: number, to: number): number[] =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('Oxfordshire NIS table', () => {
  it('is one table over every page', () => {
    expect(result.tables).toHaveLength(1);
    expect(rangeA1(table.range)).toBe('A5:K123');
    expect(excelRows(table.headerRows)).toEqual(HEADERS.flatMap((r) => [r, r + 1]));
    expect(table.groups).toEqual([]);
    expect(table.footnotes).toEqual([]);
  });

  it('finds every indicator row and reads the code from the end of its title', () => {
    const rows = [
      ...span(7, 16),
      ...span(21, 32),
      ...span(36, 49),
      ...span(54, 64),
      ...span(68, 76),
      ...span(80, 91),
      ...span(95, 105),
      ...span(109, 117),
      ...span(121, 123),
    ];
    const codes = [
      'NI 19', 'NI 43', 'NI 44a', 'NI 44b', 'NI 44c', 'NI 44d', 'NI 44e', 'NI 45', 'NI 46', 'NI 50',
      'NI 51', 'NI 52a', 'NI 52b', 'NI 53a', 'NI 53b', 'NI 54', 'NI 55a', 'NI 55b', 'NI 56a', 'NI 56b', 'NI 57', 'NI 58',
      'NI 59', 'NI 60', 'NI 61', 'NI 62', 'NI 63', 'NI 64', 'NI 65', 'NI 66', 'NI 67', 'NI 68', 'NI 69', 'NI 70', 'NI 71', 'NI 72',
      'NI 73', 'NI 75', 'NI 76', 'NI 78', 'NI 79', 'NI 80', 'NI 81', 'NI 82', 'NI 84', 'NI 85a', 'NI 85b',
      'NI 85c', 'NI 86', 'NI 87', 'NI 88', 'NI 89a', 'NI 89b', 'NI 90', 'NI 91', 'NI 92',
      'NI 93', 'NI 94', 'NI 99', 'NI 100', 'NI 101', 'NI 102a', 'NI 102b', 'NI 103a', 'NI 103b', 'NI 104', 'NI 105', 'NI 106',
      'NI 107a', 'NI 107b', 'NI 107c', 'NI 107d', 'NI 107e', 'NI 108a', 'NI 108b', 'NI 108c', 'NI 109', 'NI 110', 'NI 111',
      'NI 112', 'NI 112', 'NI 113a', 'NI 113b', 'NI 114', 'NI 115', 'NI 116', 'NI 117', 'NI 118',
      'NI 147', 'NI 148', 'NI 199',
    ]; // prettier-ignore
    expect(rows).toHaveLength(codes.length);
    expect(rowKey(table)).toEqual(rows.map((r, i) => [r, codes[i], null]));
  });

  it('reads Baseline as baseline then actual, Targets as targets, and the comparators', () => {
    expect(yearKey(table)).toEqual([
      'C:baseline:2008/09',
      'D:actual:2009/10',
      'E:target:2008/09',
      'F:target:2009/10',
      'G:target:2010/11',
      'H:target:2011/12',
    ]);
    const role = (col: number) => table.columns.find((c) => c.col === col);
    expect(role(0)?.role).toBe('title');
    expect(role(1)?.role).toBe('period');
    expect(role(8)).toMatchObject({
      role: 'comparator',
      comparator: 'statistical-neighbours',
      header: 'Comparison (Ofsted) / SNs',
    });
    expect(role(9)).toMatchObject({ role: 'comparator', comparator: 'england' });
    expect(role(10)?.role).toBe('notes');
    // one value per year and comparator column
    expect(table.rows[0].values.map((v) => v.cell)).toEqual(['C7', 'D7', 'E7', 'F7', 'G7', 'H7', 'I7', 'J7']);
  });

  it('reads titles without their code, periods, and notes running on past a page break', () => {
    const row = (excel: number) => table.rows.find((r) => r.row === excel - 1)!;
    expect(row(7)).toMatchObject({
      title: 'Rate of proven re-offending by young offenders',
      codeCell: 'A7',
      period: 'financial',
      periodCell: 'B7',
    });
    expect(row(16).period).toBe('academic');
    expect(row(69).period).toBe('calendar');
    expect(row(84).period).toBe('academic'); // "AcYr/O C2"
    expect(row(109).period).toBe('previous-calendar');
    expect(row(115).period).toBe('financial'); // "Annual (Apr)"
    expect(row(16).notes).toBe('Target subject to confirmation by Perf Subgrp');
    expect(row(49).notes).toMatch(/^Note on target: subject to revision this summer as no baseline data/);
    expect(row(39).laa).toBe(true); // "9.6% LAA: 11.0%"
    expect(row(60).laa).toBe(true); // note "LAA2: relates to..."
    expect(row(59).laa).toBe(false);
  });

  it('leaves the abbreviations list under the table alone', () => {
    expect(table.rows.some((r) => r.row + 1 > 123)).toBe(false);
  });
});

describe('Oxfordshire NIS table without merged bands', () => {
  // the same sheet with each band written once and blanks to its right
  const plain = run([sheet('NIS', OXFORDSHIRE_ROWS)]);
  const [t] = targets(plain.tables);

  it('reads the bands from the blank-cells convention and says nothing to correct', () => {
    expect(plain.tables).toHaveLength(1);
    expect(rangeA1(t.range)).toBe('A5:K123');
    expect(yearKey(t)).toEqual(yearKey(table));
    expect(t.columns.map((c) => c.role)).toEqual(table.columns.map((c) => c.role));
    expect(t.rows).toHaveLength(table.rows.length);
    expect(plain.notes).toEqual([]);
    expect(result.notes).toEqual([]);
  });
});
