/**
 * The batch's pool: a worker that dies on one workbook costs that workbook only; a fresh worker takes
 * the rest, and every job gets its result in its own place.
 */
import { Worker } from 'node:worker_threads';
import { runPool } from '../../src/cli/batch-pool';

// a worker that answers each job, and dies (as on running out of memory) on the job named "crash"
const FRAGILE = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', ({ index, job }) => {
  if (job === 'crash') process.exit(7);
  if (job === 'throw') throw new Error('native trouble');
  parentPort.postMessage({ index, result: 'done ' + job });
});`;

it('carries on past workers that die, in order, with each job once', async () => {
  const started: number[] = [];
  const seen: number[] = [];
  const results = await runPool<string, string>({
    jobs: ['a', 'crash', 'b', 'throw', 'c', 'd'],
    size: 2,
    start: () => {
      started.push(1);
      return new Worker(FRAGILE, { eval: true });
    },
    crashed: (job, reason) => `lost ${job}: ${reason}`,
    done: (index) => seen.push(index),
  });
  expect(results).toEqual([
    'done a',
    'lost crash: the worker stopped (exit code 7)',
    'done b',
    'lost throw: native trouble',
    'done c',
    'done d',
  ]);
  expect(seen.sort()).toEqual([0, 1, 2, 3, 4, 5]);
  // two to start, and a fresh one for a death while jobs were still waiting (the second death may come
  // after the last job was handed out, when no fresh worker is needed)
  expect(started.length).toBeGreaterThanOrEqual(3);
  expect(started.length).toBeLessThanOrEqual(4);
}, 30_000);

it('returns at once for no jobs', async () => {
  const results = await runPool({ jobs: [], size: 2, start: () => undefined as never, crashed: () => 0 });
  expect(results).toEqual([]);
});
