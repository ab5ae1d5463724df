/**
 * Starts a batch's worker thread on batch-worker, compiled or not.
 *
 * Installed, the CLI is compiled JS (lib/cli) and the worker is plain batch-worker.js. In a checkout it
 * runs under tsx (`npm run ni-targets`), and in the tests under jest, from .ts files. On Node 20.20,
 * execArgv ['--import', 'tsx'] does not reach the worker's entry ("Unknown file extension .ts": loader
 * hooks given on the command line are not applied in worker threads), and ['--require', 'tsx/cjs'] loads
 * the entry but then fails on the session's import() of its engine (an ESM resolution). What works: the
 * worker registers tsx's CommonJS and ESM hooks itself (tsx's register() APIs), then requires the entry.
 */
import * as path from 'path';
import { pathToFileURL } from 'url';
import { Worker } from 'node:worker_threads';

const ENTRY = 'batch-worker';

function tsxBootstrap(entry: string): string {
  const cjsApi = require.resolve('tsx/cjs/api');
  // tsx's ESM api as an ES module (its CommonJS build of the same api looks for a file it does not ship)
  const esmApi = pathToFileURL(path.join(path.dirname(require.resolve('tsx/esm/api')), 'index.mjs')).href;
  const s = JSON.stringify;
  return [
    `require(${s(cjsApi)}).register();`,
    `import(${s(esmApi)}).then((m) => { m.register(); require(${s(entry)}); });`,
  ].join('\n');
}

export function startWorker(): Worker {
  const ext = path.extname(__filename);
  const entry = path.join(__dirname, `${ENTRY}${ext}`);
  if (ext === '.js') return new Worker(entry);
  // the parent's own flags (tsx's loader, jest's) are not the worker's business
  return new Worker(tsxBootstrap(entry), { eval: true, execArgv: [] });
}
