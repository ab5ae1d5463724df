/**
 * Lays a TableSpec out on a sheet and writes its truth as it goes: header rows,
 * body rows (indicators, sub-rows, lettered lists, headings, blanks, repeated page
 * headers), an Excel table with a totals row, and notes beside the table.
 */
import type { CellValue, RangeRef } from '../src/engine/model/snapshot';
import type { SheetGrid } from './grid';
import { buildHeads, headerDepth, headerTexts, type Heads } from './header';
import type { Indicator } from './indicators';
import { scaleFor } from './indicators';
import { identityOf, type Identity } from './identity';
import type { TruthColumn, TruthRow, TruthTable } from './model';
import type { Rng } from './prng';
import { rowSeries } from './series';
import type { ColSpec, LeadKind, RowPlan, TableSpec } from './spec';
import { comment, refNumber, textFor } from './texts';
import { typeFigure } from './values';
import type { YearCol } from './years';

export interface RenderedTable {
  truth: TruthTable;
  height: number;
  /** columns used, side notes included */
  width: number;
}

/** A percentage stand-in for rows with no indicator of their own (lettered lists). */
const ITEM_INDICATOR: Indicator = {
  code: '',
  number: null,
  title: '',
  shortTitle: '',
  unit: 'percent',
  polarity: 'higher',
  outcome: null,
  subs: [],
  local: true,
};

export function writeHeads(grid: SheetGrid, heads: Heads, r0: number, c0: number): void {
  const depth = heads[0]?.length ?? 0;
  for (let level = 0; level < depth; level++) {
    let i = 0;
    while (i < heads.length) {
      const cell = heads[i][level];
      let j = i + 1;
      while (cell && !cell.down && j < heads.length && heads[j][level]?.key === cell.key) j++;
      if (cell) {
        // a calendar year on its own is typed as a number; a "2009/10" Excel made a date is one
        if (cell.date) grid.set(r0 + level, c0 + i, cell.date.serial, cell.date.fmt);
        else grid.set(r0 + level, c0 + i, /^(19|20)\d\d$/.test(cell.text) ? Number(cell.text) : cell.text);
        const r1 = cell.down ? r0 + depth - 1 : r0 + level;
        grid.merge({ r0: r0 + level, c0: c0 + i, r1, c1: c0 + j - 1 });
      }
      i = j;
    }
  }
}

/** The year rating uses: the latest with an actual (a baseline counts as one). */
export function ratedYearOf(spec: TableSpec): number | null {
  let y: number | null = null;
  for (const c of spec.columns)
    if (c.kind === 'year' && c.y.role !== 'target' && (y === null || c.y.year > y)) y = c.y.year;
  return y;
}

function truthColumn(c: ColSpec, col: number, header: string): TruthColumn {
  switch (c.kind) {
    case 'year':
      return {
        col,
        role: c.y.role,
        year: c.y.year,
        ...(c.y.quarter ? { quarter: c.y.quarter } : {}),
        header,
      };
    case 'code':
    case 'title':
    case 'status':
    case 'notes':
    case 'comparator':
      return { col, role: c.kind, header };
    case 'text':
      return { col, role: c.text === 'comments' ? 'notes' : 'ignore', header };
    default:
      return { col, role: 'ignore', header };
  }
}

interface BodyState {
  r: number;
  group: string | null;
  rows: TruthRow[];
  headerRows: number[];
  lastBody: number;
  indicatorCount: number;
  /** year-column figures written, for a totals row */
  sums: Map<number, number>;
}

/** 1.1.1 (text), 1.2 (typed as a number, as Excel keeps it), or a priority number. */
function leadCell(lead: LeadKind, n: number): { v: CellValue; fmt: string } | null {
  if (lead === 'spacer') return null;
  if (lead === 'ref') return { v: refNumber(n, 3, 1 + Math.floor(n / 6)), fmt: 'General' };
  if (lead === 'ref2') return { v: Number(refNumber(n, 2, 1 + Math.floor(n / 3))), fmt: 'General' };
  return { v: 1 + Math.floor(n / 3), fmt: 'General' };
}

