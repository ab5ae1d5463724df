/**
 * Finding a sheet's own key: the lines under or beside a table where the officer
 * says what the table's tokens stand for ("X = New Indicator", "* = provisional").
 */
import type { SheetSnapshot } from '../../../src/engine/model/snapshot';
import { findSheetKey } from '../../../src/engine/recognise/sheet-key';
import { SheetView } from '../../../src/engine/recognise/sheet-view';
import { toSnapshot, type CellSpec } from '../../fixtures/spec';

function sheetOf(rows: CellSpec[][], at: { startRow?: number; startCol?: number } = {}): SheetSnapshot {
  return toSnapshot({ name: 'plan.xlsx', sheets: [{ name: 'Targets', rows, ...at }] }).sheets[0];
}

/** The key as [token, what it reads as, cell]. */
function keyOf(rows: CellSpec[][], at: { startRow?: number; startCol?: number } = {}): string[][] {
  return findSheetKey(sheetOf(rows, at)).entries.map((e) => [e.token, e.read, e.cell]);
}

const TABLE: CellSpec[][] = [
  ['NI', 'Indicator', '2008/09 Actual', '2009/10 Actual', '2009/10 Target'],
  ['NI 55', 'Obesity among primary school age children in Reception Year', '9.6%', '9.4%*', '9.0%'],
  ['NI 56', 'Obesity among primary school age children in Year 6', 'X', '18.2%', '18.0%'],
  ['NI 117', '16 to 18 year olds who are not in education, employment or training (NEET)', '-', 'X', '6.5%'],
];

describe('findSheetKey', () => {
  it('reads a Key heading over lines of "token = meaning" under the table', () => {
    const key = keyOf([
      ...TABLE,
      [],
      ['Key'],
      ['X = New Indicator'],
      ['* = provisional'],
      ['- = no data'],
      ['n/a = not applicable'],
    ]);
    expect(key).toEqual([
      ['X', 'new', 'A7'],
      ['*', 'provisional', 'A8'],
      ['-', 'no-data', 'A9'],
      ['n/a', 'not-applicable', 'A10'],
    ]);
  });

  it('reads a key in two columns (token, meaning) beside the table, a gap between', () => {
    const rows = TABLE.map((r, i) => {
      const side: CellSpec[][] = [['Key'], ['X', 'New indicator - no data'], ['*', 'Provisional data']];
      return [...r, null, ...(side[i] ?? [])];
    });
    expect(keyOf(rows)).toEqual([
      ['X', 'new', 'G2'],
      ['*', 'provisional', 'G3'],
    ]);
  });

  it('reads "Key:" followed by its lines in the same cell, or on the same row', () => {
    expect(keyOf([...TABLE, ['Key: X = New measure; * = provisional figure']])).toEqual([
      ['X', 'new', 'A5'],
      ['*', 'provisional', 'A5'],
    ]);
    expect(keyOf([...TABLE, [], ['Key:', 'X = New Indicator', 'NYA: not yet available']])).toEqual([
      ['X', 'new', 'B6'],
      ['NYA', 'not-yet-available', 'C6'],
    ]);
  });

  it('reads a lone "token = meaning" line anywhere, and "token: meaning" lines when there are several', () => {
    expect(keyOf([...TABLE, [], [null, 'X = New Indicator']])).toEqual([['X', 'new', 'B6']]);
    expect(keyOf([...TABLE, [], ['X: new indicator'], ['*: provisional']])).toEqual([
      ['X', 'new', 'A6'],
      ['*', 'provisional', 'A7'],
    ]);
  });

  it('finds the key wherever the sheet starts, on a SheetView as on the snapshot', () => {
    const rows: CellSpec[][] = [...TABLE, [], ['Key'], ['X = New Indicator']];
    const sheet = sheetOf(rows, { startRow: 4, startCol: 2 });
    expect(findSheetKey(new SheetView(sheet)).entries.map((e) => e.cell)).toEqual(['C11']);
    expect(findSheetKey(sheet).statuses.get('x')).toBe('new');
  });

  it('is empty for a sheet without a key, whatever the cells hold', () => {
    const rows: CellSpec[][] = [
      ...TABLE,
      ['NI 57', 'PE and sport', 'nya: July 2010', '9.6% LAA: 11.0%', 'English: 81% Maths: 75%'],
      [],
      ['Note: figures for 2009/10 are provisional'],
      ['R = target missed by more than 5%'],
      ['G: target met'],
      ['LAA = Local Area Agreement'],
      ['1 = provisional'],
    ];
    const key = findSheetKey(sheetOf(rows));
    expect(key.entries).toEqual([]);
    expect(key.statuses.size + key.provisional.size).toBe(0);
  });

  it('leaves a lone "token: meaning" line alone, and token-and-meaning cells without a Key heading', () => {
    expect(keyOf([...TABLE, [], ['X: new indicator']])).toEqual([]);
    expect(keyOf([...TABLE, [], ['X', 'New indicator'], ['*', 'provisional']])).toEqual([]);
    // a table's own cells look just like such a pair: a period beside a status, two statuses
    const table: CellSpec[][] = [
      ['NI', 'Indicator', 'Period', '2009/10 Actual', '2009/10 Target', '2010/11 Target'],
      ['NI 19', 'Rate of proven re-offending by young offenders', 'FY', 'nya: July 2010', 'New', 'New'],
      ['NI 111', 'First time entrants to the Youth Justice System', 'FY', 'nya: July 2010', 'New', 'New'],
    ];
    expect(keyOf(table)).toEqual([]);
  });

  it('lets a later line for the same token win, as it would on paper', () => {
    const key = findSheetKey(sheetOf([...TABLE, [], ['Key'], ['- = no data'], ['- = not applicable']]));
    expect(key.statuses.get('-')).toBe('not-applicable');
  });
});
