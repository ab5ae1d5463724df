/**
 * Every cell of a saved workbook as comparable text, read back by exceljs
 * (independently of the gateway under test), so "unchanged" means what Excel
 * would show: value, formula, number format, and for whole-workbook equality the
 * full style and each sheet's name, order and visibility.
 */
import ExcelJS from 'exceljs';

export interface CellRecord {
  /** JSON of the cell's value as stored (a formula's cached result included) */
  value: string;
  formula: string | null;
  numFmt: string;
}

export interface SheetRecord {
  name: string;
  state: string;
  cells: Map<string, CellRecord>;
  merges: string[];
}

export async function loadWorkbook(data: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ExcelJS.Buffer);
  return wb;
}

const GENERAL = 'General';

/** A cell counts when it holds something or carries a number format an officer set. */
function counts(cell: ExcelJS.Cell): boolean {
  return (cell.value !== null && cell.value !== undefined) || (cell.numFmt ?? GENERAL) !== GENERAL;
}

function recordOf(cell: ExcelJS.Cell): CellRecord {
  return {
    value: JSON.stringify(cell.value ?? null),
    formula: cell.formula ?? null,
    numFmt: cell.numFmt ?? GENERAL,
  };
}

function mergesOf(ws: ExcelJS.Worksheet): string[] {
  return [...(ws.model.merges ?? [])].sort();
}

export function recordSheets(wb: ExcelJS.Workbook): SheetRecord[] {
  return wb.worksheets.map((ws) => {
    const cells = new Map<string, CellRecord>();
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        if (counts(cell)) cells.set(cell.address, recordOf(cell));
      }),
    );
    return { name: ws.name, state: ws.state ?? 'visible', cells, merges: mergesOf(ws) };
  });
}

/** Everything on every sheet, in sheet order, as one comparable value. */
export function dumpWorkbook(wb: ExcelJS.Workbook): unknown[] {
  return wb.worksheets.map((ws) => {
    const cells: [string, string][] = [];
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        if (counts(cell) || Object.keys(cell.style ?? {}).length > 0)
          cells.push([cell.address, JSON.stringify([cell.value ?? null, cell.formula ?? null, cell.style])]);
      }),
    );
    return { name: ws.name, state: ws.state ?? 'visible', merges: mergesOf(ws), cells };
  });
}
