/**
 * A layout as sheets of strips: each strip is a row of items side by side (a table,
 * lines of text, a key, a non-indicator table), strips stacked with blank rows
 * between. Families change the plan; compose() writes the cells and collects the
 * truth of every table.
 */
import type { Distractor } from './blocks';
import { writeDistractor, writeKey, writeLines, type Size } from './blocks';
import { SheetGrid } from './grid';
import type { Indicator } from './indicators';
import { IndicatorPool } from './indicators';
import type { Layout, TruthTable } from './model';
import type { Rng } from './prng';
import { renderTable } from './render-table';
import { baseTable, type TableSpec } from './spec';
import { SHEET_NAMES, TABLE_TITLES } from './texts';

export type Item =
  | { kind: 'table'; spec: TableSpec }
  | { kind: 'lines'; lines: string[] }
  | { kind: 'key'; entries: [string, string][]; twoCols: boolean }
  | { kind: 'distractor'; which: Distractor };

export interface Strip {
  items: Item[];
  /** blank columns between items */
  gapCols: number;
  /** blank rows after the strip */
  gapRows: number;
}

export interface SheetPlan {
  name: string;
  startRow: number;
  startCol: number;
  strips: Strip[];
}

export interface LayoutPlan {
  id: string;
  family: string;
  features: Set<string>;
  sheets: SheetPlan[];
  pool: IndicatorPool;
  /** the table families change first */
  main: TableSpec;
  /** local indicators the workbook's definitions sheet defines */
  definitions: Indicator[];
}

export function basePlan(id: string, family: string, rng: Rng): LayoutPlan {
  const pool = new IndicatorPool(rng.fork('pool'));
  const main = baseTable(rng, pool);
  const strips: Strip[] = [];
  if (rng.chance(0.6))
    strips.push({
      items: [{ kind: 'lines', lines: [rng.pick(TABLE_TITLES)] }],
      gapCols: 0,
      gapRows: rng.int(0, 1),
    });
  strips.push({ items: [{ kind: 'table', spec: main }], gapCols: 1, gapRows: 1 });
  const sheet: SheetPlan = {
    name: rng.pick(SHEET_NAMES),
    startRow: rng.int(0, 2),
    startCol: rng.int(0, 1),
    strips,
  };
  return { id, family, features: new Set([family]), sheets: [sheet], pool, main, definitions: [] };
}

/** The strip holding a table, and the sheet it is on. */
export function stripOf(plan: LayoutPlan, spec: TableSpec): { sheet: SheetPlan; index: number } {
  for (const sheet of plan.sheets) {
    const index = sheet.strips.findIndex((s) =>
      s.items.some((it) => it.kind === 'table' && it.spec === spec),
    );
    if (index >= 0) return { sheet, index };
  }
  throw new Error(`table ${spec.name} is on no sheet`);
}

export function allTables(plan: LayoutPlan): TableSpec[] {
  const out: TableSpec[] = [];
  for (const sh of plan.sheets)
    for (const s of sh.strips) for (const it of s.items) if (it.kind === 'table') out.push(it.spec);
  return out;
}

function writeItem(grid: SheetGrid, item: Item, r: number, c: number, rng: Rng, truths: TruthTable[]): Size {
  switch (item.kind) {
    case 'table': {
      const t = renderTable(grid, item.spec, r, c, rng);
      truths.push(t.truth);
      return { height: t.height, width: t.width };
    }
    case 'lines':
      return writeLines(grid, item.lines, r, c);
    case 'key':
      return writeKey(grid, item.entries, r, c, item.twoCols);
    default:
      return writeDistractor(grid, item.which, r, c, rng);
  }
}

function writeSheet(plan: SheetPlan, rng: Rng, truths: TruthTable[]): SheetGrid {
  const grid = new SheetGrid(plan.name);
  let r = plan.startRow;
  for (const strip of plan.strips) {
    let c = plan.startCol;
    let height = 0;
    for (const item of strip.items) {
      const size = writeItem(grid, item, r, c, rng, truths);
      c += size.width + strip.gapCols;
      height = Math.max(height, size.height);
    }
    r += height + strip.gapRows;
  }
  return grid;
}

const POLARITY_WORDS: Record<string, string[]> = {
  higher: ['Higher is better', 'Higher', 'Bigger is better'],
  lower: ['Lower is better', 'Lower', 'Smaller is better'],
};
const UNIT_WORDS: Record<string, string> = {
  percent: '%',
  days: 'days',
  count: 'number',
  'rate-per-1000': 'per 1000',
};

function definitionsSheet(defs: Indicator[], rng: Rng): SheetGrid {
  const grid = new SheetGrid('Definitions');
  ['Code', 'Title', 'Polarity', 'Unit'].forEach((h, c) => grid.set(0, c, h));
  defs.forEach((d, i) => {
    grid.set(i + 1, 0, d.code);
    grid.set(i + 1, 1, d.title);
    grid.set(i + 1, 2, rng.pick(POLARITY_WORDS[d.polarity] ?? ['None']));
    grid.set(i + 1, 3, UNIT_WORDS[d.unit] ?? 'number');
  });
  return grid;
}

export function compose(plan: LayoutPlan, rng: Rng): Layout {
  const truths: TruthTable[] = [];
  const grids = plan.sheets.map((s) => writeSheet(s, rng, truths));
  if (plan.definitions.length > 0) grids.push(definitionsSheet(plan.definitions, rng));
  return {
    id: plan.id,
    family: plan.family,
    features: [...plan.features],
    snapshot: { name: `${plan.id}.xlsx`, sheets: grids.map((g, i) => g.toSnapshot(i)) },
    truth: { tables: truths },
  };
}
