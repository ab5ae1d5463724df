import ExcelJS from 'exceljs';
import { cellAt, formatAt } from '../../../src/engine/model/snapshot';
import { readWorkbook } from '../../../src/gateways/xlsx/read';
import { snapshotWorkbook } from '../../../src/gateways/xlsx/to-snapshot';
import { bytesOf, loadWithExcelJs, snapshotOf } from './helpers';

describe('readWorkbook: values', () => {
  it('reads the used range from its first used row and column', async () => {
    const snap = await snapshotOf((wb) => {
      const ws = wb.addWorksheet('NIS');
      ws.getCell('C3').value = 'NI 1';
      ws.getCell('E6').value = 42;
      ws.getCell('D4').value = true;
    });
    const sheet = snap.sheets[0];
    expect(snap.name).toBe('test.xlsx');
    expect(sheet.name).toBe('NIS');
    expect(sheet.index).toBe(0);
    expect(sheet.origin).toEqual({ row: 2, col: 2 });
    expect(sheet.values).toEqual([
      ['NI 1', null, null],
      [null, true, null],
      [null, null, null],
      [null, null, 42],
    ]);
    expect(cellAt(sheet, 5, 4)).toBe(42);
    expect(sheet.formats).toBeNull();
  });

  it('gives every row the full width, even rows whose cells start right of the origin', async () => {
    const snap = await snapshotOf((wb) => {
      const ws = wb.addWorksheet('S');
      ws.getCell('B1').value = 'title';
      ws.getCell('D2').value = 1;
      ws.getCell('A3').value = 'x';
    });
    const sheet = snap.sheets[0];
    expect(sheet.origin).toEqual({ row: 0, col: 0 });
    expect(sheet.values).toEqual([
      [null, 'title', null, null],
      [null, null, null, 1],
      ['x', null, null, null],
    ]);
  });

  it('joins rich text, shows hyperlink text and reports error cells as their error text', async () => {
    const snap = await snapshotOf((wb) => {
      const ws = wb.addWorksheet('S');
      ws.getCell('A1').value = { richText: [{ text: 'Reduce ', font: { bold: true } }, { text: 'NEET' }] };
      ws.getCell('A2').value = { text: 'DfE guidance', hyperlink: 'https://example.org/ni117' };
      ws.getCell('A3').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
      ws.getCell('A4').value = '';
    });
    expect(snap.sheets[0].values).toEqual([['Reduce NEET'], ['DfE guidance'], ['#N/A']]);
  });

  it('reads formulas as their cached results, including error results', async () => {
    const snap = await snapshotOf((wb) => {
      const ws = wb.addWorksheet('S');
      ws.getCell('A1').value = 10;
      ws.getCell('A2').value = { formula: 'A1*2', result: 20 };
      ws.getCell('A3').value = { formula: 'IF(A1>5,"Above","Below")', result: 'Above' };
      ws.getCell('A4').value = { formula: 'A1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue;
      ws.getCell('A5').value = { formula: 'A1>5', result: true };
    });
    expect(snap.sheets[0].values.map((r) => r[0])).toEqual([10, 20, 'Above', '#DIV/0!', true]);
  });

  it('leaves a formula with no cached result empty rather than guessing', async () => {
    const snap = await snapshotOf((wb) => {
      const ws = wb.addWorksheet('S');
      ws.getCell('A1').value = 1;
      ws.getCell('A2').value = { formula: 'A1+1' } as ExcelJS.CellFormulaValue;
    });
    expect(snap.sheets[0].values).toEqual([[1]]);
  });
});

describe('readWorkbook: number formats', () => {
  it('keeps a percentage as its stored fraction with its format beside it', async () => {
    const snap = await snapshotOf((wb) => {
      const ws = wb.addWorksheet('S');
      ws.getCell('A1').value = 'NI 117';
      ws.getCell('B1').value = 0.073;
      ws.getCell('B1').numFmt = '0.0%';
      ws.getCell('C1').value = 12.5;
    });
    const sheet = snap.sheets[0];
    expect(sheet.values).toEqual([['NI 117', 0.073, 12.5]]);
    expect(sheet.formats).toEqual([['General', '0.0%', 'General']]);
    expect(formatAt(sheet, 0, 1)).toBe('0.0%');
  });

  it('fills General for rows without formats once any cell has one', async () => {
    const snap = await snapshotOf((wb) => {
      const ws = wb.addWorksheet('S');
      ws.getCell('A1').value = 'a';
      ws.getCell('B1').value = 'b';
      ws.getCell('B3').value = 0.5;
      ws.getCell('B3').numFmt = '0%';
    });
    expect(snap.sheets[0].formats).toEqual([
      ['General', 'General'],
      ['General', 'General'],
      ['General', '0%'],
    ]);
  });
});

describe('readWorkbook: dates', () => {
  it('turns date cells into Excel serial numbers and keeps their format', async () => {
    const snap = await snapshotOf((wb) => {
      const ws = wb.addWorksheet('S');
      ws.getCell('A1').value = new Date(Date.UTC(2010, 2, 31));
      ws.getCell('A1').numFmt = 'dd/mm/yyyy';
      ws.getCell('A2').value = new Date(Date.UTC(2011, 3, 1, 18, 0, 0));
      ws.getCell('A2').numFmt = 'dd/mm/yyyy hh:mm';
    });
    const sheet = snap.sheets[0];
    // 31/03/2010 is day 40268 in Excel (its 1900 system counts a 29 Feb 1900)
    expect(sheet.values[0][0]).toBe(40268);
    expect(sheet.values[1][0]).toBeCloseTo(40634.75, 10);
    expect(sheet.formats).toEqual([['dd/mm/yyyy'], ['dd/mm/yyyy hh:mm']]);
  });

  it('returns the serial stored in the file, also for times of day and the days before March 1900', async () => {
    const snap = await snapshotOf((wb) => {
      const ws = wb.addWorksheet('S');
      for (const [i, n] of [0.5, 1, 59, 60, 61, 40268].entries()) {
        ws.getCell(i + 1, 1).value = n;
        ws.getCell(i + 1, 1).numFmt = n < 1 ? 'hh:mm' : 'dd/mm/yyyy';
      }
    });
    const got = snap.sheets[0].values.map((r) => r[0] as number);
    [0.5, 1, 59, 60, 61, 40268].forEach((n, i) => expect(got[i]).toBeCloseTo(n, 9));
  });

  it('reads a formula whose result is a date as a serial', async () => {
    const snap = await snapshotOf((wb) => {
      const ws = wb.addWorksheet('S');
      ws.getCell('A1').value = { formula: 'DATE(2010,3,31)', result: 40268 };
      ws.getCell('A1').numFmt = 'dd/mm/yyyy';
    });
    expect(snap.sheets[0].values[0][0]).toBe(40268);
  });

  it('reports serials of the 1904 date system as stored', async () => {
    const bytes = await bytesOf((wb) => {
      wb.properties.date1904 = true;
      const ws = wb.addWorksheet('S');
      ws.getCell('A1').value = 38806; // 31/03/2010 counted from 1904
      ws.getCell('A1').numFmt = 'dd/mm/yyyy';
    });
    const { snapshot, workbook } = await readWorkbook(bytes, 'mac.xlsx');
    expect((workbook.getWorksheet('S')!.getCell('A1').value as Date).toISOString()).toBe(
      '2010-03-31T00:00:00.000Z',
    );
    expect(snapshot.sheets[0].values[0][0]).toBe(38806);
  });
});

describe('readWorkbook: structure', () => {
  it('lists merged areas as ranges and reads only their top-left cell', async () => {
    const snap = await snapshotOf((wb) => {
      const ws = wb.addWorksheet('S');
      ws.getCell('A1').value = 'Table A: targets';
      ws.mergeCells('A1:D1');
      ws.getCell('B2').value = 'Baseline';
      ws.mergeCells('B2:B3');
      ws.getCell('D3').value = 1;
    });
    const sheet = snap.sheets[0];
    expect(sheet.merges).toEqual([
      { r0: 0, c0: 0, r1: 0, c1: 3 },
      { r0: 1, c0: 1, r1: 2, c1: 1 },
    ]);
    expect(sheet.values).toEqual([
      ['Table A: targets', null, null, null],
      [null, 'Baseline', null, null],
      [null, null, null, 1],
    ]);
  });

  it('lists Excel tables with their whole range and whether they show headers', async () => {
    const snap = await snapshotOf((wb) => {
      const ws = wb.addWorksheet('S');
      ws.addTable({
        name: 'Targets',
        ref: 'B2',
        headerRow: true,
        columns: [{ name: 'NI' }, { name: 'Target' }],
        rows: [
          ['NI 1', 0.8],
          ['NI 8', 0.25],
        ],
      });
      ws.addTable({
        name: 'Bare',
        ref: 'E2',
        headerRow: false,
        columns: [{ name: 'Column1' }],
        rows: [['x'], ['y']],
      });
    });
    expect(snap.sheets[0].tables).toEqual([
      { name: 'Targets', range: { r0: 1, c0: 1, r1: 3, c1: 2 }, showHeaders: true },
      { name: 'Bare', range: { r0: 1, c0: 4, r1: 2, c1: 4 }, showHeaders: false },
    ]);
  });

  it('counts a table as headed when Excel left the header count out but the first row names the columns', async () => {
    const wb = await loadWithExcelJs(
      await bytesOf((b) => {
        b.addWorksheet('S').addTable({
          name: 'T',
          ref: 'A1',
          columns: [{ name: 'NI' }, { name: 'Actual' }],
          rows: [['NI 1', 3]],
        });
      }),
    );
    // what exceljs makes of a table saved by Excel, which omits headerRowCount="1"
    const table = wb.getWorksheet('S')!.getTables()[0] as unknown as { table: { headerRow: boolean } };
    table.table.headerRow = false;
    expect(snapshotWorkbook(wb, 'x').sheets[0].tables[0].showHeaders).toBe(true);
  });

  it('reports sheet order, visibility, protection and hidden rows', async () => {
    const snap = await snapshotOf((wb) => {
      const a = wb.addWorksheet('Visible');
      a.getCell('A1').value = 1;
      a.getCell('A2').value = 2;
      a.getCell('A3').value = 3;
      a.getRow(2).hidden = true;
      const b = wb.addWorksheet('Hidden', { state: 'hidden' });
      b.getCell('A1').value = 'h';
      wb.addWorksheet('_NITargets', { state: 'veryHidden' });
      const d = wb.addWorksheet('Locked');
      d.getCell('A1').value = 'l';
      void d.protect('', {});
    });
    expect(snap.sheets.map((s) => [s.name, s.index, s.visibility, s.protected])).toEqual([
      ['Visible', 0, 'visible', false],
      ['Hidden', 1, 'hidden', false],
      ['_NITargets', 2, 'veryHidden', false],
      ['Locked', 3, 'visible', true],
    ]);
    expect(snap.sheets[0].hiddenRows).toEqual([1]);
    expect(snap.sheets[1].hiddenRows).toBeUndefined();
    expect(snap.sheets[2]).toMatchObject({ values: [], formats: null, origin: { row: 0, col: 0 } });
  });

  it('accepts the bytes as a Buffer, an ArrayBuffer or a Uint8Array view', async () => {
    const bytes = await bytesOf((wb) => {
      wb.addWorksheet('S').getCell('A1').value = 'x';
    });
    const padded = new Uint8Array(bytes.length + 8);
    padded.set(bytes, 8);
    const view = padded.subarray(8);
    const ab = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer;
    for (const data of [bytes, ab, view]) {
      expect((await readWorkbook(data, 'x.xlsx')).snapshot.sheets[0].values).toEqual([['x']]);
    }
  });
});
