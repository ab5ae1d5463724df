/**
 * The rating columns write plan on a small Bromley Table A laid out on a sheet:
 * A = NI number, B = description, C:F actuals 2005/06 to 2008/09, G:I targets 2008/09
 * to 2010/11; header on row 3, indicators on rows 4 to 8.
 */
import { builtInCatalogue } from '../../../src/engine/catalogue/catalogue';
import { parseRangeA1 } from '../../../src/engine/model/a1';
import type { WriteOp } from '../../../src/engine/model/plan';
import {
  emptyRegistry,
  ownsCell,
  readRegistry,
  registryOps,
  type Registry,
} from '../../../src/engine/ownership/registry';
import { defaultSettings } from '../../../src/engine/model/settings';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../../src/engine/model/snapshot';
import { cellAt } from '../../../src/engine/model/snapshot';
import type { IndicatorTable, TableColumn } from '../../../src/engine/model/tables';
import { rateTable } from '../../../src/engine/rate/rate-table';
import { ratingColumnsPlan } from '../../../src/engine/render/rating-columns';
import { RAG_STYLES } from '../../../src/engine/render/styles';
import { BROMLEY_YEARS, buildTable } from '../rate/table-builder';

const ROWS = [
  { code: 'NI 55', values: ['new indicator', '6.94%', '8.4% (9.9%)', '7.3% (9.6%)', '8', '8', '8'] },
  { code: 'NI 56', values: ['new indicator', '12.84%', '15.5% (17.5%)', '15.7% (18.3%)', '15', '15', '15'] },
  {
    code: 'NI 112',
    values: [
      '31.0 per 1000',
      '36.2 per 1000',
      '31.0 per 1000',
      '34.0 per 1000',
      '23.9 per 1000',
      '20.8 per 1000',
      '17.7 per 1000',
    ],
  },
  { code: 'NI 61', values: ['66% (77%)', '71% (81%)', '87%', 'Numbers too small', '78%', '80%', '82%'] },
  { code: 'NI 117', values: ['5.1%', '5.0%', '4.8%', '4.7%', '4.7%', '4.30%', '4.00%'] },
];
const settings = defaultSettings('2010-01-01');

/** The sheet the table sits on: header row 3 (index 2), values as typed, `extra` cells on top. */
function sheetFor(
  table: IndicatorTable,
  extra: Record<string, CellValue> = {},
  over: Partial<SheetSnapshot> = {},
): SheetSnapshot {
  const values: CellValue[][] = [
    ['Targets for Children and Young People Services'],
    [],
    table.columns.map((c) => c.header),
  ];
  for (const r of table.rows) {
    const line: CellValue[] = [r.code, r.title];
    for (const v of r.values) line[v.col] = v.raw;
    values[r.row] = line;
  }
  for (const [ref, v] of Object.entries(extra)) {
    const p = parseRangeA1(ref);
    while (values.length <= p.r0) values.push([]);
    values[p.r0] = values[p.r0] ?? [];
    values[p.r0][p.c0] = v;
  }
  for (let i = 0; i < values.length; i++) values[i] = Array.from(values[i] ?? [], (v) => v ?? null);
  return {
    name: 'Table A',
    index: 0,
    visibility: 'visible',
    origin: { row: 0, col: 0 },
    values,
    formats: null,
    merges: [],
    tables: [],
    protected: false,
    ...over,
  };
}

function plan(table: IndicatorTable, sheet: SheetSnapshot, registry: Registry = emptyRegistry()) {
  const book: WorkbookSnapshot = { name: 'bromley.xlsx', sheets: [sheet] };
  const ratings = new Map([[table, rateTable(table, builtInCatalogue(), settings)]]);
  return ratingColumnsPlan(book, [table], ratings, registry, settings);
}

