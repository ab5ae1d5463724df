/**
 * The worker-backed engine against the in-thread one. The "worker" is the real worker module
 * (src/session/engine/worker-entry.ts) loaded with a stand-in `self`, talking over a MessageChannel,
 * so every request and answer is structured-cloned exactly as between a page and its Web Worker.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readWorkbook } from '../../src/gateways/xlsx/read';
import { createXlsxGateway } from '../../src/gateways/xlsx/gateway';
import { createSession, type SessionHost } from '../../src/session/session';
import { createInThreadEngine } from '../../src/session/engine/in-thread';
import { createWorkerEngine, type EngineWorkerLike } from '../../src/session/engine/worker-client';
import type { EngineRequest, EngineResponse } from '../../src/session/engine/service';
import { isCancelled } from '../../src/session/cancel-and-yield';

const SAMPLE = readFileSync(join(__dirname, '../../samples/sample-plan.xlsx'));

const host: SessionHost = {
  selectCell: async () => undefined,
  getSelection: async () => null,
  yieldToHost: async () => undefined,
};

interface ChannelWorker extends EngineWorkerLike {
  /** every request the page posted */
  posted: EngineRequest[];
  /** every message the worker posted back */
  answered: EngineResponse[];
  terminated: boolean;
}

/**
 * A worker made of a MessageChannel and the worker module itself, as the browser would run it.
 * `partWeight` makes plans and findings travel in smaller parts than the worker's own, to see parts on
 * the sample.
 */
function channelWorker(partWeight?: number): ChannelWorker {
  const { port1, port2 } = new MessageChannel();
  const answered: EngineResponse[] = [];
  const scope: { onmessage: ((e: MessageEvent) => void) | null; postMessage(m: EngineResponse): void } = {
    onmessage: null,
    postMessage: (m) => {
      answered.push(m);
      port2.postMessage(m);
    },
  };
  const g = globalThis as { self?: unknown };
  const before = g.self;
  g.self = scope;
  try {
    jest.isolateModules(() => {
      if (partWeight) {
        const parts = jest.requireActual('../../src/session/engine/answer-parts');
        jest.doMock('../../src/session/engine/answer-parts', () => ({
          ...parts,
          splitAnswer: (result: unknown) =>
            parts.splitAnswer(result, { weight: partWeight, findings: Math.ceil(partWeight / 10) }),
        }));
      }
      require('../../src/session/engine/worker-entry');
    });
  } finally {
    g.self = before;
  }
  if (!scope.onmessage) throw new Error('the worker module did not listen for messages');
  const onRequest = scope.onmessage;
  port2.onmessage = (e) => onRequest(e);
  const worker: ChannelWorker = {
    posted: [],
    answered,
    terminated: false,
    postMessage(m) {
      worker.posted.push(m);
      port1.postMessage(m);
    },
    terminate() {
      worker.terminated = true;
      port1.close();
      port2.close();
    },
    get onmessage() {
      return port1.onmessage as EngineWorkerLike['onmessage'];
    },
    set onmessage(fn) {
      port1.onmessage = fn as typeof port1.onmessage;
    },
    onerror: null,
  };
  return worker;
}

/** every worker made, so none is left holding the test run open after a failure */
const everyWorker: ChannelWorker[] = [];

function spawner(partWeight?: number) {
  const made: ChannelWorker[] = [];
  return {
    made,
    spawn: () => {
      const w = channelWorker(partWeight);
      made.push(w);
      everyWorker.push(w);
      return w;
    },
  };
}

async function openSample() {
  const read = await readWorkbook(SAMPLE, 'sample-plan.xlsx');
  return createXlsxGateway(read.workbook, 'sample-plan.xlsx');
}

afterEach(() => {
  for (const w of everyWorker.splice(0)) w.terminate();
  jest.restoreAllMocks();
});

