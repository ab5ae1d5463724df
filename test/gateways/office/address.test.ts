import { parseAreaList, parseSheetAddress } from '../../../src/gateways/office/address';

describe('Office addresses', () => {
  it('reads a sheet-qualified range, a single cell, whole rows and whole columns', () => {
    expect(parseSheetAddress('Sheet1!B3:D10')).toEqual({ r0: 2, c0: 1, r1: 9, c1: 3 });
    expect(parseSheetAddress("'NIS 2010'!$C$7")).toEqual({ r0: 6, c0: 2, r1: 6, c1: 2 });
    expect(parseSheetAddress('S!3:5')).toEqual({ r0: 2, c0: 0, r1: 4, c1: 16_383 });
    expect(parseSheetAddress('S!B:C')).toEqual({ r0: 0, c0: 1, r1: 1_048_575, c1: 2 });
  });

  it('splits a multi-area address only outside quoted sheet names', () => {
    const list = "'Targets, 2009''s!'!A1:B1, 'Targets, 2009''s!'!D4:E5,'Targets, 2009''s!'!G7";
    expect(parseAreaList(list)).toEqual([
      { r0: 0, c0: 0, r1: 0, c1: 1 },
      { r0: 3, c0: 3, r1: 4, c1: 4 },
      { r0: 6, c0: 6, r1: 6, c1: 6 },
    ]);
  });
});
