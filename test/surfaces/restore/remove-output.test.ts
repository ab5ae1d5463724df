/**
 * "Remove NI Targets output" after Fill RAG and Build Table A & B, through the session the pane uses:
 * every original sheet and cell comes back as it was (the robustness tests' check, read back by exceljs
 * from the saved file), the add-in's sheets are gone, and nothing outside its record is touched.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createXlsxGateway } from '../../../src/gateways/xlsx/gateway';
import { readWorkbook } from '../../../src/gateways/xlsx/read';
import { toBuffer } from '../../../src/gateways/xlsx/write';
import { createSession, type Session } from '../../../src/session/session';
import { describeRemoval, outputToRemove, removalPlan } from '../../../src/session/remove-output';
import { emptyRegistry, withRanges, withSettings, withSheet } from '../../../src/engine/ownership/registry';
import { defaultSettings } from '../../../src/engine/model/settings';
import { REGISTRY_SHEET } from '../../../src/engine/model/plan';
import { dumpWorkbook, loadWorkbook, recordSheets } from '../../robustness/cell-dump';

jest.setTimeout(120_000);

const SAMPLE = join(__dirname, '../../../samples/sample-plan.xlsx');
const host = { selectCell: async () => undefined, getSelection: async () => null };

async function sampleSession() {
  const { workbook } = await readWorkbook(readFileSync(SAMPLE), 'sample-plan.xlsx');
  const session: Session = createSession(createXlsxGateway(workbook, 'sample-plan.xlsx'), host);
  return { workbook, session };
}

describe('remove NI Targets output on the sample after rate and reports', () => {
  let original: Buffer;
  let rated: Buffer;
  let removed: Buffer;
  let listed: Awaited<ReturnType<Session['outputToRemove']>>;

  beforeAll(async () => {
    original = readFileSync(SAMPLE);
    const { workbook, session } = await sampleSession();
    await session.rate();
    await session.buildReports();
    rated = await toBuffer(workbook);
    listed = await session.outputToRemove();
    await session.removeOutput();
    removed = await toBuffer(workbook);
  });

  it('listed what it would remove: both report sheets and the rating columns', () => {
    expect(listed.sheets).toEqual(['Table A', 'Table B']);
    expect(listed.ranges.length).toBeGreaterThan(0);
    expect(listed.ranges.every((r) => r.sheet !== 'Table A' && r.sheet !== 'Table B')).toBe(true);
  });

  it('had written something to remove', async () => {
    const names = (await loadWorkbook(rated)).worksheets.map((w) => w.name);
    expect(names).toEqual(expect.arrayContaining(['Table A', 'Table B', REGISTRY_SHEET]));
  });

  it('leaves every original sheet, in its place, with its name and visibility, and no other', async () => {
    const before = recordSheets(await loadWorkbook(original));
    const after = recordSheets(await loadWorkbook(removed));
    expect(after.map((s) => [s.name, s.state])).toEqual(before.map((s) => [s.name, s.state]));
  });

  it('leaves every cell as it was: value, formula, number format, merges and style', async () => {
    expect(dumpWorkbook(await loadWorkbook(removed))).toEqual(dumpWorkbook(await loadWorkbook(original)));
  });

  it('running it again finds nothing to remove', async () => {
    const { workbook } = await readWorkbook(removed, 'sample-plan.xlsx');
    const again = createSession(createXlsxGateway(workbook, 'sample-plan.xlsx'), host);
    expect(describeRemoval(await again.outputToRemove())).toBeNull();
  });
});

describe('the removal plan, from the record alone', () => {
  const owned = withRanges(withSheet(emptyRegistry(), 'Table A', 'table-a'), 'Targets', ['J3:L40'], 'rating');

  it('clears recorded ranges, deletes recorded sheets, and the record when it holds nothing else', () => {
    const plan = removalPlan({ ...owned, stored: { exists: true, rows: 3 } });
    expect(plan.ops).toEqual([
      { op: 'clear', sheet: 'Targets', range: 'J3:L40' },
      { op: 'deleteSheet', sheet: 'Table A' },
      { op: 'deleteSheet', sheet: REGISTRY_SHEET },
    ]);
    expect(plan.summary).toBe("Remove the sheet Table A, and the cells NI Targets wrote at 'Targets'!J3:L40");
  });

  it('takes the default settings a run recorded with the rest', () => {
    const recorded = { ...withSettings(owned, defaultSettings()), stored: { exists: true, rows: 9 } };
    expect(removalPlan(recorded).ops.at(-1)).toEqual({ op: 'deleteSheet', sheet: REGISTRY_SHEET });
  });

  it('keeps settings the officer changed, and the record holding them', () => {
    const chosen = { ...defaultSettings(), dueSoonDays: 14 };
    const withSaved = { ...withSettings(owned, chosen), stored: { exists: true, rows: 9 } };
    const plan = removalPlan(withSaved);
    expect(plan.ops.some((o) => o.op === 'deleteSheet' && o.sheet === REGISTRY_SHEET)).toBe(false);
    const rewrite = plan.ops.find((o) => o.op === 'values' && o.sheet === REGISTRY_SHEET);
    const kinds = rewrite && rewrite.op === 'values' ? rewrite.values.map((r) => r[0]) : [];
    expect(kinds.filter((k) => k === 'setting').length).toBeGreaterThan(0);
    expect(kinds).not.toContain('sheet');
    expect(kinds).not.toContain('range');
    expect(outputToRemove(withSaved).keepsRecord).toBe(true);
  });
});
