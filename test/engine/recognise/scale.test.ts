/**
 * 100k indicator rows across two sheets, every one found. Speed is measured by
 * the benchmark, not asserted here (about 0.6 s on an idle 2-core machine,
 * including parsing 600k values); anything quadratic would blow jest's timeout.
 */
import type { CellValue, SheetSnapshot } from '../../../src/engine/model/snapshot';
import { recognise } from '../../../src/engine/recognise/recognise';
import { catalogue } from './helpers';

function bigSheet(name: string, index: number, rows: number): SheetSnapshot {
  const header: CellValue[] = [
    'NI',
    'Indicator',
    'Period',
    '2008/09 Actual',
    '2009/10 Actual',
    '2009/10 Target',
    '2010/11 Target',
    'SNs',
    'Notes',
  ];
  const values: CellValue[][] = [header];
  for (let i = 0; i < rows; i++) {
    if (i % 40 === 0) values.push(['Be Healthy', null, null, null, null, null, null, null, null]);
    const code = (i % 198) + 1;
    values.push([
      code,
      `Indicator number ${code}`,
      'FY',
      '7.3% (9.6%)',
      0.081,
      '8%',
      'nya: July 2010',
      8.4,
      i % 7 === 0 ? 'Note on target' : null,
    ]);
  }
  return {
    name,
    index,
    visibility: 'visible',
    origin: { row: 0, col: 0 },
    values,
    formats: null,
    merges: [],
    tables: [],
    protected: false,
  };
}

describe('scale', () => {
  it('recognises 100k indicator rows across sheets', () => {
    const snapshot = { name: 'big.xlsx', sheets: [bigSheet('A', 0, 50_000), bigSheet('B', 1, 50_000)] };
    const result = recognise(snapshot, { catalogue });
    expect(result.tables).toHaveLength(2);
    expect(result.tables.reduce((n, t) => n + (t.kind === 'targets' ? t.rows.length : 0), 0)).toBe(100_000);
    expect(result.tables.map((t) => t.sheet)).toEqual(['A', 'B']);
  });
});
