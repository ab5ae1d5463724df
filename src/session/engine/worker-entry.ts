/**
 * The engine's Web Worker: each message is one request to the same handler the in-thread engine uses,
 * answered with one message. The analysis it keeps lives as long as the worker.
 */
import { createEngineHandler } from './handler';
import type { EngineRequest, EngineResponse } from './service';

interface WorkerScope {
  onmessage: ((event: MessageEvent<EngineRequest>) => void) | null;
  postMessage(message: EngineResponse): void;
}

const scope = self as unknown as WorkerScope;
const handler = createEngineHandler();
// one request at a time, in order: an export awaiting its renderer must not let a later analysis overtake it
let queue: Promise<void> = Promise.resolve();
scope.onmessage = (event) => {
  queue = queue.then(async () => {
    for (const message of await handler.respond(event.data)) scope.postMessage(message);
  });
};
