import ExcelJS from 'exceljs';
import type { WriteOp, WritePlan } from '../../../src/engine/model/plan';
import { applyPlan } from '../../../src/gateways/xlsx/apply';
import { readWorkbook } from '../../../src/gateways/xlsx/read';
import { snapshotWorkbook } from '../../../src/gateways/xlsx/to-snapshot';
import { toBuffer } from '../../../src/gateways/xlsx/write';
import { bytesOf, loadWithExcelJs, xlsxCell } from './helpers';

/** An officer's workbook, loaded from bytes so cells share style objects as in real files. */
async function officerWorkbook(): Promise<ExcelJS.Workbook> {
  const bytes = await bytesOf((wb) => {
    const nis = wb.addWorksheet('NIS');
    nis.getRow(1).values = [
      'NI',
      'Indicator',
      'Baseline',
      'Target',
      'Actual',
      'Due',
      'Old RAG',
      'Note',
      'RAG',
    ];
    for (let r = 2; r <= 8; r++) {
      nis.getCell(r, 1).value = `NI ${r * 10}`;
      nis.getCell(r, 2).value = {
        richText: [{ text: 'Indicator ' }, { text: String(r), font: { bold: true } }],
      };
      for (let c = 3; c <= 5; c++) {
        nis.getCell(r, c).value = r / 100 + c / 1000;
        nis.getCell(r, c).numFmt = '0.0%';
        nis.getCell(r, c).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
      }
      nis.getCell(r, 6).value = new Date(Date.UTC(2011, 2, 31));
      nis.getCell(r, 6).numFmt = 'dd/mm/yyyy';
      nis.getCell(r, 7).value = 'Amber';
      // the RAG column shares the percentage cells' style, so the file gives them one style object
      nis.getCell(r, 9).numFmt = '0.0%';
      nis.getCell(r, 9).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    }
    nis.getCell('H2').value = 'stale note';
    nis.mergeCells('H2:H3');
    nis.getCell('J2').value = { formula: 'E2-D2', result: -0.001 };
    nis.getCell('J3').value = { text: 'guidance', hyperlink: 'https://example.org/' };
    wb.addWorksheet('Old report').getCell('A1').value = 'old';
    wb.addWorksheet("Officer's notes").getCell('A1').value = 'notes';
  });
  return loadWithExcelJs(bytes);
}

const EVERY_OP: WritePlan = {
  summary: 'Fill RAG on NIS and build Table A',
  ops: [
    { op: 'addSheet', sheet: 'Table A', tabColor: '#1F4E79' },
    {
      op: 'values',
      sheet: 'Table A',
      range: 'A1:C3',
      values: [
        ['NI', 'Target', 'Met'],
        ['=SUM(A1)', 0.8, true],
        ['NI 8', null, false],
      ],
    },
    {
      op: 'style',
      sheet: 'Table A',
      range: 'A1:C1',
      style: {
        fill: '#FFC7CE',
        fontColor: '#9C0006',
        bold: true,
        italic: true,
        fontSize: 12,
        wrap: true,
        hAlign: 'center',
        vAlign: 'middle',
        border: 'thin',
        numberFormat: '0.0%',
      },
    },
    { op: 'values', sheet: 'Table A', range: 'A5', values: [['Notes']] },
    { op: 'merge', sheet: 'Table A', range: 'A5:B5' },
    // overlaps the merge above, which must be undone first
    { op: 'merge', sheet: 'Table A', range: 'A5:C6' },
    {
      op: 'columnWidths',
      sheet: 'Table A',
      widths: [
        { col: 0, width: 30 },
        { col: 2, width: 12 },
      ],
    },
    { op: 'rowHeights', sheet: 'Table A', heights: [{ row: 0, height: 30 }] },
    { op: 'freeze', sheet: 'Table A', rows: 1, cols: 1 },
    {
      op: 'pageSetup',
      sheet: 'Table A',
      setup: {
        orientation: 'landscape',
        paper: 'A4',
        fitToWidth: true,
        printTitleRows: '1:3',
        footer: 'Page &P of &N',
        header: 'NI Targets',
      },
    },
    { op: 'link', sheet: 'Table A', cell: 'E1', text: 'Notes', toSheet: "Officer's notes", toCell: 'B2' },
    { op: 'link', sheet: 'Table A', cell: 'E2', text: 'NIS', toSheet: 'nis', toCell: 'A1' },
    { op: 'visibility', sheet: "Officer's notes", visibility: 'hidden' },
    { op: 'deleteSheet', sheet: 'Old report' },
    { op: 'clear', sheet: 'NIS', range: 'G1:H3' },
    { op: 'values', sheet: 'NIS', range: 'I2:I3', values: [['Green'], ['Red']] },
    { op: 'style', sheet: 'NIS', range: 'I2:I3', style: { fill: '#C6EFCE', bold: true } },
  ],
};

