/**
 * One benchmark run on one workbook, in its own process so sizes do not share a
 * heap. The parent (bench/run.ts) starts it with --expose-gc and reads the GC
 * trace this process switches on only around the engine phase: heap size just
 * before each collection is where the peak sits, since the heap only grows
 * between collections, so the largest of those and the size at the end is the
 * phase's peak even though the engine never yields to a sampler.
 *
 *   node --expose-gc --import tsx bench/measure.ts <file.xlsx> <repeats> [<warm runs>]
 */
import { readFileSync, writeSync } from 'node:fs';
import { basename } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { PerformanceObserver, performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { readWorkbook } from '../src/gateways/xlsx/read';
import { analyse } from '../src/pipeline/analyse';
import { fullPlan } from '../src/pipeline/full-plan';
import type { WorkbookSnapshot } from '../src/engine/model/snapshot';
import { createSession } from '../src/session/session';
import { DEFAULT_BUDGET } from '../src/gateways/office/budget';
import { createOfficeGateway } from '../src/gateways/office/gateway';
import { fakeExcelWith } from '../test/support/excel-fake';

export interface Measurement {
  readMs: number;
  snapshotMs: number;
  engineMs: number;
  engineCpuMs: number;
  /** garbage collection's share of the best engine run: V8's pauses inside it */
  engineGcMs: number;
  /** the best of further runs in the same process, once V8 has optimised the engine (a pane's later runs) */
  warmEngineMs: number;
  /** heap when the engine starts: the snapshot and nothing else of the workbook */
  baseHeapMB: number;
  /** the snapshot's share of the heap, measured by collecting before and after it exists */
  snapshotHeapMB: number;
  /** JSON size of the snapshot's values and formats */
  snapshotJsonMB: number;
  endHeapMB: number;
  /** heap the analysis and both plans hold after a full collection, over the snapshot */
  retainedMB: number;
  indicatorRows: number;
  findings: number;
  planOps: number;
  syncs: number | null;
  maxPayloadBytes: number | null;
  /** the least a batched pass could need for this workbook's read and write payloads */
  minSyncs: number | null;
  syncNote?: string;
}

const MB = 1024 * 1024;
/** the Office gateway's own per-request budget, under Excel on the web's 5 MB */
const REQUEST_BUDGET = DEFAULT_BUDGET.requestLimitBytes;
const gc = (): void => (global as unknown as { gc: () => void }).gc();
const heapMB = (): number => process.memoryUsage().heapUsed / MB;
const now = (): number => Number(process.hrtime.bigint()) / 1e6;

async function bestOf(n: number, fn: () => Promise<unknown> | unknown): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < n; i++) {
    gc();
    const t = now();
    await fn();
    best = Math.min(best, now() - t);
  }
  return best;
}

function jsonBytes(s: WorkbookSnapshot): number {
  let n = 0;
  for (const sh of s.sheets)
    n += JSON.stringify(sh.values).length + (sh.formats ? JSON.stringify(sh.formats).length : 0);
  return n;
}

/**
 * Syncs of a whole validate-rate-report pass on the recording fake: Session.runAll, one
 * read and one write (the pane's "Run all"; the ribbon's single commands each cost a read
 * and, when they write, one more sync). Also the step-by-step pane pass, for comparison.
 */
async function officePass(
  snapshot: WorkbookSnapshot,
): Promise<{ syncs: number; maxPayloadBytes: number; minSyncs: number }> {
  const host = fakeExcelWith(snapshot);
  const gateway = createOfficeGateway(host.run, { requirement: host.isSetSupported, name: snapshot.name });
  const session = createSession(gateway, {
    selectCell: async () => undefined,
    getSelection: async () => null,
    yieldToHost: async () => undefined,
  });
  // the read is the first three syncs plus its row blocks; everything after it is the write
  let readSyncs = 0;
  const read = gateway.readSnapshot.bind(gateway);
  gateway.readSnapshot = async () => {
    const snap = await read();
    readSyncs = host.syncs;
    return snap;
  };
  await session.runAll();
  const log = host.syncLog;
  const readBytes = log.slice(0, readSyncs).reduce((n, r) => n + r.responseBytes + r.requestBytes, 0);
  const writeBytes = log.slice(readSyncs).reduce((n, r) => n + r.requestBytes, 0);
  // the fewest syncs any batching could manage: 2 to learn the sheets and their sizes, then
  // one per request-sized block of what must be read, and of what must be written, in the
  // bytes the fake measures as Office.js would send and answer them (excel-fake/wire.ts)
  const minSyncs =
    2 +
    Math.max(1, Math.ceil(readBytes / REQUEST_BUDGET)) +
    Math.max(1, Math.ceil(writeBytes / REQUEST_BUDGET));
  return { syncs: host.syncs, maxPayloadBytes: Math.max(0, ...log.map((r) => r.requestBytes)), minSyncs };
}

