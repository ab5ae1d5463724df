/**
 * The report plan end to end on real .xlsx bytes: fixture workbook -> read ->
 * analyse -> reportPlan -> apply -> save, then again on the saved file. The
 * officer's sheets never change, a sheet of theirs named "Table A" is left alone,
 * and a second run on the same day gives the same workbook.
 */
import { REGISTRY_SHEET, type WriteOp } from '../../../src/engine/model/plan';
import type { WorkbookSnapshot } from '../../../src/engine/model/snapshot';
import { applyPlan } from '../../../src/gateways/xlsx/apply';
import { readWorkbook } from '../../../src/gateways/xlsx/read';
import { toBuffer } from '../../../src/gateways/xlsx/write';
import { analyse } from '../../../src/pipeline/analyse';
import { reportPlan, type ReportPlanResult } from '../../../src/pipeline/report-plan';
import { toXlsx, type SheetSpec } from '../../fixtures/spec';
import { fixtureSheets } from './helpers';

const AS_OF = '2009-08-15';

interface Run {
  before: WorkbookSnapshot;
  result: ReportPlanResult;
  after: WorkbookSnapshot;
  bytes: Buffer;
}

async function run(bytes: Buffer): Promise<Run> {
  const { snapshot: before, workbook } = await readWorkbook(bytes, 'plan.xlsx');
  const result = reportPlan(analyse(before, { settings: { asOf: AS_OF } }));
  applyPlan(workbook, result.plan);
  const out = await toBuffer(workbook);
  return { before, result, after: (await readWorkbook(out, 'plan.xlsx')).snapshot, bytes: out };
}

async function fixtureBytes(sheets: SheetSpec[]): Promise<Buffer> {
  return toXlsx({ name: 'plan', sheets });
}