/** The sheet after the plan's value writes and clears (what a gateway would leave). */
function applied(sheet: SheetSnapshot, ops: WriteOp[]): SheetSnapshot {
  const values = sheet.values.map((r) => [...r]);
  const put = (row: number, col: number, v: CellValue) => {
    while (values.length <= row) values.push([]);
    while (values[row].length <= col) values[row].push(null);
    values[row][col] = v;
  };
  for (const op of ops) {
    if (op.op === 'clear') {
      const r = parseRangeA1(op.range);
      for (let row = r.r0; row <= r.r1; row++) for (let col = r.c0; col <= r.c1; col++) put(row, col, null);
    }
    if (op.op === 'values') {
      const r = parseRangeA1(op.range);
      op.values.forEach((line, i) => line.forEach((v, j) => put(r.r0 + i, r.c0 + j, v)));
    }
  }
  return { ...sheet, values };
}

/** Every cell any op writes, clears or styles, as "J4". */
function touched(ops: WriteOp[]): Set<string> {
  const out = new Set<string>();
  for (const op of ops) {
    if (op.op !== 'values' && op.op !== 'clear' && op.op !== 'style') continue;
    const r = parseRangeA1(op.range);
    for (let row = r.r0; row <= r.r1; row++)
      for (let col = r.c0; col <= r.c1; col++) out.add(`${String.fromCharCode(65 + col)}${row + 1}`);
  }
  return out;
}

/** The value the plan writes in one cell ("J4"), or undefined when it writes none there. */
function valueAt(ops: WriteOp[], cell: string): CellValue | undefined {
  const p = parseRangeA1(cell);
  let out: CellValue | undefined;
  for (const o of ops) {
    if (o.op !== 'values') continue;
    const r = parseRangeA1(o.range);
    if (p.r0 >= r.r0 && p.r0 <= r.r1 && p.c0 >= r.c0 && p.c0 <= r.c1)
      out = o.values[p.r0 - r.r0][p.c0 - r.c0];
  }
  return out;
}

/** Values the plan writes down a column, from one cell to another ("J4", "J8"). */
function columnAt(ops: WriteOp[], from: string, to: string): (CellValue | undefined)[] {
  const a = parseRangeA1(from);
  const b = parseRangeA1(to);
  const col = String.fromCharCode(65 + a.c0);
  return Array.from({ length: b.r0 - a.r0 + 1 }, (_, i) => valueAt(ops, `${col}${a.r0 + i + 1}`));
}

/** Styles applied to one cell, in order. */
function styleAt(ops: WriteOp[], cell: string) {
  const p = parseRangeA1(cell);
  return ops
    .filter((o): o is Extract<WriteOp, { op: 'style' }> => o.op === 'style')
    .filter((o) => {
      const r = parseRangeA1(o.range);
      return p.r0 >= r.r0 && p.r0 <= r.r1 && p.c0 >= r.c0 && p.c0 <= r.c1;
    })
    .map((o) => o.style);
}

