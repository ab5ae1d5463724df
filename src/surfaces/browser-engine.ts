/**
 * The engine for the browser pages (task pane, ribbon commands, workbench): a Web Worker, so a big
 * workbook's analysis never blocks the page or Excel; the page's own thread only where Worker is missing.
 */
import type { EngineService } from '../session/engine/service';
import { createInThreadEngine } from '../session/engine/in-thread';
import { createWorkerEngine, type EngineWorkerLike } from '../session/engine/worker-client';

/**
 * webpack bundles the worker as its own chunk from this exact `new Worker(new URL(..., import.meta.url))`
 * form (hashed name, right public path). tsc checks the project as CommonJS and refuses import.meta,
 * though webpack compiles this file as an ES module; only webpack ever builds it (jest never loads it).
 */
const spawnEngineWorker = (): EngineWorkerLike =>
  new Worker(
    /* webpackChunkName: "engine-worker" */
    // @ts-expect-error TS1343: import.meta under the project's CommonJS type-check; see above
    new URL('../session/engine/worker-entry.ts', import.meta.url),
    { name: 'NI Targets engine' },
  ) as unknown as EngineWorkerLike;

export function browserEngine(): EngineService {
  return typeof Worker === 'undefined' ? createInThreadEngine() : createWorkerEngine(spawnEngineWorker);
}
