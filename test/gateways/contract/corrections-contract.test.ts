/**
 * Corrections of a table's map, through both gateways: the officer's correction is saved by the session
 * through the gateway (the .xlsx file, or Office.js on the recording fake), read back from the workbook's
 * own record, and every later reading obeys it alike: the same codes and titles, the same map, the same
 * findings. The record one gateway wrote is then carried, as it stands, to the same scorecard with rows
 * inserted above it, and to one whose corrected column was deleted.
 */
import { REGISTRY_SHEET } from '../../../src/engine/model/plan';
import type { WorkbookSnapshot } from '../../../src/engine/model/snapshot';
import type { AnalysisJson } from '../../../src/pipeline/analysis-json';
import { createSession, type SessionHost } from '../../../src/session/session';
import type { WorkbookGateway } from '../../../src/gateways/gateway';
import type { CellSpec, SheetSpec, WorkbookSpec } from '../../fixtures/spec';
import { scorecard, SCORECARD_ROWS } from '../../cli/map-fixture';
import { SUBJECTS } from './subjects';

jest.setTimeout(60_000);

const host: SessionHost = { selectCell: async () => undefined, getSelection: async () => null };

const CODES = SCORECARD_ROWS.map((r) => `NI ${r.code}`);
const BOARDS = SCORECARD_ROWS.map((r) => r.board);
const MEASURES = SCORECARD_ROWS.map((r) => r.measure);

/** What the officer sees of one reading: the table's place, its rows' codes and titles, its map, the findings about corrections. */
interface Reading {
  range: string;
  codes: (string | null)[];
  titles: (string | null)[];
  roles: Record<string, string>;
  corrected: string[];
  told: string[];
  stale: string[];
}

async function readWith(gateway: WorkbookGateway): Promise<Reading> {
  const session = createSession(gateway, host);
  await session.validate();
  const json = JSON.parse(String((await session.exportJson()).data)) as AnalysisJson;
  session.dispose();
  const t = json.tables[0];
  const rule = (id: string) => json.findings.filter((f) => f.rule === id).map((f) => f.message);
  return {
    range: t.range,
    codes: t.rows.map((r) => r.code),
    titles: t.rows.map((r) => r.title),
    roles: Object.fromEntries(t.columns.map((c) => [c.column, c.role])),
    corrected: t.columns.filter((c) => c.corrected).map((c) => c.column),
    told: rule('NI-CORRECTED'),
    stale: rule('NI-CORRECTION-STALE'),
  };
}

/** The record sheet as a gateway left it, as fixture rows to put into another workbook. */
function recordSheet(snapshot: WorkbookSnapshot): SheetSpec {
  const sheet = snapshot.sheets.find((s) => s.name === REGISTRY_SHEET);
  if (!sheet) throw new Error(`no ${REGISTRY_SHEET} sheet after the correction was saved`);
  // the record is text and numbers only; anything else would be carried wrongly, so it stops the test
  const rows = sheet.values.map((row) =>
    row.map((v): CellSpec => {
      if (v === null || typeof v === 'string' || typeof v === 'number') return v;
      throw new Error(`unexpected ${typeof v} in the record: ${String(v)}`);
    }),
  );
  return { name: REGISTRY_SHEET, hidden: true, rows };
}

/** The officer's correction, saved through the gateway: every title comes from J (the recogniser read D). */
async function correctThrough(gateway: WorkbookGateway): Promise<void> {
  const session = createSession(gateway, host);
  await session.correctTable({ sheet: 'Scorecard', cell: 'B4', columns: [{ column: 'J', role: 'title' }] });
  session.dispose();
}

describe('corrections of the table map through both gateways', () => {
  let saved: { name: string; after: Reading; record: SheetSpec }[];

  beforeAll(async () => {
    saved = [];
    for (const subject of SUBJECTS) {
      const opened = await subject.open(scorecard());
      const before = await readWith(opened.gateway);
      // the correction overrides a confident automatic reading: D was read as the titles
      expect(before.roles).toMatchObject({ C: 'code', D: 'title', J: 'ignore' });
      expect(before.titles).toEqual(MEASURES);
      await correctThrough(opened.gateway);
      const again = await opened.reopen();
      saved.push({
        name: subject.name,
        after: await readWith(again),
        record: recordSheet(await again.readSnapshot()),
      });
    }
  });

  it('a correction overriding a confident reading is obeyed: every title from J, codes still read', () => {
    for (const { name, after } of saved) {
      expect({ name, ...after }).toMatchObject({
        name,
        range: 'B4:J8',
        codes: CODES,
        titles: BOARDS,
        // D, whose titles J took over, is shown as changed by the correction too
        corrected: ['D', 'J'],
        stale: [],
      });
      expect(after.roles).toMatchObject({ C: 'code', D: 'ignore', J: 'title' });
      expect(after.told).toHaveLength(1);
      expect(after.told[0]).toContain('column J as title');
    }
    const [xlsx, office] = saved;
    expect(office.after).toEqual(xlsx.after);
    // both gateways wrote the same record into the workbook
    expect(office.record).toEqual(xlsx.record);
    expect(xlsx.record.rows.some((r) => r[0] === 'correction' && r[1] === 'Scorecard')).toBe(true);
  });

  it('rows inserted above the table keep the correction, read alike by both gateways', async () => {
    const moved: WorkbookSpec = { ...scorecard(3), name: 'scorecard-moved' };
    moved.sheets = [...moved.sheets, saved[0].record];
    const readings = await Promise.all(SUBJECTS.map(async (s) => readWith((await s.open(moved)).gateway)));
    for (const r of readings)
      expect(r).toMatchObject({
        range: 'B7:J11',
        codes: CODES,
        titles: BOARDS,
        corrected: ['D', 'J'],
        stale: [],
      });
    expect(readings[1]).toEqual(readings[0]);
  });

  it('a correction whose column was deleted becomes a finding; the table is read without it', async () => {
    const spec = scorecard();
    const sheet = spec.sheets[0];
    // column J ('Delivery Board') deleted: the sheet starts at B, so each row keeps B..I
    const cut: WorkbookSpec = {
      name: 'scorecard-cut',
      sheets: [{ ...sheet, rows: sheet.rows.map((r) => r.slice(0, 8)) }, saved[0].record],
    };
    const readings = await Promise.all(SUBJECTS.map(async (s) => readWith((await s.open(cut)).gateway)));
    for (const r of readings) {
      expect(r).toMatchObject({ range: 'B4:I8', codes: CODES, titles: MEASURES, corrected: [] });
      expect(r.roles).toMatchObject({ C: 'code', D: 'title' });
      expect(r.stale).toHaveLength(1);
      expect(r.stale[0]).toMatch(
        /column J as title no longer fits: no column of the table is headed "Delivery Board"/,
      );
    }
    expect(readings[1]).toEqual(readings[0]);
  });
});