function otherCell(c: ColSpec, n: number, rng: Rng, ind: Indicator): { v: CellValue; fmt: string } | null {
  switch (c.kind) {
    case 'lead':
      return leadCell(c.lead, n);
    case 'text':
      return { v: textFor(c.text, rng), fmt: 'General' };
    case 'status':
      if (c.fill === 'empty') return null;
      return {
        v: c.fill === 'letters' ? rng.pick(['G', 'A', 'R']) : rng.pick(['Green', 'Amber', 'Red', 'On track']),
        fmt: 'General',
      };
    case 'notes':
      return rng.chance(0.6) ? { v: comment(rng), fmt: 'General' } : null;
    case 'comparator': {
      const s = scaleFor(ind);
      const t = typeFigure(
        rng.float(s.lo, s.hi),
        s.decimals,
        ind.unit,
        ind.unit === 'percent' ? 'pct-text' : 'bare',
        rng,
      );
      return { v: t.v, fmt: t.fmt };
    }
    default:
      return null;
  }
}

function indicatorRow(
  grid: SheetGrid,
  spec: TableSpec,
  id: Identity,
  c0: number,
  st: BodyState,
  rng: Rng,
): void {
  const years: YearCol[] = spec.columns
    .filter((c): c is Extract<ColSpec, { kind: 'year' }> => c.kind === 'year')
    .map((c) => c.y);
  const first = st.indicatorCount === 0;
  const series = rowSeries(
    {
      unit: id.ind.unit,
      lower: id.ind.polarity === 'lower',
      scale: scaleFor(id.ind),
      cols: years,
      ratedYear: ratedYearOf(spec),
      style: spec.values,
      unratedBecause: id.unratedBecause,
      statusActual: !first && rng.chance(spec.statusShare),
      statusTarget: !first && rng.chance(spec.statusShare / 3),
    },
    rng,
  );
  let k = 0;
  spec.columns.forEach((c, i) => {
    const col = c0 + i;
    if (c.kind === 'code') grid.set(st.r, col, id.codeCell);
    else if (c.kind === 'title') grid.set(st.r, col, id.titleText);
    else if (c.kind === 'year') {
      const cell = series.cells[k++];
      grid.set(st.r, col, cell.v, cell.fmt);
      if (cell.figure !== null) st.sums.set(col, (st.sums.get(col) ?? 0) + cell.figure);
    } else {
      const o = otherCell(c, st.indicatorCount, rng, id.ind);
      if (o) grid.set(st.r, col, o.v, o.fmt);
    }
  });
  st.rows.push({
    row: st.r + 1,
    kind: id.kind,
    code: id.code,
    title: id.title,
    rag: series.rag,
    ...(series.unrated ? { unrated: series.unrated } : {}),
    group: st.group,
  });
  st.indicatorCount++;
  st.lastBody = st.r;
  st.r++;
}

function headingRow(
  grid: SheetGrid,
  spec: TableSpec,
  text: string,
  c0: number,
  st: BodyState,
  list: boolean,
): void {
  const titleIdx = spec.columns.findIndex((c) => c.kind === 'title');
  const place = list ? 'title' : spec.headingPlacement;
  const col = place === 'title' && titleIdx >= 0 ? c0 + titleIdx : c0;
  grid.set(st.r, col, text);
  if (place === 'merged') grid.merge({ r0: st.r, c0, r1: st.r, c1: c0 + spec.columns.length - 1 });
  if (!list) st.group = text;
  st.r++;
}

function bodyRow(
  grid: SheetGrid,
  spec: TableSpec,
  plan: RowPlan,
  heads: Heads,
  c0: number,
  st: BodyState,
  rng: Rng,
): void {
  switch (plan.kind) {
    case 'blank':
      st.r++;
      return;
    case 'comment':
      commentRow(grid, spec, plan.text, c0, st);
      return;
    case 'heading':
    case 'list-heading':
      headingRow(grid, spec, plan.text, c0, st, plan.kind === 'list-heading');
      return;
    case 'repeat': {
      if (plan.caption) grid.set(st.r++, c0, plan.caption);
      writeHeads(grid, heads, st.r, c0);
      for (let k = 0; k < heads[0].length; k++) st.headerRows.push(st.r + k + 1);
      st.r += heads[0].length;
      return;
    }
    default: {
      const id = identityOf(spec, plan, rng, ITEM_INDICATOR);
      if (id) indicatorRow(grid, spec, id, c0, st, rng);
    }
  }
}

/** Excel's default totals row: "Total" on the left, the sum of the last column. */
function totalsRow(grid: SheetGrid, spec: TableSpec, c0: number, st: BodyState): void {
  grid.set(st.r, c0, 'Total');
  const last = c0 + spec.columns.length - 1;
  const sum = st.sums.get(last);
  if (sum !== undefined) grid.set(st.r, last, Math.round(sum * 10) / 10);
  st.r++;
}

