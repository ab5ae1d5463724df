/** Scoring one layout against what the product found (see score.ts for the rules). */
import type { Layout, TruthColumn, TruthRow, TruthTable } from './model';
import type { Found, FoundColumn, FoundRow, FoundTable } from './product';
import {
  emptyCounts,
  matchTables,
  normCode,
  overlapArea,
  reasonClass,
  titleMatches,
  type Counts,
  type LayoutScore,
  type Miss,
  type MissKind,
} from './score';

interface Ctx {
  layout: Layout;
  counts: Counts;
  misses: Miss[];
}

function miss(
  ctx: Ctx,
  kind: MissKind,
  sheet: string,
  row: number,
  expected: string,
  found: string,
  key: string,
): void {
  ctx.misses.push({
    layout: ctx.layout.id,
    family: ctx.layout.family,
    kind,
    sheet,
    row,
    expected,
    found,
    key,
  });
}

function expectedText(e: TruthRow): string {
  return `${e.code ?? '(no code)'}, ${e.rag ?? `no RAG (${e.unrated ?? '?'})`}`;
}

function foundText(f: FoundRow): string {
  return `${f.code ?? '(no code)'}, ${f.rag ? `${f.rag} for ${f.ratedYear ?? '?'}` : `not rated: ${f.notRated ?? '?'}`}`;
}

function scoreRating(ctx: Ctx, t: TruthTable, e: TruthRow, f: FoundRow): void {
  if (!e.rag) return;
  ctx.counts.ratingsExpected++;
  if (f.rag === e.rag) {
    ctx.counts.ratingsCorrect++;
    return;
  }
  const key = f.rag ? `rating: ${f.rag} where ${e.rag}` : `rating: not rated (${reasonClass(f.notRated)})`;
  miss(ctx, 'rating', t.sheet, e.row, expectedText(e), foundText(f), key);
}

function scoreRow(ctx: Ctx, t: TruthTable, e: TruthRow, candidates: FoundTable[]): void {
  ctx.counts.rowsExpected++;
  // the same row number in a table beside this one is not this row: the cell naming it must be ours
  const ours = (r: FoundRow): boolean => r.idCol === null || (r.idCol >= t.range.c0 && r.idCol <= t.range.c1);
  const f = candidates.flatMap((c) => c.rows).find((r) => r.row === e.row && ours(r));
  if (!f) {
    if (e.rag) ctx.counts.ratingsExpected++;
    miss(ctx, 'row', t.sheet, e.row, expectedText(e), 'not read', `row not read: ${e.kind}`);
    return;
  }
  ctx.counts.rowsFound++;
  if (normCode(f.code) === normCode(e.code)) ctx.counts.codesCorrect++;
  else
    miss(
      ctx,
      'code',
      t.sheet,
      e.row,
      expectedText(e),
      foundText(f),
      `code: ${f.code === null ? 'none' : 'wrong'} on ${e.kind} row${e.code === null ? ' (uncoded)' : ''}`,
    );
  if (titleMatches(e.title, f.title)) ctx.counts.titlesCorrect++;
  else miss(ctx, 'title', t.sheet, e.row, `"${e.title}"`, `"${f.title}"`, 'title: other text');
  scoreRating(ctx, t, e, f);
}

const SCORED_ROLES = new Set(['code', 'title', 'actual', 'baseline', 'target']);

function columnText(role: string, year?: number, quarter?: number): string {
  return `${role}${year ? ` ${year}` : ''}${quarter ? ` Q${quarter}` : ''}`;
}

function sameColumn(c: TruthColumn, got: FoundColumn | undefined): boolean {
  if (!got || got.role !== c.role) return false;
  return c.year === undefined || (got.year === c.year && (got.quarter ?? 0) === (c.quarter ?? 0));
}

function scoreColumns(ctx: Ctx, t: TruthTable, f: FoundTable | null): void {
  for (const c of t.columns) {
    if (!SCORED_ROLES.has(c.role)) continue;
    ctx.counts.columnsExpected++;
    const got = f?.columns.find((x) => x.col === c.col);
    if (sameColumn(c, got)) ctx.counts.columnsCorrect++;
    else if (f) {
      const gotText = got ? columnText(got.role, got.year, got.quarter) : 'not a column';
      const want = `${columnText(c.role, c.year, c.quarter)} ("${c.header}")`;
      const key = `column: ${c.role} read as ${got ? got.role : 'nothing'}`;
      miss(ctx, 'column', t.sheet, t.headerRows[0], want, gotText, key);
    }
  }
}

function scoreTable(
  ctx: Ctx,
  t: TruthTable,
  matched: FoundTable | null,
  found: FoundTable[],
  all: TruthTable[],
  assigned: (FoundTable | null)[],
): void {
  ctx.counts.tablesExpected++;
  if (matched) ctx.counts.tablesFound++;
  else {
    const merged = found.find((f) => f.sheet === t.sheet && overlapArea(f.range, t.range) > 0);
    const into = merged ? all[assigned.indexOf(merged)] : undefined;
    const key = merged
      ? into
        ? 'table: merged into another table'
        : `table: read as ${merged.kind}`
      : 'table: not found';
    miss(
      ctx,
      'table',
      t.sheet,
      t.headerRows[0],
      `${t.rows.length} rows from row ${t.headerRows[0]}`,
      merged ? `part of a table from row ${merged.range.r0 + 1}` : 'nothing',
      key,
    );
  }
  const candidates = found.filter(
    (f) => f.kind === 'targets' && f.sheet === t.sheet && overlapArea(f.range, t.range) > 0,
  );
  for (const e of t.rows) scoreRow(ctx, t, e, candidates);
  scoreColumns(ctx, t, matched);
}

function scoreFoundExtras(ctx: Ctx, found: FoundTable[], assigned: (FoundTable | null)[]): void {
  const expected = ctx.layout.truth.tables;
  const rowsOf = new Set(expected.flatMap((t) => t.rows.map((r) => `${t.sheet}!${r.row}`)));
  for (const f of found) {
    const overlaps = expected.some((t) => t.sheet === f.sheet && overlapArea(t.range, f.range) > 0);
    if (!overlaps) {
      ctx.counts.falseTables++;
      miss(
        ctx,
        'false-table',
        f.sheet,
        f.range.r0 + 1,
        'no table',
        `${f.kind} table, ${f.rows.length} rows`,
        'false table',
      );
    } else if (!assigned.includes(f)) ctx.counts.extraTables++;
    for (const r of f.rows) {
      if (rowsOf.has(`${f.sheet}!${r.row}`)) continue;
      ctx.counts.spuriousRows++;
      miss(
        ctx,
        'spurious-row',
        f.sheet,
        r.row,
        'not an indicator',
        `${r.code ?? '(no code)'} "${r.title.slice(0, 40)}"`,
        'spurious row',
      );
    }
  }
}

export function scoreLayout(layout: Layout, found: Found): LayoutScore {
  const ctx: Ctx = { layout, counts: emptyCounts(), misses: [] };
  ctx.counts.layouts = 1;
  ctx.counts.unreadable = found.unreadable;
  ctx.counts.leftOut = found.leftOut;
  const expected = layout.truth.tables;
  const assigned = matchTables(expected, found.tables);
  expected.forEach((t, i) => scoreTable(ctx, t, assigned[i], found.tables, expected, assigned));
  scoreFoundExtras(ctx, found.tables, assigned);
  return { counts: ctx.counts, misses: ctx.misses };
}
