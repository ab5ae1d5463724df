import type { RateOutcome, Session } from '../session/session';
import type { AnalysisSummary } from '../session/summary';
import type { Io } from './io';

export type RagCounts = RateOutcome['rag'];

/** What a command did to one workbook: its exit code and what a batch summary lists. */
export interface CommandOutcome {
  code: number;
  session: Session;
  summary: AnalysisSummary;
  /** the RAG tally when the command rated (validate leaves it to the summary to count) */
  rag: RagCounts | null;
}

/** A command over one workbook, as main.ts and a batch's worker both run it. */
export type Command<O> = (file: string, opts: O, io: Io) => Promise<CommandOutcome>;
