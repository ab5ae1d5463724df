/**
 * Cutting a rating plan down to the rows an edit touched (session/rerate-rows.ts), on plans as the
 * engine makes them: only those rows' rating cells and the final record are written, and a plan that
 * moves the rating columns is never cut.
 */
import type { WritePlan } from '../../src/engine/model/plan';
import { REGISTRY_SHEET } from '../../src/engine/model/plan';
import type { WorkbookSnapshot } from '../../src/engine/model/snapshot';
import { editedRows, layoutUnchanged, rowsOnly, rowsThatDiffer } from '../../src/session/rerate-rows';

const record = (...rows: string[][]) => ({
  op: 'values' as const,
  sheet: REGISTRY_SHEET,
  range: `A1:D${rows.length + 1}`,
  values: [['kind', 'sheet', 'range', 'detail'], ...rows],
});
const RATING = ['range', 'T', 'K5:M9', 'rating columns'];

function plan(claim: string[][], final: string[][]): WritePlan {
  return {
    summary: 'Rated 5 indicator row(s) in 1 table(s)',
    ops: [
      record(...claim),
      {
        op: 'values',
        sheet: 'T',
        range: 'K5:K9',
        values: [['Green'], ['Red'], ['Amber'], ['Green'], ['Red']],
      },
      { op: 'style', sheet: 'T', range: 'K5:K9', style: { bold: false } },
      { op: 'columnWidths', sheet: 'T', widths: [{ col: 10, width: 12 }] },
      record(...final),
    ],
  };
}

const snapshot: WorkbookSnapshot = {
  name: 'w.xlsx',
  sheets: [
    {
      name: 'T',
      index: 0,
      visibility: 'visible',
      origin: { row: 4, col: 10 },
      values: [['Green'], ['Red'], ['Green'], ['Green'], ['Red']],
      formats: null,
      merges: [],
      tables: [],
      protected: false,
    },
  ],
};

describe('re-rating only the rows an edit touches', () => {
  it('keeps the rating columns where they are only when the claim equals the final record, run summary aside', () => {
    const summaryA = ['summary', 'run', '2026-12-01', '{}'];
    const summaryB = ['summary', 'run', '2026-12-04', '{"tables":1}'];
    expect(layoutUnchanged(plan([RATING, summaryA], [RATING, summaryB]))).toBe(true);
    // a new rating range claimed: the columns moved, so the whole plan must be written
    expect(layoutUnchanged(plan([RATING], [RATING, ['range', 'T', 'N5:N9', 'rating columns']]))).toBe(false);
  });

  it('writes the edited row and any row whose rating now reads differently, and the final record', () => {
    const p = plan([RATING], [RATING]);
    // G6 (row index 5) was edited; row 7 (index 6) reads Green on the sheet but Amber in the plan
    const kept = rowsThatDiffer(p, snapshot, editedRows([{ sheet: 'T', address: 'G6' }]));
    const cut = rowsOnly(p, kept);
    expect(cut.ops.map((o) => `${o.op} ${o.sheet}!${'range' in o ? o.range : ''}`)).toEqual([
      'values T!K6:K7',
      'style T!K6:K7',
      `values ${REGISTRY_SHEET}!A1:D2`,
    ]);
    expect(cut.ops[0]).toMatchObject({ values: [['Red'], ['Amber']] });
  });

  it('writes nothing on the sheet when no rating changed and the edit was elsewhere in the table', () => {
    const p = plan([RATING], [RATING]);
    const same: WorkbookSnapshot = {
      ...snapshot,
      sheets: [{ ...snapshot.sheets[0], values: [['Green'], ['Red'], ['Amber'], ['Green'], ['Red']] }],
    };
    const cut = rowsOnly(p, rowsThatDiffer(p, same, editedRows([{ sheet: 'T', address: 'G20' }])));
    expect(cut.ops.map((o) => o.sheet)).toEqual([REGISTRY_SHEET]);
  });
});
