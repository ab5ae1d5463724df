import * as path from 'path';
import type { Session } from '../session/session';
import { openSession, writeExport, writeExportsTo } from './workbook-session';
import { describeTables } from './print';
import type { SettingsOptions } from './options';
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
  for (const l of describeTables(summary)) io.out(l);
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
