/**
 * Corrections of a table's map as every pass reads them: analyse() over a workbook whose record
 * (_NITargets) holds a correction, asserting the codes, titles, map and findings the officer would see.
 */
import { analyse } from '../../../src/pipeline/analyse';
import { toJson } from '../../../src/pipeline/analysis-json';
import { toSnapshot, type SheetSpec, type WorkbookSpec } from '../../fixtures/spec';
import { scorecard, SCORECARD_ROWS } from '../../cli/map-fixture';

type Detail = Record<string, unknown>;

function withRecord(spec: WorkbookSpec, anchor: string, detail: Detail): WorkbookSpec {
  const record: SheetSpec = {
    name: '_NITargets',
    hidden: true,
    rows: [
      ['kind', 'sheet', 'range', 'detail'],
      ['correction', 'Scorecard', anchor, JSON.stringify({ v: 1, ...detail })],
    ],
  };
  return { ...spec, sheets: [...spec.sheets, record] };
}

const TEXTS = [
  'Ref',
  'Code',
  'Measure',
  'Baseline',
  'Actual 2009/10',
  'Target 2009/10',
  'Target 2010/11',
  'RAG',
  'Delivery Board',
];
const J_TITLE = { texts: TEXTS, columns: [{ c: 'J', h: 'Delivery Board', role: 'title' }] };

function read(spec: WorkbookSpec) {
  const json = toJson(analyse(toSnapshot(spec), { settings: { asOf: '2010-06-30' } }));
  return {
    json,
    table: json.tables[0],
    stale: json.findings.filter((f) => f.rule === 'NI-CORRECTION-STALE'),
  };
}

describe('corrections of the table map', () => {
  it('without corrections, the map says what was read and how sure it is', () => {
    const { table } = read(scorecard());
    expect(table.header).toBe('4');
    const byCol = Object.fromEntries(table.columns.map((c) => [c.column, c]));
    expect(byCol.C).toMatchObject({ role: 'code', corrected: false, confidence: 0.95 });
    expect(byCol.D).toMatchObject({ role: 'title', header: 'Measure' });
    expect(byCol.H).toMatchObject({ role: 'target', year: '2010/11' });
    // a column nobody understood is marked for checking, an explicit one is not
    expect(byCol.J.confidence).toBeLessThan(0.6);
    expect(byCol.F.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('a correction that overrides a confident reading is obeyed: every title comes from J', () => {
    const { table, json, stale } = read(withRecord(scorecard(), 'B4', J_TITLE));
    expect(table.rows.map((r) => r.title)).toEqual(SCORECARD_ROWS.map((r) => r.board));
    expect(table.rows.map((r) => r.code)).toEqual(SCORECARD_ROWS.map((r) => `NI ${r.code}`));
    const j = table.columns.find((c) => c.column === 'J')!;
    expect(j).toMatchObject({ role: 'title', corrected: true, confidence: 1 });
    expect(table.columns.find((c) => c.column === 'D')!.role).toBe('ignore');
    expect(stale).toEqual([]);
    const told = json.findings.find((f) => f.rule === 'NI-CORRECTED')!;
    expect(told.message).toContain('column J as title');
  });

  it('rows inserted above the table keep the correction', () => {
    const { table, stale } = read(withRecord(scorecard(3), 'B4', J_TITLE));
    expect(table.range).toBe('B7:J11');
    expect(table.rows.map((r) => r.title)).toEqual(SCORECARD_ROWS.map((r) => r.board));
    expect(stale).toEqual([]);
  });

  it('a correction whose column was deleted becomes a finding, and the column is read without it', () => {
    const spec = scorecard();
    const sheet = spec.sheets[0];
    const cut: WorkbookSpec = { ...spec, sheets: [{ ...sheet, rows: sheet.rows.map((r) => r.slice(0, 8)) }] };
    const { table, stale } = read(withRecord(cut, 'B4', J_TITLE));
    expect(stale).toHaveLength(1);
    expect(stale[0].message).toMatch(
      /column J as title no longer fits: no column of the table is headed "Delivery Board"/,
    );
    expect(table.rows.map((r) => r.title)).toEqual(SCORECARD_ROWS.map((r) => r.measure));
  });

  it('a correction whose table is gone is a finding, never applied elsewhere', () => {
    const spec = withRecord(scorecard(), 'B40', {
      texts: ['Nothing', 'like', 'this'],
      columns: [{ c: 'C', h: 'x', role: 'title' }],
    });
    const { stale, table } = read(spec);
    expect(stale).toHaveLength(1);
    expect(stale[0]).toMatchObject({ cell: 'B40', severity: 'warning' });
    expect(table.columns.every((c) => !c.corrected)).toBe(true);
  });

  it('a year and role set on a column are read, and findings there say they were read with it', () => {
    const detail = {
      texts: TEXTS,
      columns: [{ c: 'H', h: 'Target 2010/11', role: 'actual', year: '2010/11' }],
    };
    const { table } = read(withRecord(scorecard(), 'B4', detail));
    expect(table.columns.find((c) => c.column === 'H')).toMatchObject({
      role: 'actual',
      year: '2010/11',
      corrected: true,
    });
    // the latest actual is now 2010/11's, so that is the year rated
    expect(table.rows[0].ratedYear).toBe('2010/11');
  });

  it('an excluded row is left out of every pass, and put back when included', () => {
    const out = read(withRecord(scorecard(), 'B4', { texts: TEXTS, columns: [], exclude: [6] }));
    expect(out.table.rows.map((r) => r.row)).toEqual([5, 7, 8]);
    const ghost = read(withRecord(scorecard(), 'B4', { texts: TEXTS, columns: [], exclude: [60] }));
    expect(ghost.stale[0].message).toContain('row 60 no longer fits');
  });

  it('findings at a corrected column say they were read with the officer’s correction', () => {
    const detail = { texts: TEXTS, columns: [{ c: 'B', h: 'Ref', role: 'code' }] };
    const { json, table } = read(withRecord(scorecard(), 'B4', detail));
    // the refs are read as the council's own codes, whatever the recogniser made of column C
    expect(table.rows.map((r) => r.code)).toEqual(['SC 1', 'SC 2', 'SC 3', 'SC 4']);
    const atB = json.findings.filter((f) => /^B[5-8]$/.test(f.cell));
    expect(atB.length).toBeGreaterThan(0);
    for (const f of atB) expect(f.message).toMatch(/\(read with your correction of column B\)$/);
  });
});
