/** Small exceljs workbooks for the gateway tests, round-tripped through real .xlsx bytes. */
import ExcelJS from 'exceljs';
import { readWorkbook } from '../../../src/gateways/xlsx/read';
import { toBuffer } from '../../../src/gateways/xlsx/write';

export async function bytesOf(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return toBuffer(wb);
}

export async function snapshotOf(build: (wb: ExcelJS.Workbook) => void) {
  return (await readWorkbook(await bytesOf(build), 'test.xlsx')).snapshot;
}

/** A fresh exceljs load of bytes, independent of the gateway's reader. */
export async function loadWithExcelJs(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

/**
 * An exceljs cell by address. Going through this keeps the Office add-in lint
 * rules, which take any getCell() result for an Office.js proxy, quiet.
 */
export function xlsxCell(ws: ExcelJS.Worksheet, address: string): ExcelJS.Cell {
  return ws.getCell(address);
}
