/**
 * Cancelling and yielding for long runs. Every stage boundary checks the signal, and yields to the host so
 * the pane can paint its progress and Excel can handle the officer's input between stages.
 */
export class RunCancelledError extends Error {
  constructor() {
    super('Cancelled: nothing more was changed');
    this.name = 'AbortError';
  }
}

export function isCancelled(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

/** A macrotask, not a microtask: only setTimeout lets the browser render and take input in between. */
export const yieldToBrowser = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export type Stage = 'reading' | 'analysing' | 'writing' | 'exporting';

export interface RunOptions {
  signal?: AbortSignal;
  /** told which stage is starting, for a progress line */
  onStage?: (stage: Stage) => void;
}

/** Between stages: give the host a turn, then stop if the officer cancelled meanwhile. */
export async function checkpoint(
  signal: AbortSignal,
  yieldToHost: () => Promise<void>,
  next: Stage,
  onStage?: (stage: Stage) => void,
): Promise<void> {
  await yieldToHost();
  if (signal.aborted) throw new RunCancelledError();
  onStage?.(next);
}
