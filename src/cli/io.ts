/** Where the CLI writes: the terminal, or a test's capture. */
export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  /**
   * A status line redrawn in place on stderr (null clears it), present only when stderr is a terminal:
   * progress never reaches a pipe or a file.
   */
  progress?: (line: string | null) => void;
}

export const consoleIo: Io = {
  out: (l) => process.stdout.write(l + '\n'),
  err: (l) => process.stderr.write(l + '\n'),
  progress: process.stderr.isTTY ? (l) => process.stderr.write(`\r\x1b[K${l ?? ''}`) : undefined,
};
