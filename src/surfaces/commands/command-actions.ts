/**
 * What each ribbon button does through the session, and what the officer is told afterwards. Nothing is
 * written for Validate; Fill RAG and Build reports write and then say where.
 */
import type { Session } from '../../session/session';
import { outcomeText, summaryText } from '../taskpane/outcome-text';
import type { CommandName } from './command-names';

export interface CommandSummary {
  title: string;
  lines: string[];
  /** cell to select afterwards so the officer sees what changed */
  select: { sheet: string; cell: string } | null;
}

const MAX_LINES = 6;

export const COMMAND_RUNS: Record<CommandName, (s: Session) => Promise<CommandSummary>> = {
  validateTargets: async (s) => {
    const r = await s.validate();
    const top = r.findings.filter((f) => f.severity === 'error').slice(0, MAX_LINES);
    return {
      title: 'Validate targets',
      lines: [
        summaryText(r),
        ...top.map((f) => `${f.sheet}!${f.cell}: ${f.message}`),
        ...(r.findings.length > 0 ? ['Open NI Targets to see every finding and go to its cell.'] : []),
      ],
      select: null,
    };
  },
  fillRag: async (s) => {
    const r = await s.rate();
    return { title: 'Fill RAG & trajectory', lines: [outcomeText(r)], select: r.firstCell };
  },
  buildReports: async (s) => {
    const r = await s.buildReports();
    return { title: 'Build Table A & B', lines: [outcomeText(r)], select: r.firstCell };
  },
};
