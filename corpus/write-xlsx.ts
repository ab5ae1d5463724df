/**
 * --write <dir>: each layout as an .xlsx for inspection in Excel, with its values,
 * number formats, merges and Excel tables (a totals row is written as a plain last row),
 * and its truth beside it as JSON.
 */
import ExcelJS from 'exceljs';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { colLetters } from '../src/engine/model/a1';
import type { SheetSnapshot, ListObjectInfo } from '../src/engine/model/snapshot';
import type { Layout } from './model';

function addTable(ws: ExcelJS.Worksheet, sheet: SheetSnapshot, lo: ListObjectInfo): void {
  const { r0, c0, r1, c1 } = lo.range;
  const at = (r: number, c: number): ExcelJS.CellValue =>
    sheet.values[r - sheet.origin.row]?.[c - sheet.origin.col] ?? null;
  const columns: ExcelJS.TableColumnProperties[] = [];
  for (let c = c0; c <= c1; c++)
    columns.push({ name: String(at(r0, c) ?? `Column${c - c0 + 1}`), filterButton: true });
  const rows: ExcelJS.CellValue[][] = [];
  for (let r = r0 + 1; r <= r1; r++) {
    const data: ExcelJS.CellValue[] = [];
    for (let c = c0; c <= c1; c++) data.push(at(r, c));
    rows.push(data);
  }
  ws.addTable({ name: lo.name, ref: `${colLetters(c0)}${r0 + 1}`, headerRow: true, columns, rows });
}

function addSheet(wb: ExcelJS.Workbook, sheet: SheetSnapshot): void {
  const ws = wb.addWorksheet(sheet.name);
  sheet.values.forEach((row, i) =>
    row.forEach((v, j) => {
      if (v === null) return;
      const cell = ws.getCell(sheet.origin.row + i + 1, sheet.origin.col + j + 1);
      cell.value = v;
      const fmt = sheet.formats?.[i]?.[j];
      if (fmt && fmt !== 'General') cell.numFmt = fmt;
    }),
  );
  for (const m of sheet.merges) ws.mergeCells(m.r0 + 1, m.c0 + 1, m.r1 + 1, m.c1 + 1);
  for (const lo of sheet.tables) addTable(ws, sheet, lo);
}

export async function writeLayout(layout: Layout, dir: string): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const wb = new ExcelJS.Workbook();
  wb.creator = 'NI Targets corpus';
  for (const sheet of layout.snapshot.sheets) addSheet(wb, sheet);
  const file = join(dir, `${layout.id}-${layout.family}.xlsx`);
  await wb.xlsx.writeFile(file);
  writeFileSync(
    join(dir, `${layout.id}-${layout.family}.truth.json`),
    `${JSON.stringify(layout.truth, null, 1)}\n`,
  );
  return file;
}
