/**
 * The engine in a Web Worker: requests go out as messages (the snapshot structured-cloned), answers come
 * back by id. Cancelling terminates the worker, so a long analysis really stops; the next request starts
 * a fresh one. A worker that dies (a script that failed to load, memory) fails what was waiting on it.
 */
import { joinAnswer, type PartField } from './answer-parts';
import { RunCancelledError } from '../cancel-and-yield';
import type { EngineCall, EngineRequest, EngineResponse, EngineService } from './service';
import { engineRequests } from './requests';

/** What the service needs of a Worker (a MessagePort-based stand-in in tests). */
export interface EngineWorkerLike {
  postMessage(message: EngineRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<EngineResponse>) => void) | null;
  onerror: ((event: Event) => void) | null;
}

interface Waiting {
  resolve(result: unknown): void;
  reject(error: Error): void;
  /** a plan's ops or findings as their parts arrive, ahead of the rest of the answer */
  collected: Partial<Record<PartField, unknown[]>>;
}

function responseError(error: { name: string; message: string }): Error {
  const e = new Error(error.message);
  e.name = error.name;
  return e;
}

/** The worker's answers, matched to their callers by id; big answers arrive in parts first. */
function answerRouter(waiting: Map<number, Waiting>) {
  return (event: MessageEvent<EngineResponse>): void => {
    const response = event.data;
    const entry = waiting.get(response.id);
    if (!entry) return;
    if ('part' in response) {
      const list = (entry.collected[response.part.field] ??= []);
      for (const item of response.part.items) list.push(item);
      return;
    }
    waiting.delete(response.id);
    if (response.ok) entry.resolve(joinAnswer(response.result, entry.collected));
    else entry.reject(responseError(response.error));
  };
}

/** One live worker at a time: made on the first call, ended by stop() (cancel, failure, dispose). */
function workerSlot(spawn: () => EngineWorkerLike, state: { analysed: boolean }) {
  let worker: EngineWorkerLike | null = null;
  const waiting = new Map<number, Waiting>();

  /** Ends the worker and fails everything waiting on it; its analysis goes with it. */
  function stop(error: Error): void {
    worker?.terminate();
    worker = null;
    state.analysed = false;
    const pending = [...waiting.values()];
    waiting.clear();
    for (const w of pending) w.reject(error);
  }

  function started(): EngineWorkerLike {
    if (worker) return worker;
    const w = spawn();
    w.onmessage = answerRouter(waiting);
    w.onerror = (event) => {
      const detail =
        (event as ErrorEvent).message || 'the engine’s worker failed to start or ran out of memory';
      stop(new Error(`The engine stopped: ${detail}`));
    };
    worker = w;
    return w;
  }

  return { waiting, stop, started, alive: () => worker !== null };
}

export function createWorkerEngine(spawn: () => EngineWorkerLike): EngineService {
  const state = { analysed: false };
  const slot = workerSlot(spawn, state);
  let nextId = 0;

  function call(request: EngineCall, signal?: AbortSignal): Promise<unknown> {
    if (signal?.aborted) return Promise.reject(new RunCancelledError());
    const id = ++nextId;
    return new Promise<unknown>((resolve, reject) => {
      const onAbort = () => slot.stop(new RunCancelledError());
      signal?.addEventListener('abort', onAbort, { once: true });
      const done = () => signal?.removeEventListener('abort', onAbort);
      slot.waiting.set(id, {
        resolve: (result) => (done(), resolve(result)),
        reject: (error) => (done(), reject(error)),
        collected: {},
      });
      try {
        slot.started().postMessage({ ...request, id });
      } catch (e) {
        // a snapshot that cannot be cloned, or a worker that cannot be made
        slot.waiting.delete(id);
        done();
        reject(e instanceof Error ? e : new Error(String(e)));
      }
    });
  }

  return {
    kind: 'worker',
    ...engineRequests(call, state),
    forget() {
      state.analysed = false;
      // frees the worker's memory; order of messages keeps it ahead of any later analysis
      if (slot.alive()) void call({ type: 'forget' }).catch(() => undefined);
    },
    dispose() {
      slot.stop(new RunCancelledError());
    },
  };
}
