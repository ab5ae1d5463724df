import { openSession, writeExport } from './workbook-session';
import { describeDefinitions, describeTables, describeRag } from './print';
import { checkYearInTables, parseYearOption, type SettingsOptions } from './options';
import type { Io } from './io';
import type { CommandOutcome } from './outcome';

export interface RateOptions extends SettingsOptions {
  json?: string;
  output: string;
  inPlace?: boolean;
}

/** Fills the rating columns and saves the workbook; findings are validate's to list. */
export async function rateWorkbook(file: string, opts: RateOptions, io: Io): Promise<CommandOutcome> {
  const { session, save } = await openSession(file, opts, {
    workbook: opts.output,
    inPlace: opts.inPlace,
    files: [opts.json],
  });
  const rated = await session.rate();
  const summary = session.lastSummary()!;
  // a year no table has would rate nothing: refused before the workbook is saved
  checkYearInTables(opts.year ? parseYearOption(opts.year) : undefined, summary);
  for (const l of describeTables(summary)) io.out(l);
  for (const l of describeDefinitions(summary)) io.out(l);
  await save(opts.output);
  io.out('');
  io.out(
    `RAG: ${describeRag(rated.rag)}` +
      (summary.settings.year === null ? ' (each table rated for its latest year with an actual)' : ''),
  );
  for (const n of rated.notices) io.out(`Note: ${n}`);
  io.out(`Rated workbook written to ${opts.output}`);
  if (opts.json) {
    writeExport(await session.exportJson(), opts.json);
    io.out(`Analysis written to ${opts.json}`);
  }
  const errors = summary.counts.error;
  if (errors > 0) io.out(`${errors} error(s) in the workbook: run \`ni-targets validate\` to see them.`);
  return { code: 0, session, summary, rag: rated.rag };
}
