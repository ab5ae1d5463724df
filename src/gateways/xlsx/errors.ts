/**
 * Why a file could not be opened as a workbook. Surfaces show `message` as is
 * (one line, no stack trace), so it names the file and says what to do.
 */
export type UnusableReason = 'missing' | 'not-xlsx' | 'encrypted' | 'corrupt' | 'empty';

export class UnusableWorkbookError extends Error {
  readonly reason: UnusableReason;

  constructor(reason: UnusableReason, message: string) {
    super(message);
    this.name = 'UnusableWorkbookError';
    this.reason = reason;
  }
}

export function isUnusableWorkbookError(e: unknown): e is UnusableWorkbookError {
  return e instanceof UnusableWorkbookError;
}
