/**
 * An independent reading of a generated layout's grid, to check the generator's
 * truth against the cells it wrote: a row's code is in its code cell or title, and
 * the RAG is what the rated year's actual and target cells give under the rules in
 * docs/rating.md (5% relative tolerance, polarity from the catalogue or the
 * workbook's definitions sheet). Written apart from corpus/rating.ts on purpose.
 */
import catalogue from '../../src/engine/catalogue/ni-catalogue.json';
import type { SheetSnapshot } from '../../src/engine/model/snapshot';
import { cellAt, formatAt } from '../../src/engine/model/snapshot';
import type { Layout, TruthRow, TruthTable } from '../../corpus/model';

const POLARITY = new Map(
  (catalogue as { code: string; polarity: string }[]).map((e) => [e.code, e.polarity]),
);

/** The figure a cell holds as the rules read it: the first number, percent formats scaled. */
export function figureOf(sheet: SheetSnapshot, row: number, col: number): number | null {
  const v = cellAt(sheet, row, col);
  if (typeof v === 'number') return formatAt(sheet, row, col).includes('%') ? v * 100 : v;
  if (typeof v !== 'string') return null;
  const m = /-?\d+(\.\d+)?/.exec(v.replace(/,/g, ''));
  return m ? Number(m[0]) : null;
}

/**
 * Every code a text may hold: "NI 056", "N1 117", "NI112", "NI-55", "NI.55", "N.I. 55", "112" (alone),
 * "CSC014" -> "NI 56", "NI 117"...
 */
export function codesIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\b(CSC)\s?(\d{3})\b/g)) out.push(`${m[1]} ${m[2]}`);
  for (const re of [/\bN\.?[I1]\.?[\s.-]?0*(\d{1,3})([a-h]?)\b/g, /\bN\s?0*(\d{1,3})([a-h]?)\b/g])
    for (const m of text.matchAll(re)) out.push(`NI ${Number(m[1])}${m[2]}`);
  const bare = /^0*(\d{1,3})([a-h]?)$/.exec(text.trim());
  if (bare) out.push(`NI ${Number(bare[1])}${bare[2]}`);
  // a cell of a code alone, any case, its letter bare or bracketed: "ni 54", "NI 56A", "NI 56 (a)"
  const alone = /^ni\s?0*(\d{1,3})\s?\(?([a-h]?)\)?$/i.exec(text.trim());
  if (alone) out.push(`NI ${Number(alone[1])}${alone[2].toLowerCase()}`);
  return out;
}

function definitions(layout: Layout): Map<string, string> {
  const out = new Map<string, string>();
  const defs = layout.snapshot.sheets.find((s) => s.name === 'Definitions');
  if (!defs) return out;
  for (let r = 1; r < defs.values.length; r++) {
    const p = String(defs.values[r][2] ?? '').toLowerCase();
    out.set(
      String(defs.values[r][0]),
      /higher|bigger/.test(p) ? 'higher' : /lower|smaller/.test(p) ? 'lower' : 'none',
    );
  }
  return out;
}

function ratedCols(t: TruthTable): { actual: number | null; target: number | null } {
  const y = t.ratedYear;
  const of = (role: string, quarter: boolean): number[] =>
    t.columns
      .filter((c) => c.role === role && c.year === y && Boolean(c.quarter) === quarter)
      .map((c) => c.col);
  const actual = of('actual', false)[0] ?? of('actual', true).pop() ?? of('baseline', false)[0] ?? null;
  return { actual, target: of('target', false)[0] ?? null };
}

/** The RAG the grid gives a truth row, or null when the check cannot read one. */
export function ragFromGrid(layout: Layout, t: TruthTable, r: TruthRow): string | null {
  const sheet = layout.snapshot.sheets.find((s) => s.name === t.sheet);
  const cols = ratedCols(t);
  if (!sheet || cols.actual === null || cols.target === null || r.code === null) return null;
  const parent = r.code.replace(/[a-h]$/, '');
  const polarity = POLARITY.get(parent) ?? definitions(layout).get(r.code);
  const a = figureOf(sheet, r.row - 1, cols.actual);
  const tg = figureOf(sheet, r.row - 1, cols.target);
  if (a === null || tg === null || (polarity !== 'higher' && polarity !== 'lower')) return null;
  const miss = polarity === 'lower' ? a - tg : tg - a;
  if (miss <= 1e-9) return 'Green';
  return miss <= Math.abs(tg) * 0.05 + 1e-9 ? 'Amber' : 'Red';
}

/** Every text of a row, for finding its code. */
export function rowTexts(sheet: SheetSnapshot, row: number, c0: number, c1: number): string[] {
  const out: string[] = [];
  for (let c = c0; c <= c1; c++) {
    const v = cellAt(sheet, row, c);
    if (v !== null) out.push(String(v));
  }
  return out;
}
