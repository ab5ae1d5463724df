/** The command line run in this process as the officer runs it, with what it printed on each stream. */
import { main } from '../../src/cli/main';

export interface CliRun {
  code: number;
  out: string[];
  err: string[];
}

export async function runCli(...args: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['node', 'ni-targets', ...args], {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
  });
  return { code, out, err };
}
