/**
 * A write that fails half way. On the recording fake of Excel, seeded from each
 * fixture, the whole job (read, rate, read again, report) is run with a failure
 * injected inside each sync in turn, at several points of its queued actions.
 * After every failure: the officer's cells are as they were; what the add-in
 * left behind is either nothing or marked as its own in the registry; and
 * running the job again (no failure) ends in exactly the workbook an
 * uninterrupted run gives.
 */
import { readRegistry, ownsCell, type Registry } from '../../src/engine/ownership/registry';
import { REGISTRY_SHEET } from '../../src/engine/model/plan';
import { a1 } from '../../src/engine/model/a1';
import { readSnapshot } from '../../src/gateways/office/read-snapshot';
import { fixtureWorkbook } from '../fixtures/build-fixtures';
import { toSnapshot } from '../fixtures/spec';
import { colOf, rowOf } from '../support/excel-fake/state';
import { fakeExcelWith, type FakeExcelHost } from '../support/excel-fake';
import { runOfficeJob, visibleState, type Step, type StepSyncs } from './office-job';

/**
 * Where in a sync's queue to fail. A read changes nothing wherever it stops, so
 * its start and middle are enough; a write is tried at its first few actions,
 * its quarters and its last two.
 */
function failurePoints(actions: number, step: Step): number[] {
  const q = (f: number) => Math.floor(actions * f);
  const writing = step === 'rate' || step === 'report';
  const points = writing ? [0, 1, 2, 3, q(0.25), q(0.5), q(0.75), actions - 2, actions - 1] : [0, q(0.5)];
  return [...new Set(points)].filter((k) => k >= 0 && k < actions).sort((a, b) => a - b);
}

interface Failure {
  sync: number;
  afterActions: number;
  step: Step;
}

function stepOf(sync: number, steps: StepSyncs): Step {
  const order: Step[] = ['read', 'rate', 'read again', 'report'];
  return order.find((s) => sync <= steps[s]) ?? 'report';
}

async function registryOf(host: FakeExcelHost): Promise<Registry> {
  const r = await host.run((ctx) => readSnapshot(ctx, { requirement: host.isSetSupported }));
  return readRegistry(r.snapshot);
}

const cellText = (c: unknown) => JSON.stringify(c);

/** Sheets and cells the add-in left that its registry does not claim. */
function unmarked(host: FakeExcelHost, seed: FakeExcelHost, registry: Registry): string[] {
  const out: string[] = [];
  const originals = new Map(seed.state.sheets.map((s) => [s.name, s]));
  for (const sheet of host.state.sheets) {
    const was = originals.get(sheet.name);
    if (!was) {
      if (sheet.name !== REGISTRY_SHEET && !registry.ownedSheets.has(sheet.name))
        out.push(`sheet ${sheet.name}`);
      continue;
    }
    for (const [k, cell] of sheet.cells) {
      if (cellText(was.cells.get(k)) === cellText(cell)) continue;
      if (!ownsCell(registry, sheet.name, rowOf(k), colOf(k)))
        out.push(`${sheet.name}!${a1(rowOf(k), colOf(k))}`);
    }
  }
  return out;
}

/** hasTargets: the fixture has a targets table, so the rate step writes rating columns, not only settings. */
const fixtures = [
  { name: 'bromley-table-a', hasTargets: true },
  { name: 'bromley-table-b', hasTargets: false },
  { name: 'unseen-layouts', hasTargets: true },
];

describe.each(fixtures)('$name', ({ name }) => {
  const snapshot = toSnapshot(fixtureWorkbook(name));
  let target: unknown[];
  let failures: Failure[];

  beforeAll(async () => {
    const clean = fakeExcelWith(snapshot);
    const steps = await runOfficeJob(clean);
    target = visibleState(clean);
    failures = clean.syncLog.flatMap((s, i) =>
      failurePoints(s.actions, stepOf(i + 1, steps)).map((afterActions) => ({
        sync: i + 1,
        afterActions,
        step: stepOf(i + 1, steps),
      })),
    );
  });

  /** The job with one injected failure; the host as the failure left it. */
  async function failedAt(f: Failure): Promise<{ host: FakeExcelHost; error: unknown }> {
    const host = fakeExcelWith(snapshot);
    host.failAt = { sync: f.sync, afterActions: f.afterActions };
    const error = await runOfficeJob(host).then(
      () => null,
      (e: unknown) => e,
    );
    return { host, error };
  }

  const where = (f: Failure) => `${f.step}: sync ${f.sync} after ${f.afterActions} action(s)`;

  it('tries a failure in every sync of the job, reading and writing', () => {
    expect(new Set(failures.map((f) => f.step))).toEqual(new Set(['read', 'rate', 'read again', 'report']));
  });

  it('stops the job with an error and keeps every original sheet and cell, wherever it fails', async () => {
    const seed = fakeExcelWith(snapshot);
    for (const f of failures) {
      const { host, error } = await failedAt(f);
      expect({ at: where(f), failed: error instanceof Error }).toEqual({ at: where(f), failed: true });
      if (f.step === 'rate' || f.step === 'report') {
        // a write stopped part-way says so, and says what to do
        expect({ at: where(f), message: String((error as Error).message) }).toEqual({
          at: where(f),
          message: expect.stringMatching(/run the command again/),
        });
      }
      for (const was of seed.state.sheets) {
        const now = host.state.sheets.find((s) => s.name === was.name);
        expect({ at: where(f), sheet: was.name, kept: now !== undefined }).toEqual({
          at: where(f),
          sheet: was.name,
          kept: true,
        });
        const changed = [...was.cells]
          .filter(([k, cell]) => cellText(now!.cells.get(k)) !== cellText(cell))
          .map(([k]) => a1(rowOf(k), colOf(k)));
        expect({ at: where(f), sheet: was.name, changed }).toEqual({
          at: where(f),
          sheet: was.name,
          changed: [],
        });
      }
    }
  });

  async function expectMarkedAndConverging(steps: Step[]): Promise<void> {
    const seed = fakeExcelWith(snapshot);
    const picked = failures.filter((f) => steps.includes(f.step));
    expect(picked.length).toBeGreaterThan(0);
    for (const f of picked) {
      const { host } = await failedAt(f);
      const left = unmarked(host, seed, await registryOf(host));
      expect({ at: where(f), unmarked: left }).toEqual({ at: where(f), unmarked: [] });
      await runOfficeJob(host);
      expect({ at: where(f), converged: visibleState(host) }).toEqual({ at: where(f), converged: target });
    }
  }

  it('a failure while reading leaves nothing unmarked, and a re-run gives the uninterrupted workbook', () =>
    expectMarkedAndConverging(['read', 'read again']));

  // KNOWN GAP (reported): the rate and report plans write the registry last, so a
  // block stopped part-way leaves rating columns or a report sheet the registry
  // does not claim; the re-run then treats them as the officer's and writes beside
  // them (rating columns further right, "Table A (2)"/"(3)"). `.failing` turns
  // red once the plans claim what they will write before writing it.
  // with no targets table the rate step writes only the registry's settings, which converges today
  it('a failure while writing the rating columns is marked, and a re-run converges', () =>
    expectMarkedAndConverging(['rate']));

  it('a failure while writing the report sheets is marked, and a re-run converges', () =>
    expectMarkedAndConverging(['report']));
});
