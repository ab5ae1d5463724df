/**
 * The main job end to end on one workbook (the bundled sample by default):
 * validate, fill the rating columns, build Table A and B, export the board paper.
 */
import * as fs from 'fs';
import * as path from 'path';
import { analyse } from '../pipeline/analyse';
import { fullPlan } from '../pipeline/full-plan';
import { toJson } from '../pipeline/analysis-json';
import { readWorkbookFile } from '../gateways/xlsx/read';
import { applyPlan } from '../gateways/xlsx/apply';
import { writeWorkbook } from '../gateways/xlsx/write';
import { toDocx } from '../export/docx';
import { toHtml } from '../export/html';
import { csvFiles } from '../export/csv';
import { parseSettingsOptions, type SettingsOptions } from './options';
import { describeFindings, describeTables } from './print';
import type { Io } from './io';

export async function runDemo(
  file: string,
  opts: SettingsOptions & { out: string },
  io: Io,
): Promise<number> {
  const base = path.basename(file, path.extname(file));
  const out = (ext: string) => path.join(opts.out, `${base}${ext}`);
  fs.mkdirSync(opts.out, { recursive: true });
  const settings = parseSettingsOptions(opts);

  const { snapshot, workbook } = await readWorkbookFile(file);
  const first = analyse(snapshot, { settings });
  io.out(`1. Validate ${snapshot.name}`);
  for (const l of describeTables(first)) io.out(`   ${l}`);
  for (const l of describeFindings(first.findings, 3)) io.out(`   ${l}`);
  fs.writeFileSync(out('-analysis.json'), JSON.stringify(toJson(first), null, 2) + '\n');

  io.out('');
  io.out('2. Fill RAG, direction of travel and trajectory; build Table A and Table B');
  const { plan, notices, report } = fullPlan(first);
  applyPlan(workbook, plan);
  const tally = { Green: 0, Amber: 0, Red: 0, 'Not rated': 0 };
  for (const list of first.ratings.values()) for (const r of list) tally[r.rag ?? 'Not rated']++;
  io.out(`   ${tally.Green} Green, ${tally.Amber} Amber, ${tally.Red} Red, ${tally['Not rated']} not rated`);
  io.out(`   ${report.plan.summary}, as at ${first.settings.asOf}`);
  for (const n of notices) io.out(`   Note: ${n}`);
  await writeWorkbook(workbook, out('-ni-targets.xlsx'));

  io.out('');
  io.out('3. Export the board paper');
  fs.writeFileSync(out('-board-paper.docx'), await toDocx(report.tableA, report.tableB));
  fs.writeFileSync(out('-board-paper.html'), toHtml(report.tableA, report.tableB));
  const csvDir = out('-csv');
  fs.mkdirSync(csvDir, { recursive: true });
  for (const f of csvFiles(report.tableA, report.tableB))
    fs.writeFileSync(path.join(csvDir, f.name), f.text, 'utf8');

  io.out('');
  io.out('Written:');
  for (const f of ['-ni-targets.xlsx', '-board-paper.docx', '-board-paper.html', '-csv/', '-analysis.json']) {
    io.out(`   ${out(f)}`);
  }
  io.out('');
  io.out(
    `Open ${out('-ni-targets.xlsx')} in Excel: the rating columns sit beside each targets table, and the ` +
      `reports are on the sheets named in step 2.`,
  );
  // the job ran: problems in the workbook are the demo's findings, not a failure of the run
  return 0;
}
