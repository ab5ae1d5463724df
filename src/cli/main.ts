/**
 * `ni-targets`: the engine on .xlsx files, without Excel.
 * Exit codes: 0 no errors, 1 errors found in the workbook, 2 unusable input.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Command, CommanderError } from 'commander';
import { analyse, type Analysis } from '../pipeline/analyse';
import { toJson } from '../pipeline/analysis-json';
import { readWorkbookFile } from '../gateways/xlsx/read';
import { UnusableWorkbookError } from '../gateways/xlsx/errors';
import { describeFindings, describeTables, countBySeverity } from './print';
import { OptionProblem, parseSettingsOptions, type SettingsOptions } from './options';
import { runRate } from './rate-command';
import { runReport, type ReportOptions } from './report-command';
import { runDemo } from './demo-command';
import { consoleIo, type Io } from './io';

export const SAMPLE = path.join(__dirname, '..', '..', 'samples', 'sample-plan.xlsx');

/** A problem with what the officer gave us: one line, no stack trace, exit 2. */
export class UsageProblem extends Error {}

export function resolveWorkbook(file: string | undefined, io: Io): string {
  if (file) return file;
  io.out(`No workbook given: using the bundled sample (${path.relative(process.cwd(), SAMPLE) || SAMPLE}).`);
  return SAMPLE;
}

export async function load(file: string): Promise<Awaited<ReturnType<typeof readWorkbookFile>>> {
  return readWorkbookFile(file);
}

export function writeJson(file: string, a: Analysis): void {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(toJson(a), null, 2) + '\n');
}

export function printAnalysis(a: Analysis, io: Io): void {
  io.out(`Workbook: ${a.snapshot.name}`);
  for (const l of describeTables(a)) io.out(l);
  io.out('');
  for (const l of describeFindings(a.findings)) io.out(l);
}

function program(io: Io, setCode: (c: number) => void): Command {
  const p = new Command();
  p.name('ni-targets')
    .description('Recognise, validate and rate National Indicator target tables in .xlsx workbooks.')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) });

  const common = (c: Command): Command =>
    c
      .option('--json <file>', 'write the analysis as JSON')
      .option('--year <year>', 'reporting year, e.g. 2009/10 (default: latest year with an actual)')
      .option('--tolerance <t>', 'Amber tolerance: 5% of the target, or 2pp / 2 (absolute)')
      .option('--as-of <date>', 'report date yyyy-mm-dd (default: today)');

  common(
    p
      .command('validate')
      .argument('[workbook]', '.xlsx file (default: the bundled sample)')
      .description('list the tables found and every problem, by severity, at its cell'),
  ).action(async (file: string | undefined, opts: SettingsOptions & { json?: string }) => {
    const wb = resolveWorkbook(file, io);
    const { snapshot } = await load(wb);
    const a = analyse(snapshot, { settings: parseSettingsOptions(opts) });
    printAnalysis(a, io);
    if (opts.json) {
      writeJson(opts.json, a);
      io.out(`\nAnalysis written to ${opts.json}`);
    }
    setCode(countBySeverity(a.findings).error > 0 ? 1 : 0);
  });

  common(
    p
      .command('rate')
      .argument('[workbook]', '.xlsx file (default: the bundled sample)')
      .requiredOption('-o, --output <file>', 'where to write the rated workbook')
      .description('fill RAG, direction of travel and trajectory columns beside each targets table'),
  ).action(async (file: string | undefined, opts: SettingsOptions & { json?: string; output: string }) => {
    const wb = resolveWorkbook(file, io);
    setCode(await runRate(wb, opts, io));
  });

  common(
    p
      .command('report')
      .argument('[workbook]', '.xlsx file (default: the bundled sample)')
      .requiredOption('-o, --output <file>', 'where to write the workbook with Table A and Table B')
      .option('--docx <file>', 'also write the board paper as Word')
      .option('--html <file>', 'also write the board paper as one HTML file')
      .option('--csv <dir>', 'also write one CSV file per table into this folder')
      .option('--due-soon <days>', 'Table B: tasks due within this many days are "Due soon" (default 30)')
      .description('build the Table A and Table B sheets in place, and export them'),
  ).action(async (file: string | undefined, opts: ReportOptions) => {
    const wb = resolveWorkbook(file, io);
    setCode(await runReport(wb, opts, io));
  });

  p.command('demo')
    .argument('[workbook]', '.xlsx file (default: the bundled sample)')
    .option('--out <dir>', 'folder for everything written', 'out')
    .option('--as-of <date>', 'report date yyyy-mm-dd (default: today)')
    .description('the whole job: validate, rate, build Table A and B, export the board paper')
    .action(async (file: string | undefined, opts: SettingsOptions & { out: string }) => {
      const wb = resolveWorkbook(file, io);
      setCode(await runDemo(wb, opts, io));
    });

  return p;
}

export async function main(argv: string[], io: Io = consoleIo): Promise<number> {
  let code = 0;
  const p = program(io, (c) => (code = c));
  try {
    await p.parseAsync(argv);
    return code;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (e instanceof UnusableWorkbookError || e instanceof UsageProblem || e instanceof OptionProblem) {
      io.err(`ni-targets: ${e.message}`);
      return 2;
    }
    const msg = e instanceof Error ? e.message : String(e);
    io.err(`ni-targets: unexpected problem: ${msg}`);
    if (process.env.NI_TARGETS_DEBUG && e instanceof Error) io.err(e.stack ?? '');
    return 2;
  }
}

if (require.main === module) {
  main(process.argv).then((c) => {
    process.exitCode = c;
  });
}
