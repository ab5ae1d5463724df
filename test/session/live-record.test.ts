/**
 * The last run kept in the workbook's record, through the Office gateway on the recording fake: a pane
 * opened later shows what the last Fill RAG found, and marks the rated rows edited while no pane was
 * watching (Excel reports no edits with the pane closed, nor before ExcelApi 1.7).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readWorkbook } from '../../src/gateways/xlsx/read';
import { createOfficeGateway } from '../../src/gateways/office/gateway';
import { createSession, type Session } from '../../src/session/session';
import { REGISTRY_SHEET } from '../../src/engine/model/plan';
import { fakeExcelWith, type FakeExcelHost } from '../support/excel-fake';
import { cellFor, findSheet } from '../support/excel-fake/state';

jest.setTimeout(120_000);

const SAMPLE = join(__dirname, '../../samples/sample-plan.xlsx');
const SHEET = 'CYPP Targets';

async function openSample(): Promise<{ host: FakeExcelHost; open: () => Session }> {
  const { snapshot } = await readWorkbook(readFileSync(SAMPLE), 'sample-plan.xlsx');
  const host = fakeExcelWith(snapshot);
  // each pane opening is a new session over the same workbook, remembering nothing itself
  const open = () =>
    createSession(createOfficeGateway(host.run, { requirement: host.isSetSupported }), {
      selectCell: async () => undefined,
      getSelection: async () => null,
    });
  return { host, open };
}

/** the record's rows of one kind, as the hidden sheet holds them */
function recordRows(host: FakeExcelHost, kind: string): string[][] {
  const sheet = findSheet(host.state, REGISTRY_SHEET)!;
  const rows: string[][] = [];
  for (let r = 0; r < 400; r++) {
    const line = [0, 1, 2, 3].map((c) => String(cellFor(sheet, r, c).value ?? ''));
    if (line[0] === kind) rows.push(line);
  }
  return rows;
}

describe('the last run, kept in the workbook', () => {
  let host: FakeExcelHost;
  let open: () => Session;

  beforeAll(async () => ({ host, open } = await openSample()));

  it('is nothing before the first Fill RAG', async () => {
    expect(await open().lastRun()).toBeNull();
  });

  it('after Fill RAG, a pane opened later shows the same counts, and no row is stale', async () => {
    const rated = await open().rate();
    const last = await open().lastRun();
    expect(last).not.toBeNull();
    expect(last!.summary.rag).toEqual(rated.rag);
    expect(last!.summary.tables).toBe(3);
    expect(last!.summary.indicators).toBe(
      rated.rag.Green + rated.rag.Amber + rated.rag.Red + rated.rag['Not rated'],
    );
    expect(last!.summary.when).toBe(new Date().toISOString().slice(0, 10));
    expect(last!.stale).toEqual([]);
    // the record holds the run and one digest entry per table, one token per rated line
    const summary = recordRows(host, 'summary');
    expect(summary[0].slice(0, 2)).toEqual(['summary', 'run']);
    expect(summary.filter((r) => r[1] === SHEET)[0][3]).toMatch(/^6:[0-9a-z]+ 7:/);
  });

  it('an actual edited with no pane open is marked stale on the next open; other rows are not', async () => {
    const sheet = findSheet(host.state, SHEET)!;
    cellFor(sheet, 6, 6).value = '12.5%'; // G7, typed while the pane was closed: no event reached anyone
    const last = await open().lastRun();
    expect(last!.stale).toEqual([{ sheet: SHEET, range: expect.any(String), rows: [7] }]);
  });

  it('Fill RAG again takes the edit in: nothing is stale', async () => {
    await open().rate();
    expect((await open().lastRun())!.stale).toEqual([]);
  });

  it('Remove NI Targets output takes the record of the run with it', async () => {
    await open().removeOutput();
    expect(await open().lastRun()).toBeNull();
  });
});
