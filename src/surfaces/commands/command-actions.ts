/**
 * What each ribbon button does through the session, and what the officer is told afterwards. Nothing is
 * written for Validate; Fill RAG and Build reports write and then say where; Remove NI Targets output asks
 * first, saying what will go, and removes only what the add-in's record lists.
 */
import type { Session } from '../../session/session';
import { describeRemoval } from '../../session/remove-output';
import { outcomeText, summaryText } from '../taskpane/outcome-text';
import type { CommandName } from './command-names';

export interface CommandSummary {
  title: string;
  lines: string[];
  /** cell to select afterwards so the officer sees what changed */
  select: { sheet: string; cell: string } | null;
}

/** A question with a button that goes ahead (its label) and one that does not; true to go ahead. */
export type Confirm = (question: { title: string; lines: string[]; yes: string }) => Promise<boolean>;

const MAX_LINES = 6;
const REMOVE = 'Remove NI Targets output';

/** what goes, asked first: Excel's Undo cannot bring back an add-in's writes */
async function removeOutput(s: Session, confirm: Confirm): Promise<CommandSummary> {
  const what = await s.outputToRemove();
  const said = describeRemoval(what);
  const told = (line: string): CommandSummary => ({ title: REMOVE, lines: [line], select: null });
  if (!said) return told('NI Targets has written nothing to this workbook, so there is nothing to remove.');
  const yes = await confirm({
    title: `${REMOVE}?`,
    lines: [
      `This removes ${said}${what.keepsRecord ? '; your saved settings and corrections stay' : ''}.`,
      'Nothing else in the workbook changes. Excel’s Undo (Ctrl+Z) cannot bring it back; running NI Targets again can.',
    ],
    yes: 'Remove',
  });
  if (!yes) return told('Nothing was removed.');
  return told(`Removed ${describeRemoval(await s.removeOutput())}.`);
}

export const COMMAND_RUNS: Record<CommandName, (s: Session, confirm: Confirm) => Promise<CommandSummary>> = {
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
  removeOutput,
};
