/**
 * One workbook of a batch, run in a worker thread by the same command code as a single run, its terminal
 * output dropped: what the summary lists comes back as plain data (it crosses to the main thread), and
 * anything that goes wrong becomes that workbook's one line, never the batch's end.
 */
import type { Session } from '../session/session';
import type { AnalysisSummary } from '../session/summary';
import { describeProblem } from './failure';
import type { Io } from './io';
import type { CommandOutcome, RagCounts } from './outcome';
import { rateWorkbook, type RateOptions } from './rate-command';
import { reportWorkbook, type ReportOptions } from './report-command';
import { validateWorkbook, type ValidateOptions } from './validate-command';

export type BatchCommand = 'validate' | 'rate' | 'report';

export type FileOptions = ValidateOptions & Partial<RateOptions> & Partial<ReportOptions>;

export interface FileJob {
  command: BatchCommand;
  file: string;
  opts: FileOptions;
}

/** A workbook's line in the summary: its counts, or the one-line reason it could not be used. */
export interface FileResult {
  file: string;
  /** the exit code a single run on this workbook would have given */
  exitCode: number;
  tables: number | null;
  indicators: number | null;
  errors: number | null;
  warnings: number | null;
  rag: RagCounts | null;
  /** the workbook written (rate, report) */
  output: string | null;
  problem: string | null;
}

const COMMANDS: Record<BatchCommand, (file: string, opts: FileOptions, io: Io) => Promise<CommandOutcome>> = {
  validate: validateWorkbook,
  rate: (file, opts, io) => rateWorkbook(file, opts as RateOptions, io),
  report: (file, opts, io) => reportWorkbook(file, opts as ReportOptions, io),
};

const SILENT: Io = { out: () => undefined, err: () => undefined };

/** The RAG tally of the analysis (validate and report do not rate): from the --json contract. */
async function ragOf(session: Session): Promise<RagCounts> {
  const file = await session.exportJson();
  const text = typeof file.data === 'string' ? file.data : new TextDecoder().decode(file.data);
  const json = JSON.parse(text) as { tables: { kind: string; rows: { rag: keyof RagCounts | null }[] }[] };
  const rag: RagCounts = { Green: 0, Amber: 0, Red: 0, 'Not rated': 0 };
  for (const t of json.tables) {
    if (t.kind !== 'targets') continue;
    for (const r of t.rows) rag[r.rag ?? 'Not rated']++;
  }
  return rag;
}

function counts(s: AnalysisSummary) {
  return {
    tables: s.tables.length,
    indicators: s.tables.reduce((n, t) => n + (t.kind === 'targets' ? t.count : 0), 0),
    errors: s.counts.error,
    warnings: s.counts.warning,
  };
}

/** The line of a workbook that could not be used. */
export function unusable(file: string, problem: string): FileResult {
  const none = { tables: null, indicators: null, errors: null, warnings: null, rag: null, output: null };
  return { file, exitCode: 2, ...none, problem };
}

export async function runFileJob(job: FileJob): Promise<FileResult> {
  let outcome: CommandOutcome | null = null;
  try {
    outcome = await COMMANDS[job.command](job.file, job.opts, SILENT);
    const rag = outcome.rag ?? (await ragOf(outcome.session));
    const output = job.opts.output ?? null;
    return { file: job.file, exitCode: outcome.code, ...counts(outcome.summary), rag, output, problem: null };
  } catch (e) {
    return unusable(job.file, describeProblem(e));
  } finally {
    // the analysis is this workbook's alone: let the worker's heap go before the next one
    outcome?.session.dispose();
  }
}
