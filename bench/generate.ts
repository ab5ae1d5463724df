/**
 * Synthetic workbooks for the benchmark, written straight to .xlsx with the
 * exceljs streaming writer (100k rows in memory first would cost more than the
 * thing measured) and cached under bench/.cache, keyed by size and generator
 * version, so repeated runs measure the engine and not the generator.
 *
 *   npx tsx bench/generate.ts <sheets> <rows>     writes one and prints its path
 */
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { LAYOUTS, type GenCell, type SheetSink } from './layouts';
import { budgetSheet, staffSheet } from './other-sheets';

/** bump when the layouts change so stale cached files are not measured */
const GENERATOR_VERSION = 2;

export const CACHE_DIR = join(__dirname, '.cache');

export interface BenchSize {
  /** sheets in the workbook, indicator and other */
  sheets: number;
  /** indicator rows across the whole workbook */
  rows: number;
}

export interface BenchWorkbook extends BenchSize {
  file: string;
  /** indicator rows written, which recognition should find */
  indicatorRows: number;
  indicatorSheets: number;
}

/** A tenth of the sheets (at least two once there is room) are budgets and staff lists. */
export function sheetMix(sheets: number): { indicator: number; other: number } {
  const other = sheets < 3 ? 0 : Math.max(2, Math.round(sheets / 10));
  return { indicator: sheets - other, other };
}

function cellValue(c: GenCell): ExcelJS.CellValue {
  if (c === null || typeof c === 'string' || typeof c === 'number') return c;
  if ('error' in c) return { error: c.error } as ExcelJS.CellErrorValue;
  if ('formula' in c) return { formula: c.formula, result: c.result } as ExcelJS.CellFormulaValue;
  return c.v;
}

/** rows stay open this long so a merge can still reach back over a header block */
const COMMIT_LAG = 4;

function sinkFor(ws: ExcelJS.Worksheet): SheetSink {
  let next = 1;
  return {
    get nextRow() {
      return next;
    },
    add(cells) {
      const rowNumber = next++;
      const row = ws.getRow(rowNumber);
      cells.forEach((c, i) => {
        if (c === null) return;
        const cell = row.getCell(i + 1);
        cell.value = cellValue(c);
        if (typeof c === 'object' && 'fmt' in c) cell.numFmt = c.fmt;
      });
      if (rowNumber > COMMIT_LAG) ws.getRow(rowNumber - COMMIT_LAG).commit();
      return rowNumber;
    },
    merge(r0, c0, r1, c1) {
      ws.mergeCells(r0, c0, r1, c1);
    },
  };
}

function sheetName(i: number, indicatorSheets: number): string {
  if (i < indicatorSheets) return `Targets ${i + 1}`;
  return (i - indicatorSheets) % 2 === 0 ? `Budget ${i + 1}` : `Staff ${i + 1}`;
}

async function write(size: BenchSize, file: string): Promise<BenchWorkbook> {
  const mix = sheetMix(size.sheets);
  const tmp = `${file}.${process.pid}.tmp`;
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: tmp,
    useStyles: true,
    useSharedStrings: true,
  });
  let written = 0;
  for (let s = 0; s < size.sheets; s++) {
    const ws = wb.addWorksheet(sheetName(s, mix.indicator));
    const sink = sinkFor(ws);
    if (s < mix.indicator) {
      // spread the rows evenly, the remainder on the first sheets
      const rows = Math.floor(size.rows / mix.indicator) + (s < size.rows % mix.indicator ? 1 : 0);
      written += LAYOUTS[s % LAYOUTS.length](sink, rows, s);
    } else if ((s - mix.indicator) % 2 === 0) {
      budgetSheet(sink, 200);
    } else {
      staffSheet(sink, 120);
    }
    ws.commit();
  }
  await wb.commit();
  renameSync(tmp, file);
  return { ...size, file, indicatorRows: written, indicatorSheets: mix.indicator };
}

/** The workbook for this size, generated once and then read from the cache. */
export async function benchWorkbook(size: BenchSize, dir = CACHE_DIR): Promise<BenchWorkbook> {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `v${GENERATOR_VERSION}-s${size.sheets}-r${size.rows}.xlsx`);
  const mix = sheetMix(size.sheets);
  if (existsSync(file)) return { ...size, file, indicatorRows: size.rows, indicatorSheets: mix.indicator };
  return write(size, file);
}

if (require.main === module) {
  const [sheets, rows] = process.argv.slice(2).map(Number);
  benchWorkbook({ sheets: sheets || 1, rows: rows || 1000 }).then(
    (w) =>
      console.log(
        `${w.file}: ${w.indicatorRows} indicator rows on ${w.indicatorSheets} of ${w.sheets} sheets`,
      ),
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
