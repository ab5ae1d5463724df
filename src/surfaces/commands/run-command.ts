import { COMMAND_ACTIONS, type CommandName } from './command-names';

export function notWiredMessage(name: CommandName): string {
  return `NI Targets: ${COMMAND_ACTIONS[name]} is not wired yet`;
}

/**
 * Placeholder until the ribbon is connected to the engine: it changes nothing in the workbook and only
 * leaves a note in the console, so clicking a button is safe and completes at once.
 */
export async function runCommand(name: CommandName): Promise<void> {
  console.info(notWiredMessage(name));
}
