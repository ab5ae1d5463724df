/**
 * The fixtures are the answer key for recognition tests, so they are tested
 * themselves: the .xlsx and the snapshot hold the same cells, every expected
 * row exists and carries the code it is said to carry, and the reference plans
 * were copied faithfully.
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { SAMPLE_PATH, samplePlan } from '../scripts/build-sample';
import { parseRangeA1, rangeA1 } from '../src/engine/model/a1';
import {
  cellAt,
  formatAt,
  sheetBounds,
  type CellValue,
  type SheetSnapshot,
} from '../src/engine/model/snapshot';
import { fixtureWorkbook, fixtureWorkbooks } from './fixtures/build-fixtures';
import { dateToSerial } from './fixtures/cell';
import type { ExpectedTable, SheetSpec, WorkbookSpec } from './fixtures/spec';
import { toSnapshot, toXlsx } from './fixtures/spec';
import { placedCells } from './fixtures/to-snapshot';
import { typed } from './fixtures/typed';

/** A cell read back by exceljs, in snapshot terms. */
function readBack(cell: ExcelJS.Cell): CellValue {
  if (cell.type === ExcelJS.ValueType.Merge) return null;
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return dateToSerial(v);
  if (typeof v === 'object') {
    if ('error' in v) return v.error;
    if ('formula' in v) {
      const r = v.result;
      if (r === undefined || r === null) return null;
      if (r instanceof Date) return dateToSerial(r);
      return typeof r === 'object' && 'error' in r ? r.error : (r as CellValue);
    }
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    throw new Error(`Unexpected cell value ${JSON.stringify(v)} at ${cell.address}`);
  }
  return v;
}

// a plain function over exceljs cells, which the Office.js lint rules would take for Excel.Range
function describeCell(cell: ExcelJS.Cell): { address: string; value: CellValue; format: string } {
  return { address: cell.address, value: readBack(cell), format: cell.numFmt ?? 'General' };
}

function text(v: CellValue): string {
  return v === null ? '' : String(v);
}

function rowTexts(sheet: SheetSnapshot, row0: number): string[] {
  const { lastCol } = sheetBounds(sheet);
  const out: string[] = [];
  for (let c = sheet.origin.col; c <= lastCol; c++) out.push(text(cellAt(sheet, row0, c)));
  return out;
}

const loaded = new Map<string, Promise<ExcelJS.Workbook>>();
function xlsxOf(spec: WorkbookSpec): Promise<ExcelJS.Workbook> {
  let p = loaded.get(spec.name);
  if (!p) {
    p = toXlsx(spec).then(async (buf) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(buf);
      return wb;
    });
    loaded.set(spec.name, p);
  }
  return p;
}

const workbooks = fixtureWorkbooks();
const sheetCases: [string, string, WorkbookSpec, SheetSpec, number][] = workbooks.flatMap((w) =>
  w.sheets.map((s, i): [string, string, WorkbookSpec, SheetSpec, number] => [w.name, s.name, w, s, i]),
);
const tableCases: [string, string, ExpectedTable, SheetSnapshot][] = workbooks.flatMap((w) => {
  const snap = toSnapshot(w);
  return w.sheets.flatMap((s, i) =>
    (s.expect?.tables ?? []).map((t): [string, string, ExpectedTable, SheetSnapshot] => [
      s.name,
      t.range,
      t,
      snap.sheets[i],
    ]),
  );
});