function sheetNamed(s: WorkbookSnapshot, name: string) {
  const found = s.sheets.find((x) => x.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

/** A sheet as compared between runs: everything but its position in the workbook. */
function content(s: WorkbookSnapshot, name: string) {
  return { ...sheetNamed(s, name), index: 0 };
}

describe('report plan on Bromley Table A and Table B', () => {
  let first: Run;
  let second: Run;
  beforeAll(async () => {
    first = await run(await fixtureBytes(fixtureSheets('bromley-table-a', 'bromley-table-b')));
    second = await run(first.bytes);
    // two exceljs round trips of the Bromley workbook: seconds on a busy 2-core machine
  }, 30_000);

  it("writes beside the officer's own sheets named Table A and Table B and says so", () => {
    expect(first.after.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ['Table A', 'visible'],
      ['Table B', 'visible'],
      [REGISTRY_SHEET, 'veryHidden'],
      ['Table A (2)', 'visible'],
      ['Table B (2)', 'visible'],
    ]);
    expect(first.result.notices).toEqual([
      "Your sheet 'Table A' was left as it is; Table A was written to 'Table A (2)'.",
      "Your sheet 'Table B' was left as it is; Table B was written to 'Table B (2)'.",
    ]);
    expect(first.result.plan.summary).toMatch(
      /^Table A \(\d+ indicators\) on 'Table A \(2\)'; Table B \(\d+ tasks\)/,
    );
  });

  it("leaves every cell of the officer's sheets as it was", () => {
    for (const name of ['Table A', 'Table B']) {
      expect(content(first.after, name)).toEqual(content(first.before, name));
      expect(content(second.after, name)).toEqual(content(first.before, name));
    }
  });

  it('writes the report onto the new sheets', () => {
    const a = sheetNamed(first.after, 'Table A (2)');
    expect(a.values[0][0]).toBe('Table A: Performance against targets');
    expect(a.values[1][0]).toBe('As at 15 August 2009');
    const b = sheetNamed(first.after, 'Table B (2)');
    expect(b.values.some((r) => r[6] === 'Overdue (due May 2009)')).toBe(true);
    expect(first.result.tableA?.groups.length).toBe(5);
    expect(first.result.tableB?.areas.length).toBe(16);
  });

  it('records its sheets in the registry, so the second run replaces them rather than adding more', () => {
    expect(second.after.sheets.map((s) => s.name)).toEqual(first.after.sheets.map((s) => s.name));
    expect(second.result.notices).toEqual(first.result.notices);
    const deleted = second.result.plan.ops.filter(
      (o): o is Extract<WriteOp, { op: 'deleteSheet' }> => o.op === 'deleteSheet',
    );
    expect(deleted.map((o) => o.sheet)).toEqual(['Table A (2)', 'Table B (2)']);
    // the report sheets are not read as sources on the second run
    expect(second.result.tableA).toEqual(first.result.tableA);
  });

  it('claims the report sheets in the registry before writing them, and writes the final registry last', () => {
    const ops = first.result.plan.ops;
    const lastOther = ops.map((o) => o.sheet !== REGISTRY_SHEET).lastIndexOf(true);
    const tail = ops.slice(lastOther + 1);
    expect(tail.map((o) => o.op)).toEqual(['values', 'visibility']);
    const written = tail[0].op === 'values' ? tail[0].values : [];
    expect(written).toEqual(
      expect.arrayContaining([
        ['sheet', 'Table A (2)', '', 'Table A'],
        ['sheet', 'Table B (2)', '', 'Table B'],
      ]),
    );
    // a new registry sheet is added first and hidden, so it keeps its place on later runs, and it
    // claims the sheets about to be written, so a run Excel stops part-way is recognised as ours
    const firstOther = ops.findIndex((o) => o.sheet !== REGISTRY_SHEET);
    const head = ops.slice(0, firstOther);
    expect(head.map((o) => o.op)).toEqual(['addSheet', 'values', 'visibility']);
    expect(head[2]).toEqual({ op: 'visibility', sheet: REGISTRY_SHEET, visibility: 'veryHidden' });
    const claimed = head[1].op === 'values' ? head[1].values : [];
    expect(claimed).toEqual(
      expect.arrayContaining([
        ['sheet', 'Table A (2)', '', 'Table A'],
        ['sheet', 'Table B (2)', '', 'Table B'],
      ]),
    );
  });

  it('gives the same workbook when run again on the same day with the same data', async () => {
    for (const s of first.after.sheets)
      expect(content(second.after, s.name)).toEqual(content(first.after, s.name));
    const third = await run(second.bytes);
    expect(third.result.plan).toEqual(second.result.plan);
  });
});

describe('report plan naming and skipping', () => {
  it('uses the plain names when free, and skips Table B when there is no action plan', async () => {
    const sheets = fixtureSheets('oxfordshire-nis');
    const r = await run(await fixtureBytes(sheets));
    expect(r.after.sheets.map((s) => s.name)).toEqual(['NIS', REGISTRY_SHEET, 'Table A']);
    expect(r.result.tableB).toBeNull();
    expect(r.result.notices).toEqual(['No action plan was found, so Table B was not made.']);
  });

  it('makes nothing, and writes nothing, from a workbook with neither table', async () => {
    const r = await run(await fixtureBytes(fixtureSheets('finance')));
    expect(r.result.plan.ops).toEqual([]);
    expect(r.result.tableA).toBeNull();
    expect(r.result.notices).toHaveLength(2);
  });

  it('takes the next free number when "Table A (2)" is also the officer\'s', async () => {
    const own = (name: string): SheetSpec => ({ name, rows: [['my notes']] });
    const r = await run(
      await fixtureBytes([...fixtureSheets('oxfordshire-nis'), own('table a'), own('Table A (2)')]),
    );
    expect(r.after.sheets.map((s) => s.name)).toContain('Table A (3)');
    expect(content(r.after, 'table a')).toEqual(content(r.before, 'table a'));
  });

  it('puts Table B findings about unreadable deadlines in the result', async () => {
    const plan: SheetSpec = {
      name: 'Plan',
      rows: [
        ['Area of Focus', 'Summary of Tasks and Milestones', 'Deadline', 'Lead Officer and Partner'],
        [
          '1. Housing',
          '1.1 Obtain capital funding. Complete development.',
          'September 2009 November 2009 Summer 2011',
          'Lead',
        ],
      ],
    };
    const r = await run(await fixtureBytes([plan]));
    expect(r.result.findings.map((f) => [f.rule, f.cell])).toEqual([['NI-DEADLINE-READ', 'C2']]);
  });
});