describe('rating columns beside a table', () => {
  const table = buildTable(BROMLEY_YEARS, ROWS);
  const sheet = sheetFor(table);

  it('writes RAG | Direction | Trajectory in J:L with headers on the header row', () => {
    const { ops, notices } = plan(table, sheet);
    expect(notices).toEqual([]);
    expect(valueAt(ops, 'J3')).toBe('RAG 2008/09');
    expect(valueAt(ops, 'K3')).toBe('Direction');
    expect(valueAt(ops, 'L3')).toBe('Trajectory');
    expect(columnAt(ops, 'J4', 'J8')).toEqual([
      'Green',
      'Amber',
      'Red',
      'Not rated: actual Numbers too small',
      'Green',
    ]);
    // NI 61 has no 2008/09 figure, so no direction: the cell is left empty
    expect(columnAt(ops, 'K4', 'K8')).toEqual([
      '▲ Improving',
      '▼ Worsening',
      '▼ Worsening',
      undefined,
      '▲ Improving',
    ]);
    expect(valueAt(ops, 'L4')).toBe('On track (expected 7.47%)');
    expect(valueAt(ops, 'L6')).toBe('Off track (expected 23.02 per 1,000)');
  });

  it('fills RAG cells with their colours and always writes the word', () => {
    const { ops } = plan(table, sheet);
    expect(styleAt(ops, 'J4')).toEqual([RAG_STYLES.Green]);
    expect(styleAt(ops, 'J5')).toEqual([RAG_STYLES.Amber]);
    expect(styleAt(ops, 'J6')).toEqual([RAG_STYLES.Red]);
    expect(styleAt(ops, 'J7')).toEqual([RAG_STYLES['Not rated']]);
    expect(styleAt(ops, 'J3')[0]).toMatchObject({ bold: true });
  });

  it('puts a note stating the rules and the year under the RAG column', () => {
    const { ops } = plan(table, sheet);
    const note = valueAt(ops, 'J9') as string;
    expect(note).toMatch(
      /^NI Targets ratings: Rated for 2008\/09\. RAG: Green = the target is met or beaten; Amber = missed by no more than 5% of the target/,
    );
  });

  it('writes values before styles, and nothing outside J3:L9', () => {
    const { ops } = plan(table, sheet);
    const firstStyle = ops.findIndex((o) => o.op === 'style');
    const lastValues = ops.map((o) => o.op).lastIndexOf('values');
    expect(lastValues).toBeLessThan(firstStyle);
    for (const cell of touched(ops)) expect(cell).toMatch(/^[JKL][3-9]$/);
  });

  it('leaves every original cell as it was', () => {
    const after = applied(sheet, plan(table, sheet).ops);
    sheet.values.forEach((line, row) => line.forEach((v, col) => expect(cellAt(after, row, col)).toBe(v)));
    expect(plan(table, sheet).ops.some((o) => o.op === 'style' && o.style.numberFormat !== undefined)).toBe(
      false,
    );
  });

  it('records what it wrote in the registry', () => {
    const { registry } = plan(table, sheet);
    expect(ownsCell(registry, 'Table A', 3, 9)).toBe(true); // J4
    expect(ownsCell(registry, 'Table A', 8, 9)).toBe(true); // J9, the note
    expect(ownsCell(registry, 'Table A', 3, 8)).toBe(false); // I4, the officer's target
  });

  it('moves to the next free columns when the space is taken, and says so', () => {
    const taken = sheetFor(table, { K5: 'ask Jenny' });
    const { ops, notices } = plan(table, taken);
    expect(notices).toEqual([
      "Columns J:L on 'Table A' hold your data, so ratings were written to columns L:N.",
    ]);
    expect(valueAt(ops, 'L3')).toBe('RAG 2008/09');
    expect(touched(ops).has('K5')).toBe(false);
    for (const cell of touched(ops)) expect(cell).toMatch(/^[LMN][3-9]$/);
  });

  it('treats merged cells as taken', () => {
    const merged = sheetFor(
      table,
      {},
      {
        merges: [
          { r0: 0, c0: 0, r1: 0, c1: 0 },
          { r0: 5, c0: 11, r1: 6, c1: 12 },
        ],
      },
    );
    const { notices } = plan(table, merged);
    expect(notices).toEqual([
      "Columns J:L on 'Table A' hold your data, so ratings were written to columns N:P.",
    ]);
  });

  it('writes nothing on a protected sheet, and says so', () => {
    const { ops, notices } = plan(table, sheetFor(table, {}, { protected: true }));
    expect(ops).toEqual([]);
    expect(notices).toEqual(["'Table A' is protected, so no ratings were written there."]);
  });
});

