/**
 * Builds the pages once into a directory for the e2e run. Development mode: no minifying, so the build
 * takes a fraction of a production one. A hard time limit kills webpack so CI never hangs on it.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const WEBPACK_CLI = join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js');

export function buildWorkbench(outDir: string, timeoutMs = 180_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [WEBPACK_CLI, '--mode', 'development', '--env', 'workbench', '--output-path', outDir],
      { cwd: ROOT, env: { ...process.env, CI: '1', NO_OPEN: '1' }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-8000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`webpack did not finish within ${timeoutMs / 1000} s\n${output}`));
    }, timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`webpack exited with ${code}\n${output}`));
    });
  });
}
