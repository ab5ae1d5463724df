import { openSession, writeExport } from './workbook-session';
import { describeDefinitions, describeFindings, describeTables } from './print';
import { checkYearInTables, parseYearOption, type SettingsOptions } from './options';
import type { Io } from './io';
import type { CommandOutcome } from './outcome';

export interface ValidateOptions extends SettingsOptions {
  json?: string;
}

/** Lists the tables and every finding; exit 1 when the workbook has errors. */
export async function validateWorkbook(file: string, opts: ValidateOptions, io: Io): Promise<CommandOutcome> {
  const { session } = await openSession(file, opts, { files: [opts.json] });
  const summary = await session.validate();
  // a year no table has would check nothing: refused before anything is printed or written
  checkYearInTables(opts.year ? parseYearOption(opts.year) : undefined, summary);
  io.out(`Workbook: ${summary.workbook}`);
  for (const l of describeTables(summary)) io.out(l);
  for (const l of describeDefinitions(summary)) io.out(l);
  io.out('');
  for (const l of describeFindings(summary.findings)) io.out(l);
  if (opts.json) {
    writeExport(await session.exportJson(), opts.json);
    io.out(`\nAnalysis written to ${opts.json}`);
  }
  return { code: summary.counts.error > 0 ? 1 : 0, session, summary, rag: null };
}
