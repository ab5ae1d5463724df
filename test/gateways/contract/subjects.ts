/**
 * The two gateways under one harness. Each subject opens a fixture workbook its
 * own way (the .xlsx gateway from real file bytes, the Office gateway from a
 * fake Excel seeded with the same cells) and can describe a cell's look (fill,
 * link) through its own library, for what snapshots do not carry.
 */
import type ExcelJS from 'exceljs';
import type { WorkbookGateway } from '../../../src/gateways/gateway';
import { createOfficeGateway, type OfficeGateway } from '../../../src/gateways/office/gateway';
import { createXlsxGateway } from '../../../src/gateways/xlsx/gateway';
import { readWorkbook } from '../../../src/gateways/xlsx/read';
import { toBuffer } from '../../../src/gateways/xlsx/write';
import type { WorkbookSpec } from '../../fixtures/spec';
import { toSnapshot } from '../../fixtures/to-snapshot';
import { toXlsx } from '../../fixtures/to-xlsx';
import { type FakeExcelHost, fakeExcelWith } from '../../support/excel-fake';

/** What a cell looks like beyond its value and number format. */
export interface CellLook {
  fill: string | null;
  bold: boolean;
  /** the sheet and cell a link points to, "'Sheet'!A1" with quotes and no $ */
  link: string | null;
}

export interface Opened {
  gateway: WorkbookGateway;
  look(sheet: string, cell: string): Promise<CellLook>;
  /** reopens from saved bytes where the format has them, so results survive a save */
  reopen(): Promise<WorkbookGateway>;
  /** Office only: the fake behind the gateway */
  host?: FakeExcelHost;
  office?: OfficeGateway;
}

export interface Subject {
  name: string;
  open(spec: WorkbookSpec): Promise<Opened>;
}

const fileName = (spec: WorkbookSpec): string => `${spec.name}.xlsx`;

function xlsxLook(wb: ExcelJS.Workbook, sheet: string, address: string): CellLook {
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet}`);
  const cell = ws.getCell(address);
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  const argb = fill?.type === 'pattern' ? fill.fgColor?.argb : undefined;
  const v = cell.value as { hyperlink?: string } | null;
  const link =
    typeof v === 'object' && v?.hyperlink ? v.hyperlink.replace(/^#/, '').replace(/\$/g, '') : null;
  return { fill: argb ? `#${argb.slice(2)}` : null, bold: Boolean(cell.font?.bold), link };
}

export const xlsxSubject: Subject = {
  name: '.xlsx',
  async open(spec) {
    const { workbook } = await readWorkbook(await toXlsx(spec), fileName(spec));
    return {
      gateway: createXlsxGateway(workbook, fileName(spec)),
      look: async (sheet, cell) => xlsxLook(workbook, sheet, cell),
      reopen: async () => {
        const again = await readWorkbook(await toBuffer(workbook), fileName(spec));
        return createXlsxGateway(again.workbook, fileName(spec));
      },
    };
  },
};

/** Reads a cell's look through the fake's Office.js surface, as the add-in would. */
async function officeLook(host: FakeExcelHost, sheet: string, address: string): Promise<CellLook> {
  return host.run(async (context) => {
    const range = context.workbook.worksheets.getItem(sheet).getRange(address);
    range.load('hyperlink');
    range.format.fill.load('color');
    range.format.font.load('bold');
    await context.sync();
    const fill = range.format.fill.color;
    return {
      fill: fill === '#FFFFFF' ? null : fill,
      bold: range.format.font.bold,
      link: range.hyperlink?.documentReference ?? null,
    };
  });
}

export const officeSubject: Subject = {
  name: 'Office.js',
  async open(spec) {
    const snapshot = { ...toSnapshot(spec), name: fileName(spec) };
    const host = fakeExcelWith(snapshot);
    const office = createOfficeGateway(host.run, { requirement: host.isSetSupported });
    return {
      gateway: office,
      office,
      host,
      look: (sheet, cell) => officeLook(host, sheet, cell),
      // Excel keeps the workbook open; reading again is what a reopen means here
      reopen: async () => office,
    };
  },
};

export const SUBJECTS: Subject[] = [xlsxSubject, officeSubject];
