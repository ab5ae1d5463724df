/**
 * Why a file could not be opened as a workbook. Surfaces show `message` as is
 * (one line, no stack trace), so it names the file and says what to do.
 * 'too-big': over one of the reader's ceilings (a part's inflated size or
 * compression ratio, the cells of one sheet, the parts of the zip), or a sheet's
 * filled range reaching further than the add-in reads; the message says what and
 * where (the sheet and the far cell).
 */
export type UnusableReason = 'missing' | 'not-xlsx' | 'encrypted' | 'corrupt' | 'empty' | 'too-big';

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
