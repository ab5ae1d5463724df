/**
 * The command line as the bench runs it. By default as an officer has it once installed: compiled by
 * tsc with tsconfig.cli.json (what `npm install` runs as `prepare`), built fresh from this checkout into
 * node_modules/.cache/ni-targets-bench-cli/lib and run with `node lib/cli/main.js`. With --cli tsx, as `npm run ni-targets`
 * runs it in a checkout (tsx compiling on the fly: slower to start).
 *
 * The build goes to node_modules/.cache (not bench/.cache): ESLint, jest and tsc leave node_modules alone,
 * and the compiled files still find their packages in the checkout's node_modules.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export interface Cli {
  /** what the output says was measured */
  how: string;
  cmd: string;
  /** before the command's own arguments */
  args: string[];
}

const ROOT = join(__dirname, '..');

function buildCompiled(): string {
  const out = join(ROOT, 'node_modules', '.cache', 'ni-targets-bench-cli');
  const tsc = require.resolve('typescript/bin/tsc');
  const args = ['-p', join(ROOT, 'tsconfig.cli.json'), '--outDir', join(out, 'lib')];
  try {
    execFileSync(
      process.execPath,
      [tsc, ...args, '--incremental', '--tsBuildInfoFile', join(out, 'tsbuildinfo')],
      {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
  } catch (e) {
    // type errors still emit JS; only a build that wrote nothing stops the bench
    const text = String((e as { stdout?: Buffer }).stdout ?? '')
      .split('\n')
      .slice(0, 5)
      .join('\n');
    console.warn(`tsc reported problems (the JS was still written):\n${text}`);
  }
  const main = join(out, 'lib', 'cli', 'main.js');
  if (!existsSync(main)) throw new Error(`the CLI build wrote no ${main}`);
  return main;
}

export function cliFor(kind: 'compiled' | 'tsx'): Cli {
  if (kind === 'tsx') {
    return {
      how: 'tsx: node tsx/cli src/cli/main.ts, as `npm run ni-targets` runs it in a checkout',
      cmd: process.execPath,
      args: [require.resolve('tsx/cli'), join(ROOT, 'src', 'cli', 'main.ts')],
    };
  }
  return {
    how: 'compiled: node lib/cli/main.js, built by tsc -p tsconfig.cli.json as npm install builds it',
    cmd: process.execPath,
    args: [buildCompiled()],
  };
}