async function measure(file: string, repeats: number, warmRuns: number): Promise<Measurement> {
  const bytes = readFileSync(file);
  const readMs = await bestOf(repeats, () =>
    new ExcelJS.Workbook().xlsx.load(bytes as unknown as ExcelJS.Buffer),
  );

  let read: WorkbookSnapshot | null = null;
  const snapshotMs = await bestOf(1, async () => {
    read = (await readWorkbook(bytes, basename(file))).snapshot;
  });
  if (!read) throw new Error('no snapshot');
  // The snapshot's weight in the heap: heap deltas around exceljs are not it (its
  // parser leaves residue that is freed at odd times: a second read measured 0.6 MB
  // at 10k rows, the first 30), so the same values are made again the way Office.js
  // delivers them, by JSON.parse, and that copy is weighed and analysed.
  const json = JSON.stringify(read);
  gc();
  const bare = heapMB();
  const snap = JSON.parse(json) as WorkbookSnapshot;
  gc();
  const snapshotHeapMB = heapMB() - bare;
  read = null;
  gc();
  const baseHeapMB = heapMB();

  let engineMs = Infinity;
  let engineCpuMs = Infinity;
  let endHeapMB = 0;
  let retainedMB = 0;
  let result = { indicatorRows: 0, findings: 0, planOps: 0 };
  // GC pauses arrive after the fact; each run's window picks out its own
  const pauses: { start: number; ms: number }[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) pauses.push({ start: e.startTime, ms: e.duration });
  });
  observer.observe({ entryTypes: ['gc'] });
  let best = { start: 0, end: 0 };
  for (let i = 0; i < repeats; i++) {
    gc();
    setFlagsFromString('--trace-gc');
    const cpu = process.cpuUsage();
    const start = performance.now();
    const t = now();
    const a = analyse(snap);
    const plan = fullPlan(a);
    const ms = now() - t;
    const used = process.cpuUsage(cpu);
    endHeapMB = Math.max(endHeapMB, heapMB());
    setFlagsFromString('--no-trace-gc');
    if (ms < engineMs) best = { start, end: performance.now() };
    engineMs = Math.min(engineMs, ms);
    engineCpuMs = Math.min(engineCpuMs, (used.user + used.system) / 1000);
    result = {
      indicatorRows: a.tables.reduce((n, tb) => n + (tb.kind === 'targets' ? tb.rows.length : 0), 0),
      findings: a.findings.length,
      planOps: plan.plan.ops.length,
    };
    if (i === repeats - 1) {
      // what the analysis and plans hold once the garbage is gone (the peak above includes it)
      gc();
      retainedMB = heapMB() - baseHeapMB;
      if (!a || !plan) throw new Error('unreachable: keeps the results alive');
    }
  }

  // the same work again until V8's optimising compiler has caught up: the cold runs above are
  // what a command line pays; these are what a pane pays from its second run on
  let warmEngineMs = engineMs;
  for (let i = 0; i < warmRuns; i++) {
    gc();
    const t = now();
    fullPlan(analyse(snap));
    warmEngineMs = Math.min(warmEngineMs, now() - t);
  }
  // GC entries are queued on a timer, not the next tick
  await new Promise((resolve) => setTimeout(resolve, 100));
  observer.disconnect();
  const engineGcMs = pauses
    .filter((p) => p.start >= best.start && p.start < best.end)
    .reduce((n, p) => n + p.ms, 0);

  let office: {
    syncs: number | null;
    maxPayloadBytes: number | null;
    minSyncs: number | null;
    syncNote?: string;
  };
  try {
    office = await officePass(snap);
  } catch (e) {
    const syncNote = e instanceof Error ? e.message : String(e);
    office = { syncs: null, maxPayloadBytes: null, minSyncs: null, syncNote };
  }

  return {
    readMs,
    snapshotMs,
    engineMs,
    engineCpuMs,
    engineGcMs,
    warmEngineMs,
    baseHeapMB,
    snapshotHeapMB,
    snapshotJsonMB: jsonBytes(snap) / MB,
    endHeapMB,
    retainedMB,
    ...result,
    ...office,
  };
}

export const RESULT_MARK = 'BENCH-RESULT ';

if (require.main === module) {
  const [file, repeats, warm] = process.argv.slice(2);
  measure(file, Number(repeats) || 1, Number(warm) || 0).then(
    // writeSync: the parent must see this line even though V8's GC trace shares stdout
    (m) => writeSync(1, `\n${RESULT_MARK}${JSON.stringify(m)}\n`),
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
