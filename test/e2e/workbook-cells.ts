/** Reads .xlsx files on the Node side with exceljs, to check what the browser's download really holds. */
import ExcelJS from 'exceljs';

export async function loadWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

/** Every non-empty cell of a sheet as address -> JSON of its value (formulas keep formula and result). */
export function filledCells(ws: ExcelJS.Worksheet): Map<string, string> {
  const out = new Map<string, string>();
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      out.set(cell.address, JSON.stringify(cell.value));
    }),
  );
  return out;
}

/** Texts of one sheet's cells, for finding headers and ratings by what they say. */
export function cellTexts(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      out.push(cell.text);
    }),
  );
  return out;
}
