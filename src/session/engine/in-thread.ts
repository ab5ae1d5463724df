/**
 * The engine in the caller's own thread: Node, jest, the CLI's bench, and any host without Web Workers.
 * The handler (and with it the whole engine) is loaded on first use, so a browser page that runs the
 * engine in a worker never downloads it twice.
 */
import { RunCancelledError } from '../cancel-and-yield';
import type { EngineHandler } from './handler';
import type { EngineCall, EngineService } from './service';
import { engineRequests } from './requests';

export function createInThreadEngine(): EngineService {
  let handler: Promise<EngineHandler> | null = null;
  const state = { analysed: false };
  let nextId = 0;

  async function call(request: EngineCall, signal?: AbortSignal): Promise<unknown> {
    if (signal?.aborted) throw new RunCancelledError();
    handler ??= import(/* webpackChunkName: "engine" */ './handler').then((m) => m.createEngineHandler());
    const h = await handler;
    if (signal?.aborted) throw new RunCancelledError();
    return h.handle({ ...request, id: ++nextId });
  }

  function forget(): void {
    state.analysed = false;
    void handler?.then((h) => h.handle({ id: ++nextId, type: 'forget' }));
  }

  return {
    kind: 'in-thread',
    ...engineRequests(call, state),
    forget,
    dispose: forget,
  };
}