describe('toSnapshot and toXlsx agree', () => {
  test.each(sheetCases)(
    '%s / %s: every cell has the same value and format',
    async (_w, _s, spec, sheet, index) => {
      const snap = toSnapshot(spec).sheets[index];
      const ws = (await xlsxOf(spec)).getWorksheet(sheet.name);
      expect(ws).toBeDefined();
      const { lastRow, lastCol } = sheetBounds(snap);
      const differences: string[] = [];
      for (let r = 0; r <= Math.max(lastRow, ws!.rowCount - 1); r++) {
        for (let c = 0; c <= Math.max(lastCol, ws!.columnCount - 1); c++) {
          const got = describeCell(ws!.getCell(r + 1, c + 1));
          const want = { value: cellAt(snap, r, c), format: formatAt(snap, r, c) };
          if (got.value !== want.value || got.format !== want.format) {
            differences.push(`${got.address}: xlsx ${JSON.stringify(got)} snapshot ${JSON.stringify(want)}`);
          }
        }
      }
      expect(differences).toEqual([]);
    },
  );

  test.each(sheetCases)(
    '%s / %s: merges, tables, visibility and formulas survive',
    async (_w, _s, spec, sheet, index) => {
      const snap = toSnapshot(spec).sheets[index];
      const ws = (await xlsxOf(spec)).getWorksheet(sheet.name)!;
      expect(ws.state).toBe(snap.visibility);
      const merges = (ws.model as unknown as { merges: string[] }).merges;
      expect([...merges].sort()).toEqual(snap.merges.map(rangeA1).sort());
      const tables = ws.getTables().map((t) => {
        const model = (t as unknown as { table: { name: string; tableRef: string } }).table;
        return { name: model.name, range: parseRangeA1(model.tableRef) };
      });
      expect(tables).toEqual(snap.tables.map((t) => ({ name: t.name, range: t.range })));
      for (const p of placedCells(sheet).filter((x) => x.cell.formula !== undefined)) {
        const v = ws.getCell(p.row + 1, p.col + 1).value as ExcelJS.CellFormulaValue;
        expect(v.formula).toBe(p.cell.formula);
      }
    },
  );

  test('the same spec gives the same bytes every time', async () => {
    const spec = fixtureWorkbook('unseen-layouts');
    const first = await toXlsx(spec);
    await new Promise((r) => setTimeout(r, 1100)); // zip timestamps have 2-second resolution
    expect((await toXlsx(spec)).equals(first)).toBe(true);
  });
});

describe('toSnapshot', () => {
  const snap = toSnapshot(fixtureWorkbook('unseen-layouts'));
  const byName = (name: string): SheetSnapshot => snap.sheets.find((s) => s.name === name)!;

  test('starts the used range at the first occupied cell, not A1', () => {
    expect(byName("Children's — Données 2010").origin).toEqual({ row: 2, col: 2 });
    expect(byName('Delivery plan').origin).toEqual({ row: 1, col: 0 });
  });

  test('gives date cells as Excel serial numbers with their format', () => {
    const plan = byName('Delivery plan');
    // 30 September 2009 is serial 40086 in Excel's 1900 date system
    expect(cellAt(plan, 4, 2)).toBe(40086);
    expect(formatAt(plan, 4, 2)).toBe('dd/mm/yyyy');
    expect(formatAt(plan, 5, 2)).toBe('mmm-yy');
  });

  test('keeps error values as their text and hidden sheets hidden', () => {
    const sc = byName('Scorecard');
    const texts = sc.values.flat();
    expect(texts).toContain('#N/A');
    expect(texts).toContain('#DIV/0!');
    expect(byName('Old targets 2008').visibility).toBe('hidden');
  });
});

describe('typed: values as an officer types them into Excel', () => {
  test.each([
    ['6.94%', { v: 0.0694, fmt: '0.00%' }],
    ['7%', { v: 0.07, fmt: '0%' }],
    ['1473.0', { v: 1473, fmt: '0.0' }],
    ['-0.9', -0.9],
    ['8', 8],
    ['+2', '+2'],
    ['-2%', '-2%'],
    ['8.4% (9.9%)', '8.4% (9.9%)'],
    ['', null],
  ])('%s', (input, want) => {
    expect(typed(input)).toEqual(want);
  });

  test('percentages pasted as text stay text', () => {
    expect(typed('5.4%', 'text')).toBe('5.4%');
  });
});