describe('applyPlan round trip', () => {
  let written: ExcelJS.Workbook;
  let readBack: Awaited<ReturnType<typeof readWorkbook>>['snapshot'];

  beforeAll(async () => {
    const wb = await officerWorkbook();
    applyPlan(wb, EVERY_OP);
    const bytes = await toBuffer(wb);
    written = await loadWithExcelJs(bytes);
    readBack = (await readWorkbook(bytes, 'rated.xlsx')).snapshot;
  });

  it('adds, deletes and hides sheets, with the tab colour', () => {
    expect(written.worksheets.map((ws) => [ws.name, ws.state])).toEqual([
      ['NIS', 'visible'],
      ["Officer's notes", 'hidden'],
      ['Table A', 'visible'],
    ]);
    expect(written.getWorksheet('Table A')!.properties.tabColor).toEqual({ argb: 'FF1F4E79' });
    expect(readBack.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ['NIS', 'visible'],
      ["Officer's notes", 'hidden'],
      ['Table A', 'visible'],
    ]);
  });

  it('writes values, keeping a string that starts with "=" as text', () => {
    const ws = written.getWorksheet('Table A')!;
    expect(ws.getCell('A2').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('A2').value).toBe('=SUM(A1)');
    expect(ws.getCell('A2').formula).toBeUndefined();
    const sheet = readBack.sheets[2];
    expect(sheet.values.slice(0, 3).map((r) => r.slice(0, 3))).toEqual([
      ['NI', 'Target', 'Met'],
      ['=SUM(A1)', 0.8, true],
      ['NI 8', null, false],
    ]);
  });

  it('styles every cell of the range and only that range', () => {
    const ws = written.getWorksheet('Table A')!;
    for (const addr of ['A1', 'B1', 'C1']) {
      const c = xlsxCell(ws, addr);
      expect(c.fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } });
      expect(c.font).toMatchObject({ color: { argb: 'FF9C0006' }, bold: true, italic: true, size: 12 });
      expect(c.alignment).toMatchObject({ wrapText: true, horizontal: 'center', vertical: 'middle' });
      for (const edge of ['top', 'left', 'bottom', 'right'] as const)
        expect(c.border[edge]).toMatchObject({ style: 'thin' });
      expect(c.numFmt).toBe('0.0%');
    }
    expect(ws.getCell('A2').fill).toBeUndefined();
    expect(readBack.sheets[2].formats?.[0].slice(0, 3)).toEqual(['0.0%', '0.0%', '0.0%']);
  });

  it('merges, undoing an overlapping merge first', () => {
    expect(readBack.sheets[2].merges).toEqual([{ r0: 4, c0: 0, r1: 5, c1: 2 }]);
    expect(written.getWorksheet('Table A')!.getCell('C6').master.address).toBe('A5');
  });

  it('sets column widths, row heights and frozen panes', () => {
    const ws = written.getWorksheet('Table A')!;
    expect(ws.getColumn(1).width).toBe(30);
    expect(ws.getColumn(3).width).toBe(12);
    expect(ws.getRow(1).height).toBe(30);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 1, topLeftCell: 'B2' });
  });

  it('sets up A4 landscape printing one page wide with title rows, header and footer', () => {
    const ws = written.getWorksheet('Table A')!;
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:3',
    });
    expect(ws.headerFooter).toMatchObject({ oddFooter: 'Page &P of &N', oddHeader: 'NI Targets' });
  });

  it('links to places in the workbook, quoting sheet names and using the sheet name as spelt', () => {
    const ws = written.getWorksheet('Table A')!;
    expect(ws.getCell('E1').value).toEqual({ text: 'Notes', hyperlink: "#'Officer''s notes'!$B$2" });
    expect(ws.getCell('E2').value).toEqual({ text: 'NIS', hyperlink: "#'NIS'!$A$1" });
    expect(readBack.sheets[2].values[0][4]).toBe('Notes');
  });

  it('clears values, styles and merges of a range, and writes the RAG column', () => {
    const ws = written.getWorksheet('NIS')!;
    for (const addr of ['G1', 'G2', 'H2', 'H3']) {
      expect(ws.getCell(addr).value).toBeNull();
      expect(ws.getCell(addr).fill).toBeUndefined();
    }
    expect(readBack.sheets[0].merges).toEqual([]);
    expect(ws.getCell('I2').value).toBe('Green');
    expect(ws.getCell('I2').fill).toEqual({
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: 'FFC6EFCE' },
    });
    // the plan's style is laid over the cell's own: its number format stays
    expect(ws.getCell('I2').numFmt).toBe('0.0%');
    expect(ws.getCell('I2').font).toMatchObject({ bold: true });
  });
});

