/**
 * A workbook file opened in the browser for the workbench: the .xlsx gateway over exceljs, which is
 * fetched with import() only when a file is opened. Every apply() is reported so the grid can redraw.
 */
import type { WorkbookGateway } from '../../gateways/gateway';
import type { WorkbookSnapshot } from '../../engine/model/snapshot';
import { createXlsxGateway } from '../../gateways/xlsx/gateway';
import { sniffWorkbookBytes } from '../../gateways/xlsx/sniff';

export interface OpenWorkbook {
  name: string;
  gateway: WorkbookGateway;
  snapshot(): Promise<WorkbookSnapshot>;
  /** the workbook as .xlsx bytes, with everything the add-in wrote */
  save(): Promise<Uint8Array>;
  /** the officer types into a cell, as in Excel: a number stays a number, anything else is text */
  edit(sheet: string, cell: string, text: string): Promise<void>;
  /** hears each edit, as Excel's onChanged would report it; returns a function that stops */
  watchEdits(listener: (sheet: string, cell: string) => void): () => void;
}

/** "7.5" and "-2" are numbers, as Excel reads them when typed; "9.5%", "nya" and "" stay as typed */
const typed = (text: string): string | number | null =>
  text.trim() === '' ? null : /^-?\d+(\.\d+)?$/.test(text.trim()) ? Number(text) : text;

export async function openWorkbook(
  bytes: ArrayBuffer,
  name: string,
  onChange: () => void = () => undefined,
): Promise<OpenWorkbook> {
  const unusable = sniffWorkbookBytes(new Uint8Array(bytes), name);
  if (unusable) throw unusable;
  const ExcelJS = (await import(/* webpackChunkName: "exceljs" */ 'exceljs')).default;
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes);
  } catch {
    throw new Error(`${name} is damaged and cannot be read: open it in Excel to repair it`);
  }
  const inner = createXlsxGateway(workbook, name);
  const gateway: WorkbookGateway = {
    readSnapshot: () => inner.readSnapshot(),
    apply: async (plan) => {
      await inner.apply(plan);
      onChange();
    },
  };
  // the add-in's own writes (apply) are never reported here, as Excel's events are off while it writes
  const listeners = new Set<(sheet: string, cell: string) => void>();
  return {
    name,
    gateway,
    snapshot: () => inner.readSnapshot(),
    save: async () => new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer),
    async edit(sheet, cell, text) {
      const ws = workbook.getWorksheet(sheet);
      if (!ws) throw new Error(`no sheet ${sheet}`);
      ws.getCell(cell).value = typed(text);
      onChange();
      for (const listener of listeners) listener(sheet, cell);
    },
    watchEdits(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
