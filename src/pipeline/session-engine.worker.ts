/**
 * The engine's Web Worker: each message is one request to the same handler the in-thread engine uses,
 * answered with one message. The analysis it keeps lives as long as the worker.
 */
import { createEngineHandler } from './session-engine-handler';
import type { EngineRequest, EngineResponse } from './session-engine';

interface WorkerScope {
  onmessage: ((event: MessageEvent<EngineRequest>) => void) | null;
  postMessage(message: EngineResponse): void;
}

const scope = self as unknown as WorkerScope;
const handler = createEngineHandler();
scope.onmessage = (event) => {
  for (const message of handler.respond(event.data)) scope.postMessage(message);
};
