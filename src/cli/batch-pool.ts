/**
 * Runs a batch's jobs on a few worker threads, one job per worker at a time, handing the next job to
 * whichever worker finishes first. A worker that dies part-way (out of memory, a crash in native code)
 * costs only the job it held: that job gets its one-line reason, and a fresh worker takes the rest.
 */
import type { Worker } from 'node:worker_threads';

export interface Pool<J, R> {
  jobs: readonly J[];
  /** workers at most (never more than jobs) */
  size: number;
  start: () => Worker;
  /** the result of a job whose worker stopped */
  crashed: (job: J, reason: string) => R;
  /** each result as it arrives, with the job's place in `jobs` */
  done?: (index: number, result: R) => void;
}

interface Reply<R> {
  index: number;
  result: R;
}

export function runPool<J, R>(pool: Pool<J, R>): Promise<R[]> {
  const { jobs } = pool;
  const results: R[] = new Array<R>(jobs.length);
  let next = 0;
  let finished = 0;
  return new Promise<R[]>((resolve) => {
    if (jobs.length === 0) resolve(results);
    const finish = (index: number, result: R): void => {
      results[index] = result;
      finished++;
      pool.done?.(index, result);
      if (finished === jobs.length) resolve(results);
    };
    const launch = (): void => {
      const worker = pool.start();
      let held = -1;
      const give = (): void => {
        held = next < jobs.length ? next++ : -1;
        if (held < 0) void worker.terminate();
        else worker.postMessage({ index: held, job: jobs[held] });
      };
      const lose = (reason: string): void => {
        if (held < 0) return;
        const index = held;
        held = -1;
        finish(index, pool.crashed(jobs[index], reason));
      };
      worker.on('message', (m: Reply<R>) => {
        held = -1;
        finish(m.index, m.result);
        give();
      });
      worker.on('error', (e: Error) => lose(e.message));
      worker.on('exit', (code) => {
        lose(`the worker stopped (exit code ${code})`);
        if (next < jobs.length) launch();
      });
      give();
    };
    for (let i = 0; i < Math.min(pool.size, jobs.length); i++) launch();
  });
}
