import * as path from 'path';
import type { Session } from '../session/session';
import { openSession, writeExport, writeExportsTo } from './workbook-session';
import { describeDefinitions, describeTables } from './print';
import { checkYearInTables, parseYearOption, type SettingsOptions } from './options';
import type { Io } from './io';
import type { CommandOutcome } from './outcome';

export interface ReportOptions extends SettingsOptions {
  output: string;
  docx?: string;
  html?: string;
  csv?: string;
  json?: string;
  inPlace?: boolean;
}

/** The board paper's files the officer asked for, each from the session's one export writer. */
export async function writeBoardPaper(session: Session, opts: ReportOptions, io: Io): Promise<void> {
  if (opts.docx) {
    writeExport(await session.exportDocx(), opts.docx);
    io.out(`Word board paper written to ${opts.docx}`);
  }
  if (opts.html) {
    writeExport(await session.exportHtml(), opts.html);
    io.out(`HTML board paper written to ${opts.html}`);
  }
  if (opts.csv) {
    for (const written of writeExportsTo(await session.exportCsv(), opts.csv)) {
      io.out(`CSV written to ${path.join(opts.csv, path.basename(written))}`);
    }
  }
}

/** Exit code when the workbook holds nothing to report on: not unusable (2), just empty of tables. */
export const NO_TABLES_EXIT = 3;

/** What a table needs to be recognised, for the officer whose workbook had none. */
export const NO_TABLES =
  'no targets or action-plan table found, so no report was written. A targets table needs a header row ' +
  'with years (2009/10 Actual, 2010/11 Target) over rows with NI codes or indicator titles; an action ' +
  'plan needs columns such as Action, Lead and Deadline.';

/** Builds the Table A and Table B sheets, saves the workbook, writes the exports asked for. */
export async function reportWorkbook(file: string, opts: ReportOptions, io: Io): Promise<CommandOutcome> {
  const { session, save } = await openSession(file, opts, {
    workbook: opts.output,
    inPlace: opts.inPlace,
    files: [opts.json, opts.docx, opts.html],
    folders: [opts.csv],
  });
  const built = await session.buildReports();
  const summary = session.lastSummary()!;
  // refused before anything is written: an empty paper or a year nothing was rated for helps no one
  if (summary.tables.length === 0) {
    io.err(`ni-targets: ${path.basename(file)}: ${NO_TABLES}`);
    return { code: NO_TABLES_EXIT, session, summary, rag: null };
  }
  checkYearInTables(opts.year ? parseYearOption(opts.year) : undefined, summary);
  for (const l of describeTables(summary)) io.out(l);
  for (const l of describeDefinitions(summary)) io.out(l);
  await save(opts.output);
  io.out('');
  io.out(`${built.summary}, as at ${summary.settings.asOf}.`);
  for (const n of built.notices) io.out(`Note: ${n}`);
  io.out(`Workbook with the reports written to ${opts.output}`);
  await writeBoardPaper(session, opts, io);
  if (built.findings.length > 0) {
    io.out(`Table B: ${built.findings.length} deadline(s) shown as written (run validate for details).`);
  }
  return { code: 0, session, summary, rag: null };
}
