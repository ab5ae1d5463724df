/**
 * Live re-rating inside Excel, on the recording fake: the sample open, validated and rated through the
 * Office gateway as the pane does it, onChanged watched. The officer types a new actual and the RAG cell
 * beside that row changes, and only that row's rating cells are written; the add-in's own writes fire no
 * change; a header edit marks results out of date and writes nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readWorkbook } from '../../../src/gateways/xlsx/read';
import { createOfficeGateway } from '../../../src/gateways/office/gateway';
import { watchChanges } from '../../../src/gateways/office/watch-changes';
import { createSession } from '../../../src/session/session';
import { createLiveRerate, effectOf, type LiveUpdate } from '../../../src/session/live-rerate';
import { fakeExcelWith, type FakeExcelHost } from '../../support/excel-fake';
import { cellFor, findSheet } from '../../support/excel-fake/state';

jest.setTimeout(120_000);

const SAMPLE = join(__dirname, '../../../samples/sample-plan.xlsx');
const SHEET = 'CYPP Targets';
/** NI 55, row 6: G6 the 2008/09 actual (7.3% against a target of 8%, lower is better: Green), K6 its RAG */
const ACTUAL = { row: 5, col: 6 };
const RAG = { row: 5, col: 10 };

const cellText = (host: FakeExcelHost, at: { row: number; col: number }) =>
  String(cellFor(findSheet(host.state, SHEET)!, at.row, at.col).value ?? '');

async function openSample() {
  const { snapshot } = await readWorkbook(readFileSync(SAMPLE), 'sample-plan.xlsx');
  const host = fakeExcelWith(snapshot);
  const gateway = createOfficeGateway(host.run, { requirement: host.isSetSupported });
  const session = createSession(gateway, {
    selectCell: async () => undefined,
    getSelection: async () => null,
  });
  return { host, session };
}

describe('live re-rating over the Office gateway', () => {
  let host: FakeExcelHost;
  let updates: LiveUpdate[];
  let next: () => Promise<LiveUpdate>;
  let stop: (() => Promise<void>) | null;

  beforeAll(async () => {
    const opened = await openSample();
    host = opened.host;
    updates = [];
    let waiting: ((u: LiveUpdate) => void) | null = null;
    next = () => new Promise((resolve) => (waiting = resolve));
    const live = createLiveRerate({
      session: opened.session,
      debounceMs: 50,
      onUpdate: (u) => {
        updates.push(u);
        waiting?.(u);
      },
    });
    await opened.session.validate();
    stop = await watchChanges(host.run, host.isSetSupported, live.onChange);
    await opened.session.rate();
  });

  afterAll(async () => stop?.());

  it('watches every sheet, and the add-in’s own writes fire no change', async () => {
    expect(stop).not.toBeNull();
    expect(host.changeHandlerCount).toBe(host.state.sheets.filter((s) => !s.deleted).length - 1); // not the record, added after
    await new Promise((r) => setTimeout(r, 200));
    expect(host.firedChanges).toEqual([]);
    expect(updates).toEqual([]);
    expect(cellText(host, RAG)).toMatch(/^Green\b/);
  });

  it('an edited actual re-rates its row: the RAG cell beside it changes, and no other row is written', async () => {
    const before = host.writes().length;
    const said = next();
    host.edit(SHEET, 'G6', [['9.5%']]);
    const update = await said;
    expect(update.kind).toBe('rerated');
    expect(cellText(host, ACTUAL)).toBe('9.5%');
    expect(cellText(host, RAG)).toMatch(/^Red\b/);
    // on the officer's sheet only row 6's rating cells (RAG, direction, trajectory) were written
    const onSheet = host
      .writes()
      .slice(before)
      .map((c) => /^Range\(CYPP Targets!([A-Z]+\d+(?::[A-Z]+\d+)?)\)/.exec(c.target)?.[1])
      .filter((a): a is string => a !== undefined);
    expect([...new Set(onSheet)]).toEqual(['K6', 'L6', 'M6']);
    if (update.kind === 'rerated') {
      expect(update.outcome.whole).toBe(false);
      expect(update.outcome.rows).toEqual([{ sheet: SHEET, row: 6 }]);
      expect(update.outcome.rag.Red).toBeGreaterThan(0);
    }
    // the re-rate's own writes came back as no change
    expect(host.firedChanges).toEqual([[SHEET, 'G6']]);
    if (update.kind === 'rerated')
      console.log(`live re-rate: ${update.ms} ms (fake Excel, in-thread engine)`);
  });

  it('an edited header marks the results out of date and writes nothing', async () => {
    const before = cellText(host, RAG);
    const writes = host.writes().length;
    const said = next();
    host.edit(SHEET, 'G4', [['2009/10']]);
    const update = await said;
    expect(update).toMatchObject({ kind: 'out-of-date' });
    expect(update.kind === 'out-of-date' && update.reason).toMatch(/header changed at 'CYPP Targets'!G4/);
    expect(host.writes().length).toBe(writes);
    expect(cellText(host, RAG)).toBe(before);
  });
});

/** a targets table at B3:J20 of sheet T, as a summary lists it */
const TABLE_T = {
  sheet: 'T',
  range: 'B3:J20',
  kind: 'targets' as const,
  count: 16,
  added: false,
  ref: { sheet: 'T', range: { r0: 2, c0: 1, r1: 19, c1: 9 } },
};

describe('what an edit does', () => {
  it('is a body edit inside a table, a header edit on its header rows, nothing outside', () => {
    expect(effectOf({ sheet: 'T', address: 'E6' }, [TABLE_T])).toBe('body');
    expect(effectOf({ sheet: 'T', address: 'C3' }, [TABLE_T])).toBe('header');
    expect(effectOf({ sheet: 't', address: 'A1:B3' }, [TABLE_T])).toBe('header');
    expect(effectOf({ sheet: 'T', address: 'L6' }, [TABLE_T])).toBe('none');
    expect(effectOf({ sheet: 'Other', address: 'E6' }, [TABLE_T])).toBe('none');
    // a row inserted or deleted anywhere on the table's sheet may move it: out of date, never re-rated
    expect(effectOf({ sheet: 'T', address: '40:40', structural: true }, [TABLE_T])).toBe('header');
    expect(effectOf({ sheet: 'T', address: 'L6', structural: true }, [TABLE_T])).toBe('header');
    expect(effectOf({ sheet: 'T', address: 'E4' }, [{ ...TABLE_T, map: { header: '3:4' } as never }])).toBe(
      'header',
    );
  });
});

describe('an edit made while the officer’s own action runs', () => {
  it('waits for that action to finish instead of cancelling it, then re-rates', async () => {
    const summary = { tables: [TABLE_T] } as never;
    const rerateRows = jest.fn(async () => ({ rows: [], whole: false }) as never);
    let open: () => void = () => undefined;
    const idle = new Promise<void>((resolve) => (open = resolve));
    const updates: LiveUpdate[] = [];
    const live = createLiveRerate({
      session: { rerateRows, lastSummary: () => summary, validate: jest.fn() },
      debounceMs: 10,
      whenIdle: () => idle,
      onUpdate: (u) => updates.push(u),
    });
    live.onChange({ sheet: 'T', address: 'E6' });
    await new Promise((r) => setTimeout(r, 100));
    expect(rerateRows).not.toHaveBeenCalled(); // Build is still running
    open();
    await new Promise((r) => setTimeout(r, 20));
    expect(rerateRows).toHaveBeenCalledWith([{ sheet: 'T', address: 'E6' }]);
    expect(updates.map((u) => u.kind)).toEqual(['rerated']);
    live.dispose();
  });
});
