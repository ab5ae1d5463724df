/**
 * A batch's worker thread: runs the command on each workbook the pool hands it, one at a time, and posts
 * back its line of the summary. Started by batch-thread.ts (compiled JS as installed, or through tsx).
 */
import { parentPort } from 'node:worker_threads';
import { runFileJob, type FileJob } from './batch-file';

export interface JobMessage {
  index: number;
  job: FileJob;
}

parentPort?.on('message', (m: JobMessage) => {
  void runFileJob(m.job).then((result) => parentPort?.postMessage({ index: m.index, result }));
});