describe('applyPlan leaves everything outside the plan alone', () => {
  type Seen = { value: string; formula: string | undefined; numFmt: string | undefined; style: string };
  function everyCell(ws: ExcelJS.Worksheet): Map<string, Seen> {
    const out = new Map<string, Seen>();
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (c) => {
        out.set(c.address, {
          value: JSON.stringify(c.value),
          formula: c.formula,
          numFmt: c.numFmt,
          style: JSON.stringify(c.style),
        });
      }),
    );
    return out;
  }
  const touched = new Set(['G1', 'H1', 'G2', 'H2', 'G3', 'H3', 'I2', 'I3']);

  it('compares every cell of the officer sheet before and after, after a save', async () => {
    const wb = await officerWorkbook();
    const before = everyCell(wb.getWorksheet('NIS')!);
    applyPlan(wb, EVERY_OP);
    const after = everyCell((await loadWithExcelJs(await toBuffer(wb))).getWorksheet('NIS')!);
    let compared = 0;
    for (const [addr, was] of before) {
      if (touched.has(addr)) continue;
      expect({ addr, ...after.get(addr) }).toEqual({ addr, ...was });
      compared++;
    }
    expect(compared).toBeGreaterThan(60);
  });
});

describe('applyPlan finds sheets as Excel names them', () => {
  it('writes to a sheet named in another case, and to one deleted and made again in the same plan', async () => {
    const wb = await officerWorkbook();
    applyPlan(wb, {
      summary: '',
      ops: [
        { op: 'values', sheet: 'nis', range: 'I2', values: [['Green']] },
        { op: 'addSheet', sheet: 'Table A' },
        { op: 'values', sheet: 'TABLE A', range: 'A1', values: [['first']] },
        { op: 'deleteSheet', sheet: 'table a' },
        { op: 'addSheet', sheet: 'Table A' },
        { op: 'values', sheet: 'Table A', range: 'A1', values: [['second']] },
        { op: 'link', sheet: 'table a', cell: 'A2', toSheet: 'Nis', toCell: 'B2', text: 'back' },
      ],
    });
    expect(wb.getWorksheet('NIS')!.getCell('I2').value).toBe('Green');
    const tables = wb.worksheets.filter((ws) => ws.name.toLowerCase() === 'table a');
    expect(tables).toHaveLength(1);
    expect(tables[0].getCell('A1').value).toBe('second');
    expect(tables[0].getCell('A2').value).toEqual({ text: 'back', hyperlink: "#'NIS'!$B$2" });
  });
});

