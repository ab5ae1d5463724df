/**
 * Hostile cell text through the whole job: written to the report sheets it
 * stays text (never a formula) whether the .xlsx gateway or Excel writes it, and
 * in the CSV export a cell starting "=" is guarded so a spreadsheet opening the
 * file cannot run it. The HTML export and the task pane are checked in
 * hostile-text-dom.test.tsx, which needs a DOM.
 */
import ExcelJS from 'exceljs';
import { analyse } from '../../src/pipeline/analyse';
import { reportPlan } from '../../src/pipeline/report-plan';
import { csvFiles } from '../../src/export/csv';
import { toSnapshot, toXlsx } from '../fixtures/spec';
import { fakeExcelWith } from '../support/excel-fake';
import { loadWorkbook } from './cell-dump';
import { HOSTILE, HYPERLINK, hostileWorkbook, PLAN_SHEET, TARGETS_SHEET } from './hostile-workbook';
import { runOfficeJob } from './office-job';
import { PINNED } from './pinned-settings';
import { runJob } from './xlsx-job';

const ORIGINAL = new Set([TARGETS_SHEET, PLAN_SHEET]);

describe('hostile text in the written workbook (.xlsx gateway)', () => {
  let wb: ExcelJS.Workbook;
  let reportSheets: ExcelJS.Worksheet[];
  beforeAll(async () => {
    wb = await loadWorkbook((await runJob(await toXlsx(hostileWorkbook()), 'hostile.xlsx')).output);
    reportSheets = wb.worksheets.filter((ws) => !ORIGINAL.has(ws.name) && ws.state === 'visible');
  });

  function reportCells(): ExcelJS.Cell[] {
    const cells: ExcelJS.Cell[] = [];
    for (const ws of reportSheets) ws.eachRow((row) => row.eachCell((c) => cells.push(c)));
    return cells;
  }

  it("makes both report sheets beside the officer's, whose names are kept as typed", () => {
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(expect.arrayContaining([TARGETS_SHEET, PLAN_SHEET]));
    expect(reportSheets.map((ws) => ws.name)).toEqual(['Table A', 'Table B']);
  });

  it('holds =HYPERLINK(...) on the report sheets as text, not a formula', () => {
    const hyperlinks = reportCells().filter((c) => String(c.value ?? '').includes(HYPERLINK));
    // the indicator title (Table A) and two tasks and a lead (Table B)
    expect(hyperlinks.length).toBeGreaterThanOrEqual(3);
    for (const c of hyperlinks) {
      expect({ at: c.address, type: c.type, formula: c.formula }).toEqual({
        at: c.address,
        type: ExcelJS.ValueType.String,
        formula: undefined,
      });
    }
  });

  it('writes no formula anywhere on the report sheets, and markup only as the text typed', () => {
    const cells = reportCells();
    expect(cells.filter((c) => c.type === ExcelJS.ValueType.Formula).map((c) => c.address)).toEqual([]);
    const texts = cells.map((c) => String(c.value ?? '')).join('\n');
    for (const h of HOSTILE) expect(texts).toContain(h);
  });
});

describe('hostile text written by Excel (Office gateway, on the fake)', () => {
  it('goes in behind a guard: no report cell becomes a formula, and each reads as typed', async () => {
    const host = fakeExcelWith(toSnapshot(hostileWorkbook()));
    await runOfficeJob(host);
    const reports = host.state.sheets.filter((s) => !ORIGINAL.has(s.name) && s.visibility === 'Visible');
    expect(reports.map((s) => s.name)).toEqual(['Table A', 'Table B']);
    const cells = reports.flatMap((s) => [...s.cells.values()]);
    // the fake parses what is written as Excel does, so an unguarded "=..." would come back as a formula
    expect(cells.filter((c) => c.formula !== undefined).map((c) => c.formula)).toEqual([]);
    const texts = cells.map((c) => String(c.value ?? '')).join('\n');
    for (const h of HOSTILE) expect(texts).toContain(h);
  });
});

describe('hostile text in the CSV export', () => {
  const report = reportPlan(analyse(toSnapshot(hostileWorkbook()), { settings: PINNED }));
  const files = csvFiles(report.tableA, report.tableB);

  it('guards every field that starts with "=" with an apostrophe, so it opens as text', () => {
    expect(files.map((f) => f.name)).toEqual(['table-a.csv', 'table-b.csv']);
    for (const f of files) {
      // a field starts after a comma or a line start, optionally inside quotes
      expect(f.text).not.toMatch(/(^|,|\r\n)"?=/);
    }
    const all = files.map((f) => f.text).join('\r\n');
    expect(all).toContain(`"'=HYPERLINK(""http://evil"")"`);
  });

  it('keeps markup and quotes as the officer typed them (CSV is not HTML), quotes doubled', () => {
    const all = files.map((f) => f.text).join('\r\n');
    expect(all).toContain('<script>alert(1)</script>');
    expect(all).toContain('<img src=x onerror=alert(1)>');
    expect(all).toContain(`"Under 18 conception rate ""quoted"" & 'apos'"`);
    expect(all).toContain('</title>');
  });
});
