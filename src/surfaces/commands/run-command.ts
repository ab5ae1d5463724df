import type { Session } from '../../session/session';
import { COMMAND_RUNS, type CommandSummary, type Confirm } from './command-actions';
import { COMMAND_ACTIONS, type CommandName } from './command-names';

export interface CommandDeps {
  session: () => Promise<Session>;
  /** shows the summary to the officer and resolves once it is dismissed (or could not be shown) */
  show: (summary: CommandSummary) => Promise<void>;
  /** asks before a command that takes something away; false when the officer declines or closes it */
  confirm: Confirm;
}

/**
 * Runs a ribbon command and always tells the officer how it went: the outcome, or why it failed. A
 * failure to show the summary is not the officer's problem, so it is only logged.
 */
export async function runCommand(name: CommandName, deps: CommandDeps): Promise<void> {
  let summary: CommandSummary;
  try {
    const session = await deps.session();
    summary = await COMMAND_RUNS[name](session, deps.confirm);
    if (summary.select) await session.showFinding(summary.select).catch(() => undefined);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    summary = {
      title: COMMAND_ACTIONS[name],
      lines: [`${COMMAND_ACTIONS[name]} failed: ${detail}`],
      select: null,
    };
    console.error(`NI Targets: ${name} failed`, error);
  }
  try {
    await deps.show(summary);
  } catch (error) {
    console.error('NI Targets: could not show the summary', error);
  }
}
