import type { SheetSnapshot, WorkbookSnapshot } from '../../../src/engine/model/snapshot';
import { DAYS_1900_TO_1904, in1900System } from '../../../src/engine/values/date-system';

function sheet(values: SheetSnapshot['values'], formats: SheetSnapshot['formats']): SheetSnapshot {
  return {
    name: 'S',
    index: 0,
    visibility: 'visible',
    origin: { row: 0, col: 0 },
    values,
    formats,
    merges: [],
    tables: [],
    protected: false,
  };
}

describe('in1900System', () => {
  const values = [
    ['Deadline', 38806, 38806.5, 0.5, 38806, 12.5],
    ['Target', 7.3, null, 'nya', true, 2010],
  ];
  const formats = [
    ['General', 'dd/mm/yyyy', 'd mmm yyyy hh:mm', 'h:mm', '0.0%', 'General'],
    ['General', '0.0', 'General', 'General', 'General', 'mmm-yy'],
  ];

  it('moves date-formatted serials of a 1904 workbook into the 1900 system, and nothing else', () => {
    const snap: WorkbookSnapshot = { name: 'mac.xlsx', sheets: [sheet(values, formats)], date1904: true };
    const out = in1900System(snap);
    expect(out.date1904).toBe(false);
    expect(out.sheets[0].values).toEqual([
      // a date, a date with a time (its time kept), a time of day, a percentage, plain numbers
      ['Deadline', 38806 + DAYS_1900_TO_1904, 38806.5 + DAYS_1900_TO_1904, 0.5, 38806, 12.5],
      ['Target', 7.3, null, 'nya', true, 2010 + DAYS_1900_TO_1904],
    ]);
    // the snapshot it was given is left as it was
    expect(snap.sheets[0].values[0][1]).toBe(38806);
  });

  it('gives back the very snapshot of a 1900 workbook, and a sheet with no formats untouched', () => {
    const plain: WorkbookSnapshot = { name: 'pc.xlsx', sheets: [sheet(values, formats)] };
    expect(in1900System(plain)).toBe(plain);
    const general = sheet(values, null);
    expect(in1900System({ name: 'mac.xlsx', sheets: [general], date1904: true }).sheets[0]).toBe(general);
  });
});
