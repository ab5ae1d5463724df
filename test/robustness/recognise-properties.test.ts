/**
 * Random grids in the shapes officers make (a header with year columns, code
 * and title columns in any order, blank and shuffled columns, blank rows,
 * merged cells, value tokens of every kind) never make recognition throw,
 * never report a table outside the sheet or a row outside its table, and
 * always finish (jest's timeout catches a loop that does not).
 */
import fc from 'fast-check';
import type { CellValue, RangeRef, SheetSnapshot, WorkbookSnapshot } from '../../src/engine/model/snapshot';
import { recognise } from '../../src/engine/recognise/recognise';
import { builtInCatalogue } from '../../src/engine/catalogue/catalogue';
import { parseValue } from '../../src/engine/values/parse-value';

const catalogue = builtInCatalogue();

const HEADERS = [
  'NI',
  'Ref',
  'Indicator',
  'Description',
  'Period',
  '2008/09 Actual',
  '2009/10 Target',
  'Target 2010/11',
  'Baseline 2008/09',
  'SNs',
  'Notes',
  'Status',
  'Actions',
  'Lead',
  'Deadline',
];
const TOKENS: CellValue[] = [
  'nya: July 2010',
  'No target',
  '<5%',
  '10-15%',
  '8.4% (9.9%)',
  '0.23 [101]',
  'NI 55',
  'N61',
  'NI88',
  '(NI 19)',
  'FY',
  'Ac Yr',
  'Green',
  '#N/A',
  '#DIV/0!',
  '#REF!',
  '',
  ' ',
  'Be healthy',
  '¹ Provisional',
  0,
  0.073,
  -12.5,
  1e9,
  392,
  true,
];

const cell = fc.oneof(
  fc.constantFrom(...HEADERS),
  fc.constantFrom(...TOKENS),
  fc.constant(null),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.string({ maxLength: 12 }),
);

const sheet = fc
  .record({
    rows: fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 30 }),
    origin: fc.record({ row: fc.nat(5), col: fc.nat(3) }),
    merges: fc.array(fc.record({ r: fc.nat(30), c: fc.nat(9), h: fc.nat(3), w: fc.nat(4) }), {
      maxLength: 5,
    }),
    percent: fc.boolean(),
  })
  .map(({ rows, origin, merges, percent }): SheetSnapshot => ({
    name: 'Random',
    index: 0,
    visibility: 'visible',
    origin,
    values: rows,
    formats: percent ? rows.map((r) => r.map((v) => (typeof v === 'number' ? '0.0%' : 'General'))) : null,
    merges: merges.map((m): RangeRef => ({
      r0: origin.row + m.r,
      c0: origin.col + m.c,
      r1: origin.row + m.r + m.h,
      c1: origin.col + m.c + m.w,
    })),
    tables: [],
    protected: false,
  }));

function within(inner: { r0: number; c0: number; r1: number; c1: number }, outer: typeof inner): boolean {
  return inner.r0 >= outer.r0 && inner.c0 >= outer.c0 && inner.r1 <= outer.r1 && inner.c1 <= outer.c1;
}

describe('recognition on random grids', () => {
  it('never throws and reports only rows inside tables inside the sheet', () => {
    fc.assert(
      fc.property(fc.array(sheet, { minLength: 1, maxLength: 3 }), (sheets) => {
        const snapshot: WorkbookSnapshot = {
          name: 'random.xlsx',
          sheets: sheets.map((s, i) => ({ ...s, name: `Sheet ${i}`, index: i })),
        };
        const { tables } = recognise(snapshot, { catalogue });
        for (const t of tables) {
          const s = snapshot.sheets.find((x) => x.name === t.sheet)!;
          const width = Math.max(0, ...s.values.map((r) => r.length));
          // the sheet as Excel shows it: its cells, and merged areas reaching past them
          // (a header band merged over an empty cell makes the table that wide)
          const bounds = {
            r0: s.origin.row,
            c0: s.origin.col,
            r1: Math.max(s.origin.row + s.values.length - 1, ...s.merges.map((m) => m.r1)),
            c1: Math.max(s.origin.col + width - 1, ...s.merges.map((m) => m.c1)),
          };
          expect(within(t.range, bounds)).toBe(true);
          const rows = t.kind === 'targets' ? t.rows.map((r) => r.row) : t.tasks.map((r) => r.row);
          for (const r of [...rows, ...t.headerRows]) {
            expect(r).toBeGreaterThanOrEqual(t.range.r0);
            expect(r).toBeLessThanOrEqual(t.range.r1);
          }
          if (t.kind === 'targets') {
            for (const row of t.rows)
              for (const v of row.values) expect(v.col).toBeGreaterThanOrEqual(t.range.c0);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the value parser never throws on any cell and format', () => {
    fc.assert(
      fc.property(cell, fc.constantFrom('General', '0.0%', '0', '#,##0', 'dd/mm/yyyy', '@'), (v, f) => {
        expect(parseValue({ value: v, format: f })).toHaveProperty('kind');
      }),
      { numRuns: 2000 },
    );
  });
});