describe('answer keys point at the rows they describe', () => {
  test.each(tableCases)('%s %s', (_s, _r, table, sheet) => {
    const range = parseRangeA1(table.range);
    const inRange = (row: number): boolean => row - 1 >= range.r0 && row - 1 <= range.r1;
    const keyed = [...(table.rows ?? []).map((r) => r.row), ...(table.tasks ?? []).map((t) => t.row)];
    expect(keyed.length).toBeGreaterThan(0);
    expect(keyed.every(inRange)).toBe(true);
    expect(
      [...(table.headerRows ?? []), ...(table.groupRows ?? []), ...(table.subRows ?? [])].every(inRange),
    ).toBe(true);
    // every row is described once
    const all = [...keyed, ...(table.headerRows ?? []), ...(table.groupRows ?? []), ...(table.subRows ?? [])];
    expect(new Set(all).size).toBe(all.length);
    // the first row of the range is a header
    expect(table.headerRows?.[0]).toBe(range.r0 + 1);

    for (const { row, code, group } of table.rows ?? []) {
      const cells = rowTexts(sheet, row - 1);
      if (code === null) {
        expect(cells.some((t) => /\bN[I1]?\s?\d/.test(t))).toBe(false);
      } else if (code.startsWith('NI ')) {
        const [, num, letter] = /^NI (\d+)([a-z]?)$/.exec(code)!;
        const pattern = new RegExp(`(?<![0-9])0*${num}${letter ? `\\s?${letter}` : ''}(?![0-9])`);
        expect(cells.filter((t) => pattern.test(t))).not.toEqual([]);
      } else {
        expect(cells.some((t) => t.includes(code))).toBe(true);
      }
      if (group !== undefined && group !== null) {
        const above = (table.groupRows ?? []).filter((g) => g < row).pop();
        expect(above).toBeDefined();
        expect(rowTexts(sheet, above! - 1).join('')).toBe(group);
      }
    }

    for (const { row, number, area } of table.tasks ?? []) {
      const cells = rowTexts(sheet, row - 1).filter((t) => t !== '');
      if (number !== null) expect(cells.some((t) => t.startsWith(`${number} `))).toBe(true);
      else expect(cells.some((t) => /^\d+\.\d+ /.test(t))).toBe(false);
      if (area !== undefined) {
        // the area's text is on this row or the nearest row above that has one
        let r = row;
        let areaText: string | undefined;
        while (r > range.r0 && !areaText) {
          const first = rowTexts(sheet, r - 1)[range.c0 - sheet.origin.col];
          if (/^\d+\. /.test(first)) areaText = first;
          r--;
        }
        expect(areaText?.startsWith(`${area}. `)).toBe(true);
      }
    }
  });

  test('sheets with no tables say so', () => {
    const finance = fixtureWorkbook('finance');
    expect(finance.sheets.map((s) => s.expect?.tables)).toEqual([[], []]);
  });
});

describe('the reference plans were copied faithfully', () => {
  const snapOf = (name: string): SheetSnapshot => toSnapshot(fixtureWorkbook(name)).sheets[0];
  const tableOf = (name: string): ExpectedTable => fixtureWorkbook(name).sheets[0].expect!.tables[0];

  test('Bromley Table A: outcome headings in the order of the plan, NI 55 first, the post-16 local indicator last', () => {
    const sheet = snapOf('bromley-table-a');
    const t = tableOf('bromley-table-a');
    expect(t.groupRows!.map((r) => cellAt(sheet, r - 1, 1))).toEqual([
      'Be Healthy',
      'Staying Safe',
      'Enjoy and Achieve',
      'Making a Positive Contribution',
      'Achieve Economic Well-Being',
    ]);
    expect(t.rows![0].code).toBe('NI 55');
    const last = t.rows![t.rows!.length - 1];
    expect(last.code).toBeNull();
    expect(rowTexts(sheet, last.row - 1)).toContain('Ceased');
    // "6.94%" typed into Excel: a number formatted as a percentage
    expect(cellAt(sheet, t.rows![0].row - 1, 4)).toBe(0.0694);
    expect(formatAt(sheet, t.rows![0].row - 1, 4)).toBe('0.00%');
  });

  test('Oxfordshire NIS: from NI 19 to NI 199, codes at the end of the titles', () => {
    const t = tableOf('oxfordshire-nis');
    expect(t.rows![0].code).toBe('NI 19');
    expect(t.rows![t.rows!.length - 1].code).toBe('NI 199');
    // NI 112 appears twice in the plan (rate and change from 1998)
    expect(t.rows!.filter((r) => r.code === 'NI 112')).toHaveLength(2);
  });

  test('Bromley Table B: every task of areas 1 to 16, numbered in order', () => {
    const tasks = tableOf('bromley-table-b').tasks!;
    expect(tasks[0]).toMatchObject({ number: '1.1', area: 1 });
    expect(tasks[tasks.length - 1]).toMatchObject({ number: '16.5', area: 16 });
    for (const t of tasks) expect(t.number!.split('.')[0]).toBe(String(t.area));
  });
});

describe('the bundled sample', () => {
  test('samples/sample-plan.xlsx is what scripts/build-sample.ts writes today', async () => {
    // if this fails, run: npx tsx scripts/build-sample.ts
    expect((await toXlsx(samplePlan())).equals(readFileSync(SAMPLE_PATH))).toBe(true);
  });

  test('holds the sheets the README describes, each with its answer key', () => {
    const sheets = samplePlan().sheets.map((s) => [s.name, s.expect!.tables.map((t) => t.kind)]);
    expect(sheets).toEqual([
      ['CYPP Targets', ['targets']],
      ['NIS 2010-11', ['targets']],
      ['Action Plan', ['action-plan']],
      ['Quarterly 2009-10', ['targets']],
      ['Definitions', []],
      ['Budget', []],
    ]);
  });
});
