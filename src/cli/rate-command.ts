import * as fs from 'fs';
import * as path from 'path';
import { analyse } from '../pipeline/analyse';
import { ratePlan } from '../pipeline/rate-plan';
import { readWorkbookFile } from '../gateways/xlsx/read';
import { applyPlan } from '../gateways/xlsx/apply';
import { writeWorkbook } from '../gateways/xlsx/write';
import { parseSettingsOptions, type SettingsOptions } from './options';
import { countBySeverity, describeTables } from './print';
import { toJson } from '../pipeline/analysis-json';

import type { Io } from './io';

export async function runRate(
  file: string,
  opts: SettingsOptions & { json?: string; output: string },
  io: Io,
): Promise<number> {
  const { snapshot, workbook } = await readWorkbookFile(file);
  const a = analyse(snapshot, { settings: parseSettingsOptions(opts) });
  for (const l of describeTables(a)) io.out(l);
  const { plan, notices } = ratePlan(a);
  applyPlan(workbook, plan);
  fs.mkdirSync(path.dirname(path.resolve(opts.output)), { recursive: true });
  await writeWorkbook(workbook, opts.output);

  const tally = { Green: 0, Amber: 0, Red: 0, 'Not rated': 0 };
  for (const list of a.ratings.values()) for (const r of list) tally[r.rag ?? 'Not rated']++;
  io.out('');
  io.out(
    `RAG: ${tally.Green} Green, ${tally.Amber} Amber, ${tally.Red} Red, ${tally['Not rated']} not rated` +
      (a.settings.year === null ? ' (each table rated for its latest year with an actual)' : ''),
  );
  for (const n of notices) io.out(`Note: ${n}`);
  io.out(`Rated workbook written to ${opts.output}`);
  if (opts.json) {
    fs.writeFileSync(opts.json, JSON.stringify(toJson(a), null, 2) + '\n');
    io.out(`Analysis written to ${opts.json}`);
  }
  const errors = countBySeverity(a.findings).error;
  if (errors > 0) io.out(`${errors} error(s) in the workbook: run \`ni-targets validate\` to see them.`);
  return 0;
}