/** Under the body: the Excel table around it with its totals row, or an officer's own totals row. */
function closeBody(
  grid: SheetGrid,
  spec: TableSpec,
  at: { r0: number; c0: number; width: number },
  st: BodyState,
): void {
  if (!spec.listObject) {
    if (spec.totalsRow) sumsRow(grid, spec, at.c0, st);
    return;
  }
  if (spec.listObject.totals) totalsRow(grid, spec, at.c0, st);
  const range: RangeRef = { r0: at.r0, c0: at.c0, r1: st.r - 1, c1: at.c0 + at.width - 1 };
  grid.addTable(spec.listObject.name, range);
}

/** Prose under an indicator, in its first year column, merged across all of them. */
function commentRow(grid: SheetGrid, spec: TableSpec, text: string, c0: number, st: BodyState): void {
  const years = spec.columns.flatMap((c, i) => (c.kind === 'year' ? [c0 + i] : []));
  if (years.length > 0) {
    grid.set(st.r, years[0], text);
    grid.merge({ r0: st.r, c0: years[0], r1: st.r, c1: years[years.length - 1] });
  }
  st.r++;
}

/** An officer's own totals row: "Total" where the titles are, each year column's sum under it. */
function sumsRow(grid: SheetGrid, spec: TableSpec, c0: number, st: BodyState): void {
  const title = spec.columns.findIndex((c) => c.kind === 'title');
  grid.set(st.r, c0 + Math.max(0, title), 'Total');
  spec.columns.forEach((c, i) => {
    const sum = st.sums.get(c0 + i);
    if (c.kind === 'year' && sum !== undefined) grid.set(st.r, c0 + i, Math.round(sum * 10) / 10);
  });
  st.r++;
}

function sideNotes(
  grid: SheetGrid,
  spec: TableSpec,
  r0: number,
  depth: number,
  c: number,
  st: BodyState,
  rng: Rng,
): void {
  const notes = spec.sideNotes;
  if (!notes) return;
  if (notes.header) grid.set(notes.headerAbove ? r0 - 1 : r0 + depth - 1, c, notes.header);
  for (const row of st.rows) {
    if (!rng.chance(0.7)) continue;
    const text = notes.long
      ? `${comment(rng)}. ${comment(rng)}; reported to the board in ${rng.pick(['March', 'June', 'October'])} 2010.`
      : comment(rng);
    grid.set(row.row - 1, c, text);
  }
}

export function renderTable(
  grid: SheetGrid,
  spec: TableSpec,
  r0: number,
  c0: number,
  rng: Rng,
): RenderedTable {
  const heads = buildHeads(spec);
  const depth = headerDepth(spec.header);
  const texts = headerTexts(heads);
  writeHeads(grid, heads, r0, c0);
  const st: BodyState = {
    r: r0 + depth,
    group: null,
    rows: [],
    headerRows: [],
    lastBody: r0 + depth - 1,
    indicatorCount: 0,
    sums: new Map(),
  };
  for (let k = 0; k < depth; k++) st.headerRows.push(r0 + k + 1);
  for (const plan of spec.rows) bodyRow(grid, spec, plan, heads, c0, st, rng);
  const width = spec.columns.length;
  const columns = spec.columns.map((c, i) => truthColumn(c, c0 + i, texts[i]));
  const notes = spec.sideNotes;
  const notesCol = c0 + width + (notes?.gap ?? 0);
  sideNotes(grid, spec, r0, depth, notesCol, st, rng);
  const notesInside = notes !== null && notes.gap === 0 && notes.header !== null && !notes.headerAbove;
  if (notesInside) columns.push({ col: notesCol, role: 'notes', header: notes.header ?? '' });
  const lastBody = st.lastBody;
  closeBody(grid, spec, { r0: r0 + depth - 1, c0, width }, st);
  const truth: TruthTable = {
    sheet: grid.name,
    range: { r0, c0, r1: lastBody, c1: notesInside ? notesCol : c0 + width - 1 },
    headerRows: st.headerRows,
    columns,
    rows: st.rows,
    ratedYear: ratedYearOf(spec),
    ...(spec.listObject ? { listObject: spec.listObject.name } : {}),
  };
  return { truth, height: st.r - r0, width: notes ? notesCol - c0 + 1 : width };
}