describe('re-running', () => {
  const table = buildTable(BROMLEY_YEARS, ROWS);
  const sheet = sheetFor(table);
  const first = plan(table, sheet);
  const after = applied(sheet, first.ops);
  const registry = readRegistry({ name: 'b', sheets: [after, registrySheet(registryOps(first.registry))] });

  it('clears what it wrote before, first, and writes the same again', () => {
    const second = plan(table, after, registry);
    expect(second.notices).toEqual([]);
    const clears = second.ops.filter((o) => o.op === 'clear');
    expect(clears.length).toBeGreaterThan(0);
    expect(second.ops.slice(0, clears.length).every((o) => o.op === 'clear')).toBe(true);
    expect([...touched(clears)].sort()).toEqual(
      [...touched(first.ops.filter((o) => o.op === 'values'))].sort(),
    );
    // the same writes, widths included: the columns hold only the add-in's cells, so a re-run (or
    // one after a run Excel stopped part-way) leaves them exactly as a first run does
    expect(second.ops.filter((o) => o.op !== 'clear')).toEqual(first.ops);
    expect(applied(after, second.ops).values).toEqual(after.values);
  });

  it('clears old cells it no longer needs when the table shrinks', () => {
    const smaller = { ...table, rows: table.rows.slice(0, 3), range: { ...table.range, r1: 5 } };
    const second = plan(smaller, after, registry);
    const result = applied(after, second.ops);
    expect(cellAt(result, 7, 9)).toBeNull(); // J8: was NI 117's Green
    expect(cellAt(result, 6, 9)).toMatch(/^NI Targets ratings:/); // J7: the note now sits under row 6
    expect(ownsCell(second.registry, 'Table A', 7, 9)).toBe(false);
  });

  it('leaves a cell the officer typed over since, and moves aside', () => {
    const typedOver = { ...after, values: after.values.map((r) => [...r]) };
    typedOver.values[4][10] = 'checked by JB'; // K5
    const second = plan(table, typedOver, registry);
    expect(second.notices).toEqual([
      "K5 on 'Table A' was typed over since the last run, so left as it is.",
      "Columns J:L on 'Table A' hold your data, so ratings were written to columns L:N.",
    ]);
    expect(touched(second.ops).has('K5')).toBe(false);
    expect(cellAt(applied(typedOver, second.ops), 4, 10)).toBe('checked by JB');
  });
});

describe("the table's own columns", () => {
  const status: TableColumn = { col: 9, role: 'status', header: 'RAG' };

  it('fills an empty RAG / Status column in the table, and puts the rest beside it', () => {
    const table = buildTable(BROMLEY_YEARS, ROWS, { extra: [status] });
    const { ops, notices } = plan(table, sheetFor(table));
    expect(notices).toEqual([]);
    expect(valueAt(ops, 'J4')).toBe('Green');
    expect(valueAt(ops, 'J3')).toBeUndefined(); // the officer's own header stays
    expect(valueAt(ops, 'K3')).toBe('Direction');
    expect(valueAt(ops, 'L3')).toBe('Trajectory');
  });

  it("does not write into a status column holding the officer's own entries", () => {
    const table = buildTable(BROMLEY_YEARS, ROWS, { extra: [status] });
    const { ops, notices } = plan(table, sheetFor(table, { J4: 'G' }));
    expect(touched(ops).has('J4')).toBe(false);
    expect(valueAt(ops, 'K3')).toBe('RAG 2008/09');
    expect(notices).toEqual([
      "Column J (RAG) on 'Table A' holds your own entries, so the RAG ratings were written to column K.",
    ]);
  });
});

function registrySheet(ops: WriteOp[]): SheetSnapshot {
  const v = ops.find((o): o is Extract<WriteOp, { op: 'values' }> => o.op === 'values');
  return {
    name: '_NITargets',
    index: 1,
    visibility: 'veryHidden',
    origin: { row: 0, col: 0 },
    values: v?.values ?? [],
    formats: null,
    merges: [],
    tables: [],
    protected: false,
  };
}

describe("when recognition takes the columns written last time for the table's own", () => {
  it('renews their headers and writes in place', () => {
    const table = buildTable(BROMLEY_YEARS, ROWS);
    const sheet = sheetFor(table);
    const first = plan(table, sheet);
    const after = applied(sheet, first.ops);
    const registry = readRegistry({ name: 'b', sheets: [after, registrySheet(registryOps(first.registry))] });
    // the recogniser now reads J:L as the table's RAG, direction and trajectory columns
    const grown = buildTable(BROMLEY_YEARS, ROWS, {
      extra: [
        { col: 9, role: 'status', header: 'RAG 2008/09' },
        { col: 10, role: 'direction', header: 'Direction' },
        { col: 11, role: 'trajectory', header: 'Trajectory' },
      ],
    });
    const second = plan(grown, after, registry);
    expect(second.notices).toEqual([]);
    expect(applied(after, second.ops).values).toEqual(after.values);
    expect(valueAt(second.ops, 'J3')).toBe('RAG 2008/09');
  });
});
