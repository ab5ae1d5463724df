/**
 * The main job end to end on one workbook (the bundled sample by default):
 * validate, fill the rating columns, build Table A and B, export the board paper.
 */
import * as path from 'path';
import { openSession, writeExport } from './workbook-session';
import { writeBoardPaper } from './report-command';
import { endOfLatestActualYear, type SettingsOptions } from './options';
import { describeFindings, describeRag, describeTables } from './print';
import type { Io } from './io';

const WRITTEN = ['-ni-targets.xlsx', '-board-paper.docx', '-board-paper.html', '-csv/', '-analysis.json'];

/**
 * The demo's report date: --as-of when given, else the end of the latest year the plan has actuals
 * for (31 March 2010 for the sample), so its tasks read as they did then rather than all overdue.
 */
async function reportDate(file: string, opts: SettingsOptions): Promise<{ asOf?: string; words: string }> {
  if (opts.asOf) return { asOf: opts.asOf, words: `Report date: ${opts.asOf} (--as-of)` };
  const probe = await openSession(file, opts);
  const found = endOfLatestActualYear(await probe.session.validate());
  probe.session.dispose();
  if (!found) return { words: 'Report date: today (the workbook has no year of actuals to date it by)' };
  return {
    asOf: found.date,
    words:
      `Report date: ${found.date}, the end of ${found.year}, the latest year with actuals ` +
      `(give --as-of to choose another)`,
  };
}

export async function runDemo(
  file: string,
  opts: SettingsOptions & { out: string },
  io: Io,
): Promise<number> {
  const base = path.basename(file, path.extname(file));
  const out = (ext: string) => path.join(opts.out, `${base}${ext}`);
  const dated = await reportDate(file, opts);
  const { session, save } = await openSession(file, { ...opts, asOf: dated.asOf }, { folders: [opts.out] });

  const first = await session.validate();
  io.out(dated.words);
  io.out('');
  io.out(`1. Validate ${first.workbook}`);
  for (const l of describeTables(first)) io.out(`   ${l}`);
  for (const l of describeFindings(first.findings, 3)) io.out(`   ${l}`);
  writeExport(await session.exportJson(), out('-analysis.json'));

  io.out('');
  io.out('2. Fill RAG, direction of travel and trajectory; build Table A and Table B');
  const done = await session.runAll();
  io.out(`   ${describeRag(done.rag)}`);
  io.out(`   ${done.summary}, as at ${first.settings.asOf}`);
  for (const n of done.notices) io.out(`   Note: ${n}`);
  await save(out('-ni-targets.xlsx'));

  io.out('');
  io.out('3. Export the board paper');
  const quiet = { out: () => undefined, err: io.err };
  await writeBoardPaper(
    session,
    { output: '', docx: out('-board-paper.docx'), html: out('-board-paper.html'), csv: out('-csv') },
    quiet,
  );

  io.out('');
  io.out('Written:');
  for (const f of WRITTEN) io.out(`   ${out(f)}`);
  io.out('');
  io.out(
    `Open ${out('-ni-targets.xlsx')} in Excel: the rating columns sit beside each targets table, and the ` +
      `reports are on the sheets named in step 2.`,
  );
  // the job ran: problems in the workbook are the demo's findings, not a failure of the run
  return 0;
}
