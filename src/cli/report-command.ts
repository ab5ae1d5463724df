import * as fs from 'fs';
import * as path from 'path';
import { analyse } from '../pipeline/analyse';
import { reportPlan } from '../pipeline/report-plan';
import { readWorkbookFile } from '../gateways/xlsx/read';
import { applyPlan } from '../gateways/xlsx/apply';
import { writeWorkbook } from '../gateways/xlsx/write';
import { toDocx } from '../export/docx';
import { toHtml } from '../export/html';
import { csvFiles } from '../export/csv';
import { parseSettingsOptions, type SettingsOptions } from './options';
import { describeTables } from './print';
import type { Io } from './io';

export interface ReportOptions extends SettingsOptions {
  output: string;
  docx?: string;
  html?: string;
  csv?: string;
  json?: string;
}

function ensureDir(file: string): void {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
}

export async function runReport(file: string, opts: ReportOptions, io: Io): Promise<number> {
  const { snapshot, workbook } = await readWorkbookFile(file);
  const a = analyse(snapshot, { settings: parseSettingsOptions(opts) });
  for (const l of describeTables(a)) io.out(l);
  const r = reportPlan(a);
  applyPlan(workbook, r.plan);
  ensureDir(opts.output);
  await writeWorkbook(workbook, opts.output);
  io.out('');
  io.out(`${r.plan.summary}, as at ${a.settings.asOf}.`);
  for (const n of r.notices) io.out(`Note: ${n}`);
  io.out(`Workbook with the reports written to ${opts.output}`);
  if (opts.docx) {
    ensureDir(opts.docx);
    fs.writeFileSync(opts.docx, await toDocx(r.tableA, r.tableB));
    io.out(`Word board paper written to ${opts.docx}`);
  }
  if (opts.html) {
    ensureDir(opts.html);
    fs.writeFileSync(opts.html, toHtml(r.tableA, r.tableB));
    io.out(`HTML board paper written to ${opts.html}`);
  }
  if (opts.csv) {
    fs.mkdirSync(opts.csv, { recursive: true });
    for (const f of csvFiles(r.tableA, r.tableB)) {
      fs.writeFileSync(path.join(opts.csv, f.name), f.text, 'utf8');
      io.out(`CSV written to ${path.join(opts.csv, f.name)}`);
    }
  }
  if (r.findings.length > 0) {
    io.out(`Table B: ${r.findings.length} deadline(s) shown as written (run validate for details).`);
  }
  return 0;
}
