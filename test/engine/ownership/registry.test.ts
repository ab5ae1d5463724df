import { REGISTRY_SHEET, type WriteOp } from '../../../src/engine/model/plan';
import {
  emptyRegistry,
  ownedSheet,
  ownsCell,
  readRegistry,
  registryOps,
  settingsFrom,
  withRanges,
  withSettings,
  withSheet,
  withoutSheet,
} from '../../../src/engine/ownership/registry';
import { defaultSettings } from '../../../src/engine/model/settings';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../../src/engine/model/snapshot';

function book(registryValues?: CellValue[][]): WorkbookSnapshot {
  const sheets: SheetSnapshot[] = [
    {
      name: 'Table A',
      index: 0,
      visibility: 'visible',
      origin: { row: 0, col: 0 },
      values: [['x']],
      formats: null,
      merges: [],
      tables: [],
      protected: false,
    },
  ];
  if (registryValues) {
    sheets.push({
      name: REGISTRY_SHEET,
      index: 1,
      visibility: 'veryHidden',
      origin: { row: 0, col: 0 },
      values: registryValues,
      formats: null,
      merges: [],
      tables: [],
      protected: false,
    });
  }
  return { name: 'test.xlsx', sheets };
}

/** What the registry sheet holds after its ops run (values only). */
function written(ops: WriteOp[]): CellValue[][] {
  const v = ops.find(
    (o): o is Extract<WriteOp, { op: 'values' }> => o.op === 'values' && o.sheet === REGISTRY_SHEET,
  );
  return v ? v.values : [];
}

describe('registry', () => {
  it('is empty in a workbook the add-in has not touched, and its ops create a very hidden sheet', () => {
    const reg = readRegistry(book());
    expect(reg.entries).toEqual([]);
    const ops = registryOps(withRanges(reg, 'Table A', ['J3:J9'], 'rating columns'));
    expect(ops[0]).toEqual({ op: 'addSheet', sheet: REGISTRY_SHEET });
    expect(ops).toContainEqual({ op: 'visibility', sheet: REGISTRY_SHEET, visibility: 'veryHidden' });
    expect(written(ops)).toEqual([
      ['kind', 'sheet', 'range', 'detail'],
      ['range', 'Table A', 'J3:J9', 'rating columns'],
    ]);
  });

  it('reads back what it wrote, and rewrites an existing sheet without adding it', () => {
    let reg = withRanges(emptyRegistry(), 'Table A', ['J3:L9', 'J11'], 'rating columns');
    reg = withSheet(reg, 'Board Table A', 'Table A');
    reg = withSettings(reg, {
      ...defaultSettings('2010-01-01'),
      year: 2008,
      tolerance: { kind: 'absolute', value: 1 },
    });
    const again = readRegistry(book(written(registryOps(reg))));
    expect(again.entries).toEqual(reg.entries);
    expect(again.ownedSheets.get('Board Table A')).toBe('Table A');
    expect(registryOps(again).some((o) => o.op === 'addSheet')).toBe(false);
  });

  it('blanks rows left over from a longer registry', () => {
    const reg = readRegistry(
      book([
        ['kind', 'sheet', 'range', 'detail'],
        ['range', 'Table A', 'J3:J9', 'rating columns'],
        ['range', 'Table A', 'K3:K9', 'rating columns'],
      ]),
    );
    const values = written(registryOps(withRanges(reg, 'Table A', [], 'rating columns')));
    expect(values).toEqual([
      ['kind', 'sheet', 'range', 'detail'],
      ['', '', '', ''],
      ['', '', '', ''],
    ]);
  });

  it('reads numbers Excel made of stored text, and skips rows it cannot read', () => {
    const reg = readRegistry(
      book([
        ['kind', 'sheet', 'range', 'detail'],
        ['setting', 'year', 2008, ''],
        ['setting', 'tolerance.value', 10, ''],
        ['setting', 'tolerance.kind', 'relative', ''],
        ['range', 2008, 'B2:B4', 'rating columns'],
        ['range', 'Table A', 'not a range', 'rating columns'],
        ['weird', 'Table A', 'A1', ''],
      ]),
    );
    expect(settingsFrom(reg)).toEqual({ year: 2008, tolerance: { kind: 'relative', value: 10 } });
    expect(reg.entries.filter((e) => e.kind === 'range')).toEqual([
      { kind: 'range', sheet: '2008', range: 'B2:B4', detail: 'rating columns' },
    ]);
  });

  it('saves settings and reads them back; "latest" year means none was chosen', () => {
    const s = { ...defaultSettings('2010-01-01'), noChangePercent: 2, dueSoonDays: 14 };
    const back = settingsFrom(readRegistry(book(written(registryOps(withSettings(emptyRegistry(), s))))));
    expect(back).toEqual({ year: null, tolerance: s.tolerance, noChangePercent: 2, dueSoonDays: 14 });
  });

  it('ignores unreadable saved settings', () => {
    const reg = readRegistry(
      book([
        ['setting', 'tolerance.kind', 'sideways', ''],
        ['setting', 'tolerance.value', '5', ''],
        ['setting', 'noChangePercent', '-1', ''],
        ['setting', 'year', 'next', ''],
      ]),
    );
    expect(settingsFrom(reg)).toEqual({});
  });

  it('knows which cells and sheets it owns, whatever the case of the sheet name', () => {
    let reg = withRanges(emptyRegistry(), 'Table A', ['J3:L9'], 'rating columns');
    reg = withSheet(reg, 'Board', 'Table A');
    expect(ownsCell(reg, 'table a', 2, 9)).toBe(true); // J3
    expect(ownsCell(reg, 'Table A', 8, 11)).toBe(true); // L9
    expect(ownsCell(reg, 'Table A', 9, 11)).toBe(false); // L10
    expect(ownsCell(reg, 'Table A', 2, 8)).toBe(false); // I3
    expect(ownsCell(reg, 'Other', 2, 9)).toBe(false);
    expect(ownedSheet(reg, 'BOARD')).toBe('Table A');
    expect(ownedSheet(reg, 'Table A')).toBeNull();
  });

  it('replaces only the entries of the same detail on the same sheet', () => {
    let reg = withRanges(emptyRegistry(), 'Table A', ['J3:J9'], 'rating columns');
    reg = withRanges(reg, 'Table A', ['N3'], 'other');
    reg = withRanges(reg, 'Table B', ['J3'], 'rating columns');
    reg = withRanges(reg, 'Table A', ['M3:M9'], 'rating columns');
    expect(reg.entries.map((e) => `${e.sheet}!${e.range} ${e.detail}`)).toEqual([
      'Table A!N3 other',
      'Table B!J3 rating columns',
      'Table A!M3:M9 rating columns',
    ]);
    const without = withoutSheet(withSheet(reg, 'Table B', 'Table A'), 'Table B');
    expect(without.entries.some((e) => e.sheet === 'Table B')).toBe(false);
    expect(without.ownedSheets.size).toBe(0);
  });
});
