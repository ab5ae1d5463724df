/**
 * `ni-targets`: the engine on .xlsx files, without Excel. Each command opens the workbook as a session
 * (workbook-session.ts) and calls the same operations the task pane calls.
 * Exit codes: 0 no errors, 1 errors found in the workbook, 2 unusable input.
 */
import * as path from 'path';
import { Command } from 'commander';
import type { SettingsOptions } from './options';
import { validateWorkbook } from './validate-command';
import { rateWorkbook } from './rate-command';
import { reportWorkbook } from './report-command';
import { runDemo } from './demo-command';
import { consoleIo, type Io } from './io';
import { failure, UsageProblem } from './failure';
import type { CommandOutcome } from './outcome';
import { isBatch } from './batch-inputs';
import { requireFileNames, type BatchOptions } from './batch-options';
import type { BatchCommand } from './batch-file';
import { runBatch } from './batch-command';
import { addMapCommand } from './map-command';
import { addCatalogueCommand } from './catalogue-command';

export const SAMPLE = path.join(__dirname, '..', '..', 'samples', 'sample-plan.xlsx');

export { UsageProblem };

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
    .option('--json [file]', 'write the analysis as JSON')
    .option('--year <year>', 'reporting year, e.g. 2009/10 (default: latest year with an actual)')
    .option('--tolerance <t>', 'Amber tolerance: 5% of the target, or 2pp / 2 (absolute)')
    .option('--as-of <date>', 'report date yyyy-mm-dd (default: today)')
    .option('--definitions <file>', 'local indicator definitions from a .csv or .xlsx, kept in the workbook');

/** Commands that save the workbook may replace the one they read only when told. */
const written =
  (what: string) =>
  (c: Command): Command =>
    c
      .option('-o, --output <file>', `where to write the ${what} (one workbook: required)`)
      .option(
        '--in-place',
        'allow -o to be the workbook read (written to a temporary file, then swapped in)',
      );

/** What a command takes for many workbooks at once. */
const batch = (c: Command): Command =>
  c
    .option('--out-dir <dir>', 'several workbooks: folder for what is written, each under its own name')
    .option('--summary <file>', 'several workbooks: one line per workbook, as .csv or .json')
    .option('--jobs <n>', 'several workbooks: how many at once (default: one per core)');

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

/** -o is required for one workbook (a batch has --out-dir): commander's own words, as before batches. */
function requireOutput(cmd: Command, opts: BatchOptions): void {
  const output = cmd.options.find((o) => o.long === '--output');
  if (output && !opts.output) {
    cmd.error(`error: required option '${output.flags}' not specified`, {
      code: 'commander.missingMandatoryOptionValue',
    });
  }
}

type WorkbookRunner<O> = (file: string, opts: O, io: Io) => Promise<CommandOutcome>;

/**
 * A command over one workbook as before, or, given several, a folder or a glob (or --out-dir/--summary),
 * over each of them in a batch (batch-command.ts).
 */
function batchableCommand(p: Command, name: BatchCommand, description: string, io: Io, setCode: SetCode) {
  return <O extends BatchOptions>(run: WorkbookRunner<O>, configure: (c: Command) => Command): void => {
    configure(batch(p.command(name).argument('[workbooks...]', '.xlsx files, folders or globs')))
      .description(description)
      .action(async (files: string[], opts: O, cmd: Command) => {
        if (isBatch(files) || opts.outDir || opts.summary) {
          const inputs = files.length > 0 ? files : [resolveWorkbook(undefined, io)];
          return setCode(await runBatch(name, inputs, opts, io));
        }
        requireOutput(cmd, opts);
        setCode((await run(resolveWorkbook(files[0], io), requireFileNames(opts), io)).code);
      });
  };
}

function addCommands(p: Command, io: Io, setCode: SetCode): void {
  const cmd = (name: BatchCommand, description: string) =>
    batchableCommand(p, name, description, io, setCode);
  cmd('validate', 'list the tables found and every problem, by severity, at its cell')(
    validateWorkbook,
    common,
  );
  cmd('rate', 'fill RAG, direction of travel and trajectory columns beside each targets table')(
    rateWorkbook,
    (c) => written('rated workbook')(common(c)),
  );
  cmd('report', 'build the Table A and Table B sheets in place, and export them')(reportWorkbook, (c) =>
    written('workbook with Table A and Table B')(common(c))
      .option('--docx [file]', 'also write the board paper as Word')
      .option('--html [file]', 'also write the board paper as one HTML file')
      .option('--csv [dir]', 'also write one CSV file per table into this folder')
      .option('--due-soon <days>', 'Table B: tasks due within this many days are "Due soon" (default 30)'),
  );
  workbookCommand(
    p,
    'demo',
    'the whole job: validate, rate, build Table A and B, export the board paper',
    io,
    setCode,
  )<SettingsOptions & { out: string }>(runDemo, (c) =>
    c
      .option('--out <dir>', 'folder for everything written', 'out')
      .option('--as-of <date>', 'report date yyyy-mm-dd (default: today)'),
  );
  addMapCommand(p, io, setCode, resolveWorkbook);
}

function program(io: Io, setCode: SetCode): Command {
  const p = new Command();
  p.name('ni-targets')
    .description('Recognise, validate and rate National Indicator target tables in .xlsx workbooks.')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) });
  addCommands(p, io, setCode);
  addCatalogueCommand(p, io, setCode);
  return p;
}

export async function main(argv: string[], io: Io = consoleIo): Promise<number> {
  let code = 0;
  const p = program(io, (c) => (code = c));
  try {
    await p.parseAsync(argv);
    return code;
  } catch (e) {
    return failure(e, io);
  } finally {
    io.flush?.();
  }
}

if (require.main === module) {
  main(process.argv).then((c) => {
    process.exitCode = c;
  });
}
