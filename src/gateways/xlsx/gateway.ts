/** The .xlsx gateway over an exceljs workbook held in memory (CLI, test bench, fixtures). */
import type ExcelJS from 'exceljs';
import type { WorkbookGateway } from '../gateway';
import { applyPlan } from './apply';
import { snapshotWorkbook } from './to-snapshot';

export function createXlsxGateway(workbook: ExcelJS.Workbook, name: string): WorkbookGateway {
  return {
    // read afresh each time so the snapshot shows what earlier plans wrote
    readSnapshot: async () => snapshotWorkbook(workbook, name),
    apply: async (plan) => applyPlan(workbook, plan),
  };
}
