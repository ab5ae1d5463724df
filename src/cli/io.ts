/** Where the CLI writes: the terminal, or a test's capture. */
export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  /**
   * A status line redrawn in place on stderr (null clears it), present only when stderr is a terminal:
   * progress never reaches a pipe or a file.
   */
  progress?: (line: string | null) => void;
  /** writes out whatever `out` still holds (called once the command is done) */
  flush?: () => void;
}

/**
 * Standard output into a file or a pipe goes in blocks: Node writes to them synchronously, a system
 * call per write, and validate on a big workbook prints ~90k lines (about a second of CPU line by
 * line). A terminal still gets each line as it comes, and a pipe never waits more than a quarter of a
 * second behind (a batch prints a line per workbook). Errors and progress first flush what is held, so
 * the two streams keep their order on a shared terminal.
 */
const BLOCK_CHARS = 1 << 16;
const BLOCK_MS = 250;

function stdoutWriter(): Pick<Io, 'out' | 'flush'> {
  if (process.stdout.isTTY) return { out: (l) => process.stdout.write(l + '\n'), flush: () => undefined };
  let held: string[] = [];
  let chars = 0;
  let since = Date.now();
  const flush = (): void => {
    since = Date.now();
    if (held.length === 0) return;
    process.stdout.write(held.join(''));
    held = [];
    chars = 0;
  };
  const out = (l: string): void => {
    held.push(l + '\n');
    chars += l.length + 1;
    if (chars >= BLOCK_CHARS || Date.now() - since >= BLOCK_MS) flush();
  };
  return { out, flush };
}

const stdout = stdoutWriter();

export const consoleIo: Io = {
  out: stdout.out,
  err: (l) => {
    stdout.flush?.();
    process.stderr.write(l + '\n');
  },
  progress: process.stderr.isTTY
    ? (l) => {
        stdout.flush?.();
        process.stderr.write(`\r\x1b[K${l ?? ''}`);
      }
    : undefined,
  flush: stdout.flush,
};
