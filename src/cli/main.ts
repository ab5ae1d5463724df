/**
 * `ni-targets`: the engine on .xlsx files, without Excel. Each command opens the workbook as a session
 * (workbook-session.ts) and calls the same operations the task pane calls.
 * Exit codes: 0 no errors, 1 errors found in the workbook, 2 unusable input.
 */
import * as path from 'path';
import { Command, CommanderError } from 'commander';
import { UnusableWorkbookError } from '../gateways/xlsx-package/errors';
import { OptionProblem, type SettingsOptions } from './options';
import { OutputProblem } from './output-path';
import { runValidate, type ValidateOptions } from './validate-command';
import { runRate, type RateOptions } from './rate-command';
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

type SetCode = (c: number) => void;
type Runner<O> = (file: string, opts: O, io: Io) => Promise<number>;

/** The options every command that reads a workbook takes. */
const common = (c: Command): Command =>
  c
    .option('--json <file>', 'write the analysis as JSON')
    .option('--year <year>', 'reporting year, e.g. 2009/10 (default: latest year with an actual)')
    .option('--tolerance <t>', 'Amber tolerance: 5% of the target, or 2pp / 2 (absolute)')
    .option('--as-of <date>', 'report date yyyy-mm-dd (default: today)');

/** Commands that save the workbook may replace the one they read only when told. */
const written = (c: Command): Command =>
  c.option('--in-place', 'allow -o to be the workbook read (written to a temporary file, then swapped in)');

/** A command over one workbook (the bundled sample when none is given). */
function workbookCommand(p: Command, name: string, description: string, io: Io, setCode: SetCode) {
  return <O>(run: Runner<O>, configure: (c: Command) => Command = common): void => {
    configure(p.command(name).argument('[workbook]', '.xlsx file (default: the bundled sample)'))
      .description(description)
      .action(async (file: string | undefined, opts: O) =>
        setCode(await run(resolveWorkbook(file, io), opts, io)),
      );
  };
}

function addCommands(p: Command, io: Io, setCode: SetCode): void {
  const cmd = (name: string, description: string) => workbookCommand(p, name, description, io, setCode);
  cmd(
    'validate',
    'list the tables found and every problem, by severity, at its cell',
  )<ValidateOptions>(runValidate);
  cmd('rate', 'fill RAG, direction of travel and trajectory columns beside each targets table')<RateOptions>(
    runRate,
    (c) => written(common(c).requiredOption('-o, --output <file>', 'where to write the rated workbook')),
  );
  cmd('report', 'build the Table A and Table B sheets in place, and export them')<ReportOptions>(
    runReport,
    (c) =>
      common(c)
        .requiredOption('-o, --output <file>', 'where to write the workbook with Table A and Table B')
        .option('--docx <file>', 'also write the board paper as Word')
        .option('--html <file>', 'also write the board paper as one HTML file')
        .option('--csv <dir>', 'also write one CSV file per table into this folder')
        .option('--due-soon <days>', 'Table B: tasks due within this many days are "Due soon" (default 30)'),
  );
  cmd('demo', 'the whole job: validate, rate, build Table A and B, export the board paper')<
    SettingsOptions & { out: string }
  >(runDemo, (c) =>
    c
      .option('--out <dir>', 'folder for everything written', 'out')
      .option('--as-of <date>', 'report date yyyy-mm-dd (default: today)'),
  );
}

function program(io: Io, setCode: SetCode): Command {
  const p = new Command();
  p.name('ni-targets')
    .description('Recognise, validate and rate National Indicator target tables in .xlsx workbooks.')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) });
  addCommands(p, io, setCode);
  return p;
}

/** What went wrong, as the one line the officer sees. */
function failure(e: unknown, io: Io): number {
  if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
  if (
    e instanceof UnusableWorkbookError ||
    e instanceof UsageProblem ||
    e instanceof OptionProblem ||
    e instanceof OutputProblem
  ) {
    io.err(`ni-targets: ${e.message}`);
    return 2;
  }
  const msg = e instanceof Error ? e.message : String(e);
  io.err(`ni-targets: unexpected problem: ${msg}`);
  if (process.env.NI_TARGETS_DEBUG && e instanceof Error) io.err(e.stack ?? '');
  return 2;
}

export async function main(argv: string[], io: Io = consoleIo): Promise<number> {
  let code = 0;
  const p = program(io, (c) => (code = c));
  try {
    await p.parseAsync(argv);
    return code;
  } catch (e) {
    return failure(e, io);
  }
}

if (require.main === module) {
  main(process.argv).then((c) => {
    process.exitCode = c;
  });
}