describe('the engine in a worker', () => {
  it('gets the snapshot by message and answers with the same summary as the in-thread engine', async () => {
    // findings in parts of 20, as 44k findings would come at 100k rows
    const workers = spawner(200);
    const gateway = await openSample();
    const inWorker = createSession(gateway, host, createWorkerEngine(workers.spawn));
    const inThread = createSession(await openSample(), host, createInThreadEngine());
    expect(inWorker.engine).toBe('worker');
    expect(inThread.engine).toBe('in-thread');

    const [fromWorker, fromThread] = [await inWorker.validate(), await inThread.validate()];
    expect(fromWorker.tables.length).toBe(4);
    expect(fromWorker.findings.length).toBeGreaterThan(0);
    expect(fromWorker).toEqual(fromThread);

    expect(workers.made).toHaveLength(1);
    const [request] = workers.made[0].posted;
    expect(request.type).toBe('analyse');
    expect(request.type === 'analyse' && request.snapshot).toEqual(await gateway.readSnapshot());
    inWorker.dispose();
    expect(workers.made[0].terminated).toBe(true);
  });

  it('Run all writes the same cells through the worker as in this thread, and exports from its models', async () => {
    // small parts, so the plan comes back in many messages as a 100k-row plan would
    const workers = spawner(200);
    const [a, b] = [await openSample(), await openSample()];
    const inWorker = createSession(a, host, createWorkerEngine(workers.spawn));
    const inThread = createSession(b, host, createInThreadEngine());
    const [r1, r2] = [await inWorker.runAll(), await inThread.runAll()];
    expect(r1).toEqual(r2);
    expect(inWorker.lastSummary()).toEqual(inThread.lastSummary());
    expect(r1.addedSheets).toEqual(['Table A', 'Table B']);
    expect(r1.tableARows).toBeGreaterThan(0);
    expect(await a.readSnapshot()).toEqual(await b.readSnapshot());

    // the worker makes the files from its kept analysis: no second analysis, only the file comes back
    const html = await inWorker.exportHtml();
    expect(html.name).toBe('sample-plan - NI Targets report.html');
    expect(html.data).toEqual((await inThread.exportHtml()).data);
    const docx = await inWorker.exportDocx();
    expect(docx.data).toBeInstanceOf(Uint8Array);
    expect(
      Buffer.from(docx.data as Uint8Array)
        .subarray(0, 2)
        .toString('latin1'),
    ).toBe('PK');
    const kinds = workers.made[0].posted.map((m) => (m.type === 'plan' ? `plan ${m.kind}` : m.type));
    expect(kinds).toEqual(['analyse', 'plan all', 'export', 'export']);
    const fields = workers.made[0].answered.flatMap((m) => ('part' in m ? [m.part.field] : []));
    expect(fields.filter((f) => f === 'ops').length).toBeGreaterThan(5);
    expect(fields.filter((f) => f === 'findings').length).toBeGreaterThan(5);
    inWorker.dispose();
  }, 60_000); // a worker thread loads the engine cold: over 5 s on a busy machine

  it('after a settings change, an export analyses afresh in the worker', async () => {
    const workers = spawner();
    const session = createSession(await openSample(), host, createWorkerEngine(workers.spawn));
    await session.validate();
    await session.saveSettings({ dueSoonDays: 60 });
    await session.exportCsv();
    const kinds = workers.made[0].posted.map((m) => (m.type === 'plan' ? `plan ${m.kind}` : m.type));
    expect(kinds).toEqual(['analyse', 'forget', 'analyse', 'export']);
    session.dispose();
  });

  it('cancelling ends the worker, and the next run starts a fresh one', async () => {
    const workers = spawner();
    const controller = new AbortController();
    // the officer presses Cancel while the snapshot is on its way to the worker
    const spawn = () => {
      const w = workers.spawn();
      const post = w.postMessage;
      w.postMessage = (m) => {
        post(m);
        if (workers.made.length === 1) controller.abort();
      };
      return w;
    };
    const session = createSession(await openSample(), host, createWorkerEngine(spawn));
    const error = await session.validate({ signal: controller.signal }).catch((e: unknown) => e);
    expect(isCancelled(error)).toBe(true);
    expect(workers.made).toHaveLength(1);
    expect(workers.made[0].posted.map((m) => m.type)).toEqual(['analyse']);
    expect(workers.made[0].terminated).toBe(true);
    expect(session.lastSummary()).toBeNull();

    const again = await session.validate();
    expect(again.tables.length).toBe(4);
    expect(workers.made).toHaveLength(2);
    session.dispose();
  });

  it('passes the engine’s errors back by name, and fails waiting runs when the worker dies', async () => {
    const workers = spawner();
    const engine = createWorkerEngine(workers.spawn);
    await expect(engine.plan('rate')).rejects.toMatchObject({ name: 'NoAnalysisError' });

    const pending = engine.analyse(await (await openSample()).readSnapshot(), {
      extraTables: [],
      excludeTables: [],
    });
    workers.made[0].onerror?.(Object.assign(new Event('error'), { message: 'out of memory' }));
    await expect(pending).rejects.toThrow('The engine stopped: out of memory');
    expect(workers.made[0].terminated).toBe(true);
    expect(engine.hasAnalysis()).toBe(false);
    engine.dispose();
  });
});
