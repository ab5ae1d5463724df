import { COMMAND_NAMES, type CommandName } from './command-names';

/** What Excel passes to an ExecuteFunction handler; only completed() matters to us. */
export interface CommandEvent {
  completed(options?: { allowEvent?: boolean }): void;
}

export type CommandHandler = (event: CommandEvent) => Promise<void>;
export type Associate = (name: string, handler: CommandHandler) => void;
export type CommandRunner = (name: CommandName) => Promise<void>;

/**
 * Wraps a command so Excel is always told it finished. Without completed() the button stays busy and
 * Excel eventually shows an error, so failures are logged here and never left to escape.
 */
export function completing(name: CommandName, run: CommandRunner): CommandHandler {
  return async (event) => {
    try {
      await run(name);
    } catch (error) {
      console.error(`NI Targets: ${name} failed`, error);
    } finally {
      event.completed();
    }
  };
}

/** Hooks every ribbon command up with `associate` (Office.actions.associate in Excel). */
export function registerCommands(associate: Associate, run: CommandRunner): void {
  for (const name of COMMAND_NAMES) associate(name, completing(name, run));
}