describe('applyPlan refuses bad plans before changing anything', () => {
  async function expectUntouched(plan: WritePlan, message: RegExp): Promise<void> {
    const wb = await officerWorkbook();
    const before = snapshotWorkbook(wb, 'x');
    expect(() => applyPlan(wb, plan)).toThrow(message);
    expect(snapshotWorkbook(wb, 'x')).toEqual(before);
  }
  const fill: WriteOp = { op: 'values', sheet: 'NIS', range: 'I2', values: [['Green']] };

  it('names the op and sheet when a sheet does not exist', async () => {
    await expectUntouched(
      { summary: '', ops: [fill, { op: 'style', sheet: 'Table Z', range: 'A1', style: { bold: true } }] },
      /Write plan op 2 \(style on sheet "Table Z"\): the workbook has no sheet named "Table Z"/,
    );
  });

  it('follows sheets added and deleted earlier in the plan', async () => {
    await expectUntouched(
      {
        summary: '',
        ops: [
          { op: 'addSheet', sheet: 'Table B' },
          { op: 'values', sheet: 'Table B', range: 'A1', values: [['ok']] },
          { op: 'deleteSheet', sheet: 'Table B' },
          { op: 'values', sheet: 'Table B', range: 'A1', values: [['gone']] },
        ],
      },
      /op 4 \(values on sheet "Table B"\)/,
    );
  });

  it('rejects values that do not fit their range, impossible numbers and bad colours', async () => {
    await expectUntouched(
      { summary: '', ops: [{ op: 'values', sheet: 'NIS', range: 'A1:B1', values: [['x']] }] },
      /2 columns/,
    );
    await expectUntouched(
      { summary: '', ops: [{ op: 'values', sheet: 'NIS', range: 'A1', values: [[NaN]] }] },
      /NaN/,
    );
    await expectUntouched(
      { summary: '', ops: [{ op: 'style', sheet: 'NIS', range: 'A1', style: { fill: 'red' } }] },
      /colour "red"/,
    );
  });

  it('refuses duplicate or invalid sheet names and hiding the last visible sheet', async () => {
    await expectUntouched({ summary: '', ops: [{ op: 'addSheet', sheet: 'nis' }] }, /already exists/);
    await expectUntouched({ summary: '', ops: [{ op: 'addSheet', sheet: 'Q1/Q2' }] }, /contains one of/);
    await expectUntouched(
      {
        summary: '',
        ops: [
          { op: 'visibility', sheet: 'Old report', visibility: 'hidden' },
          { op: 'visibility', sheet: "Officer's notes", visibility: 'veryHidden' },
          { op: 'visibility', sheet: 'NIS', visibility: 'hidden' },
        ],
      },
      /at least one visible sheet/,
    );
  });

  it('refuses a value written into the hidden part of a merged area', async () => {
    const wb = await officerWorkbook();
    expect(() =>
      applyPlan(wb, { summary: '', ops: [{ op: 'values', sheet: 'NIS', range: 'H3', values: [['x']] }] }),
    ).toThrow(/H3 .*merged area/);
    expect(wb.getWorksheet('NIS')!.getCell('H2').value).toBe('stale note');
  });
});

describe('applyPlan details', () => {
  it('unfreezes panes with zero rows and columns, keeping other view settings', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.views = [{ state: 'frozen', xSplit: 2, ySplit: 3, topLeftCell: 'C4', zoomScale: 80 }];
    applyPlan(wb, { summary: '', ops: [{ op: 'freeze', sheet: 'S', rows: 0, cols: 0 }] });
    expect(ws.views).toEqual([{ state: 'normal', zoomScale: 80 }]);
  });

  it('moves the active tab off a sheet the plan hides', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('A');
    wb.addWorksheet('B');
    wb.views = [{ x: 0, y: 0, width: 1000, height: 800, firstSheet: 0, activeTab: 0, visibility: 'visible' }];
    applyPlan(wb, { summary: '', ops: [{ op: 'visibility', sheet: 'A', visibility: 'veryHidden' }] });
    expect(wb.views[0].activeTab).toBe(1);
  });
});

describe('applyPlan over formulas filled down by Excel (shared formulas)', () => {
  async function filledDown(): Promise<ExcelJS.Workbook> {
    const bytes = await bytesOf((wb) => {
      const ws = wb.addWorksheet('S');
      for (let r = 1; r <= 5; r++) ws.getCell(r, 1).value = r;
      ws.fillFormula('B1:B5', 'A1*2', [2, 4, 6, 8, 10]);
    });
    return loadWithExcelJs(bytes);
  }

  it.each([
    ['values', { op: 'values', sheet: 'S', range: 'B1', values: [['Green']] }],
    ['clear', { op: 'clear', sheet: 'S', range: 'B1' }],
    ['link', { op: 'link', sheet: 'S', cell: 'B1', text: 'Top', toSheet: 'S', toCell: 'A1' }],
  ] as [string, WriteOp][])(
    'overwriting the first cell by %s keeps the cells below working',
    async (_, op) => {
      const wb = await filledDown();
      applyPlan(wb, { summary: '', ops: [op] });
      const back = await loadWithExcelJs(await toBuffer(wb));
      const ws = back.getWorksheet('S')!;
      expect([2, 3, 4, 5].map((r) => [ws.getCell(r, 2).formula, ws.getCell(r, 2).result])).toEqual([
        ['A2*2', 4],
        ['A3*2', 6],
        ['A4*2', 8],
        ['A5*2', 10],
      ]);
    },
  );
});
