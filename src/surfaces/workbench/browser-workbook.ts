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
}

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
  return {
    name,
    gateway,
    snapshot: () => inner.readSnapshot(),
    save: async () => new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer),
  };
}
