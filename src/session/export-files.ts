/**
 * Report files for download. The renderers (docx above all) are loaded with import() so they reach the
 * browser only when the officer first exports.
 */
import type { TableAModel, TableBModel } from '../engine/report/types';
import type { Analysis } from '../pipeline/analyse';
import { toJson } from '../pipeline/analysis-json';

export interface ExportFile {
  name: string;
  mime: string;
  data: Uint8Array | string;
}

export interface ReportModels {
  tableA: TableAModel | null;
  tableB: TableBModel | null;
}

/** "Plan 2009.xlsx" -> "Plan 2009 - NI Targets report" */
export function reportBaseName(workbook: string): string {
  const stem = workbook.replace(/\.[^.]+$/, '').trim();
  return `${stem || 'Workbook'} - NI Targets report`;
}

export async function docxFile(m: ReportModels, workbook: string): Promise<ExportFile> {
  const { toDocx } = await import(/* webpackChunkName: "export-docx" */ '../export/docx');
  const bytes = await toDocx(m.tableA, m.tableB);
  return {
    name: `${reportBaseName(workbook)}.docx`,
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    data: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
  };
}

export async function htmlFile(m: ReportModels, workbook: string): Promise<ExportFile> {
  const { toHtmlBytes } = await import(/* webpackChunkName: "export-html" */ '../export/html');
  // bytes made piece by piece: a 100k-row table as one string cost ~400 MB at its peak
  return {
    name: `${reportBaseName(workbook)}.html`,
    mime: 'text/html',
    data: toHtmlBytes(m.tableA, m.tableB),
  };
}

export async function csvExportFiles(m: ReportModels): Promise<ExportFile[]> {
  const { csvFiles } = await import(/* webpackChunkName: "export-csv" */ '../export/csv');
  return csvFiles(m.tableA, m.tableB).map((f) => ({ name: f.name, mime: 'text/csv', data: f.text }));
}

/** The analysis as the `--json` contract describes it (README), indented for people who open it. */
export function analysisJsonFile(a: Analysis, workbook: string): ExportFile {
  return {
    name: `${reportBaseName(workbook).replace(/ report$/, ' analysis')}.json`,
    mime: 'application/json',
    data: JSON.stringify(toJson(a), null, 2) + '\n',
  };
}
