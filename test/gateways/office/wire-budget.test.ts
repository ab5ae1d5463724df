/**
 * The gateway's request estimates (budget.ts, plan-blocks.ts) against the
 * requests the fake serialises the way Office.js does (excel-fake/wire.ts), on
 * the plans of real passes: a second run over the bench layouts and over every
 * fixture, which holds every kind of op. Each kind is applied on its own, cut
 * into many requests by a small limit: every request must stay under the
 * limit, no block's estimate may be below what is sent for it, and the
 * estimates may not add up to more than a quarter over what is sent. Over,
 * the pass takes more syncs than it needs; under, a request can pass 5 MB.
 */
import type { WriteOp, WritePlan } from '../../../src/engine/model/plan';
import type { WorkbookSnapshot } from '../../../src/engine/model/snapshot';
import { applyPlan, writeOrder } from '../../../src/gateways/office/apply-plan';
import { REQUEST_BYTES } from '../../../src/gateways/office/budget';
import { planBlocks } from '../../../src/gateways/office/plan-blocks';
import { readSnapshot } from '../../../src/gateways/office/read-snapshot';
import { analyse } from '../../../src/pipeline/analyse';
import { fullPlan } from '../../../src/pipeline/full-plan';
import { fixtureWorkbooks } from '../../fixtures/build-fixtures';
import { toSnapshot } from '../../fixtures/to-snapshot';
import { type FakeExcelHost, fakeExcelWith } from '../../support/excel-fake';
import { benchSnapshot } from './bench-snapshot';

interface Pass {
  name: string;
  /** the workbook after a first pass */
  workbook: WorkbookSnapshot;
  /** the second pass's plan: it clears and replaces what the first wrote */
  plan: WritePlan;
}

async function read(host: FakeExcelHost): Promise<WorkbookSnapshot> {
  return (await host.run((ctx) => readSnapshot(ctx, { requirement: host.isSetSupported }))).snapshot;
}

async function secondPass(name: string, snapshot: WorkbookSnapshot): Promise<Pass> {
  const host = fakeExcelWith(snapshot);
  const first = fullPlan(analyse(snapshot)).plan;
  await host.run((ctx) => applyPlan(ctx, first, { requirement: host.isSetSupported }));
  const workbook = await read(host);
  return { name, workbook, plan: fullPlan(analyse(workbook)).plan };
}

const sheetList = (host: FakeExcelHost) =>
  host.state.sheets.map((s) => ({ name: s.name, visibility: 'visible' as const }));

/** Sheet ops to run before measuring `kind`: what makes its sheets exist (or, for adds, not exist). */
const SETUP: Partial<Record<WriteOp['op'], WriteOp['op'][]>> = {
  addSheet: ['deleteSheet'],
  deleteSheet: [],
};

/** A fake holding the pass's workbook with the sheets its plan adds and deletes, ready for `kind`. */
async function fakeFor(pass: Pass, kind: WriteOp['op'] | 'all'): Promise<FakeExcelHost> {
  const host = fakeExcelWith(pass.workbook);
  const setup = kind === 'all' ? [] : (SETUP[kind] ?? ['deleteSheet', 'addSheet']);
  const ops = pass.plan.ops.filter((o) => setup.includes(o.op));
  if (ops.length > 0)
    await host.run((ctx) => applyPlan(ctx, { summary: 'sheets', ops }, { requirement: host.isSetSupported }));
  host.resetRecord();
  return host;
}

interface Measured {
  estimated: number[];
  sent: number[];
}

/** Applies the ops through the gateway (sheet list known, as after a read) and pairs each sync with its block. */
async function measure(pass: Pass, kind: WriteOp['op'] | 'all', limit: number): Promise<Measured> {
  const ops = kind === 'all' ? pass.plan.ops : pass.plan.ops.filter((o) => o.op === kind);
  const host = await fakeFor(pass, kind);
  const knownSheets = sheetList(host);
  await host.run((ctx) =>
    applyPlan(
      ctx,
      { summary: 'kind', ops },
      { requirement: host.isSetSupported, requestLimitBytes: limit, knownSheets },
    ),
  );
  const blocks = planBlocks(writeOrder(ops, host.isSetSupported), limit - REQUEST_BYTES);
  return {
    estimated: blocks.map((b) => b.bytes + REQUEST_BYTES),
    sent: host.syncLog.map((s) => s.requestBytes),
  };
}

const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);

const KINDS: WriteOp['op'][] = [
  'values',
  'style',
  'link',
  'rowHeights',
  'columnWidths',
  'merge',
  'clear',
  'addSheet',
  'deleteSheet',
  'visibility',
  'freeze',
  'pageSetup',
];

describe('request estimates against what Office.js would send', () => {
  let passes: Pass[];

  beforeAll(async () => {
    passes = [await secondPass('bench', benchSnapshot(400))];
    for (const spec of fixtureWorkbooks()) passes.push(await secondPass(spec.name, toSnapshot(spec)));
  });

  it('has every kind of op in the plans it checks', () => {
    const kinds = new Set(passes.flatMap((p) => p.plan.ops.map((o) => o.op)));
    expect([...kinds].sort()).toEqual([...KINDS].sort());
  });

  it.each(KINDS)('%s: every request under the limit, estimates 0-25%% over what is sent', async (kind) => {
    const limit = 60_000;
    const all: Measured = { estimated: [], sent: [] };
    for (const pass of passes) {
      if (!pass.plan.ops.some((o) => o.op === kind)) continue;
      const m = await measure(pass, kind, limit);
      expect(m.sent).toHaveLength(m.estimated.length);
      m.sent.forEach((bytes, i) => {
        expect(bytes).toBeLessThanOrEqual(limit);
        expect(m.estimated[i]).toBeGreaterThanOrEqual(bytes);
      });
      all.estimated.push(...m.estimated);
      all.sent.push(...m.sent);
    }
    expect(sum(all.estimated) / sum(all.sent)).toBeLessThanOrEqual(1.25);
  });

  it('fills the requests of a whole plan to within a few percent of the limit, never past it', async () => {
    const pass = passes[0];
    const limit = 400_000;
    const m = await measure(pass, 'all', limit);
    for (const bytes of m.sent) expect(bytes).toBeLessThanOrEqual(limit);
    // every block but the last is full: the pass needs about its bytes over the limit in syncs
    expect(m.sent.length).toBeLessThanOrEqual(Math.ceil((sum(m.sent) * 1.1) / limit));
    expect(sum(m.estimated) / sum(m.sent)).toBeLessThanOrEqual(1.1);
  });

  it('reads a workbook of real plans in requests and answers under the limit', async () => {
    const limit = 100_000;
    for (const pass of passes) {
      const host = fakeExcelWith(pass.workbook);
      await host.run((ctx) =>
        readSnapshot(ctx, { requirement: host.isSetSupported, budget: { requestLimitBytes: limit } }),
      );
      for (const s of host.syncLog) expect(s.requestBytes + s.responseBytes).toBeLessThanOrEqual(limit);
    }
  });
});
