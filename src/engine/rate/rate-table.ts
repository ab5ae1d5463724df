/**
 * Rating every indicator row of a targets table for one reporting year: RAG against
 * that year's target, direction of travel against the previous actual, and trajectory
 * against the line from the baseline to the final target. Each rating carries its
 * inputs and a sentence an officer can check by hand.
 */
import type { Catalogue, IndicatorDefinition } from '../catalogue/types';
import type { Settings, Tolerance } from '../model/settings';
import type { IndicatorRow, IndicatorTable, TableColumn, ValueCell } from '../model/tables';
import type { ParsedValue, Unit } from '../values/types';
import type { Rating, RagRating } from './types';
import { FINAL_IS_BAND, RATED_IN_BASELINE_YEAR, RowRating } from './row-rating';
import { compare, type Comparison } from './rag';
import { directionOf, type Better } from './direction';
import { expectedValue, trajectoryOf } from './trajectory';
import { toleranceFor, toleranceWords } from './tolerance';
import { formatDifference, isPercentScale, settle } from './explain';
import { bandReading, betterFromTarget, effectiveBetter, polarityWords } from './polarity';
import { comparable, rowUnit, sameScale } from './units';
import {
  actualCell,
  actualYears,
  cellsByCol,
  hasFigure,
  labelFor,
  pickCell,
  yearColumns,
  type YearColumns,
} from './series';
import {
  isChangeTarget,
  readActual,
  readTarget,
  type ActualFigure,
  type NotRated,
  type RowScale,
  type TargetFigure,
} from './read-figures';

export type { Rating } from './types';

/** The year rated: the setting when given, else the latest year in the table holding an actual. */
export function reportingYear(table: IndicatorTable, settings: Settings): number | null {
  if (settings.year !== null) return settings.year;
  return latestActualYear(table, yearColumns(table));
}

function latestActualYear(table: IndicatorTable, cols: YearColumns): number | null {
  const years = actualYears(cols).reverse();
  for (const y of years) {
    const colSet = new Set(
      [...(cols.actual.get(y) ?? []), ...(cols.baseline.get(y) ?? [])].map((c) => c.col),
    );
    for (const row of table.rows) {
      for (const v of row.values) if (colSet.has(v.col) && hasFigure(v.parsed)) return y;
    }
  }
  return null;
}

interface TableContext {
  cols: YearColumns;
  /** actual and baseline columns, for telling signed levels from change targets */
  actualCols: Set<number>;
  years: number[];
  year: number | null;
  label: string | null;
  catalogue: Catalogue;
  settings: Settings;
  cells: Map<number, ValueCell>;
}

export function rateTable(table: IndicatorTable, catalogue: Catalogue, settings: Settings): Rating[] {
  const cols = yearColumns(table);
  const year = settings.year ?? latestActualYear(table, cols);
  const actualCols = new Set<number>();
  for (const m of [cols.actual, cols.baseline])
    for (const l of m.values()) for (const c of l) actualCols.add(c.col);
  const ctx: TableContext = {
    cols,
    actualCols,
    years: actualYears(cols),
    year,
    label: year === null ? null : labelFor(cols, year),
    catalogue,
    settings,
    cells: new Map(),
  };
  return table.rows.map((row) => rateRow(row, ctx));
}

function definitionFor(row: IndicatorRow, catalogue: Catalogue): IndicatorDefinition | null {
  const found = row.code ? catalogue.lookup(row.code)?.definition : undefined;
  if (found) return found;
  return row.code === null || row.local ? catalogue.lookupLocalByTitle(row.title) : null;
}

/** A compound cell stands for its unlabelled first figure when it has one. */
function headline(p: ParsedValue | undefined): ParsedValue | undefined {
  if (p?.kind !== 'compound') return p;
  const first = p.parts[0];
  return first && first.label === null ? first.value : undefined;
}

interface Earlier {
  year: number;
  label: string;
  value: number;
  unit: Unit | null;
}

function previousActual(
  ctx: TableContext,
  year: number,
  cells: Map<number, ValueCell>,
  scale: RowScale,
): Earlier | null {
  for (let i = ctx.years.length - 1; i >= 0; i--) {
    const y = ctx.years[i];
    if (y >= year) continue;
    const p = actualCell(ctx.cols, y, cells)?.parsed;
    if (p?.kind !== 'number') continue;
    const c = comparable(p.value, p.unit, scale.unit);
    return { year: y, label: labelFor(ctx.cols, y), value: c.value, unit: c.unit };
  }
  return null;
}

function rateRow(row: IndicatorRow, ctx: TableContext): Rating {
  const def = definitionFor(row, ctx.catalogue);
  const tolerance = toleranceFor(def, ctx.settings);
  const out = new RowRating(row.row, row.code, ctx.label, tolerance);
  if (ctx.year === null || ctx.label === null) {
    out.notRated = 'no actuals';
    out.reason = settle('Not rated: no year in this table has an actual.');
    return out;
  }
  const { year, label } = ctx;
  const cells = cellsByCol(row, ctx.cells);
  const yearValues: ParsedValue[] = [];
  let signedActuals = false;
  for (const v of row.values) {
    if (!ctx.cols.yearCols.has(v.col)) continue;
    yearValues.push(v.parsed);
    if (ctx.actualCols.has(v.col) && v.parsed.kind === 'number' && (v.parsed.signed || v.parsed.value < 0)) {
      signedActuals = true;
    }
  }
  const scale: RowScale = { unit: null, signedActuals };
  scale.unit = rowUnit(yearValues, (v) => isChangeTarget(v, scale));
  const aCell = actualCell(ctx.cols, year, cells);
  const tCell = pickCell(ctx.cols.target.get(year), cells);
  const previous = previousActual(ctx, year, cells, scale);
  const tHead = headline(tCell?.parsed);
  const better = effectiveBetter(def, betterFromTarget(tHead, tHead ? isChangeTarget(tHead, scale) : false));

  const actual = readActual(aCell, label, scale);
  if (aCell?.parsed.kind === 'compound' && tCell?.parsed.kind === 'compound') {
    rateParts(out, aCell.parsed, tCell.parsed, label, scale, better, tolerance);
  } else {
    const target = readTarget(tCell, { label, year, scale, better, previous });
    rag(out, label, actual, target, tolerance);
  }

  if (actual.ok) {
    direction(out, actual, aCell, previous, label, better, ctx.settings.noChangePercent);
    trajectory(out, ctx, cells, scale, actual, label, better, tolerance);
  }
  return out;
}

function notRated(out: RowRating, label: string, n: NotRated): void {
  out.notRated = n.short;
  out.reason = settle(`${label}: not rated, because ${n.why}.`);
}

function outcome(c: Comparison, aim: TargetFigure['aim'], unit: Unit | null, tolerance: Tolerance): string {
  const point = aim.kind === 'band' && aim.low === aim.high;
  if (c.met) return aim.kind === 'band' && !point && Number.isFinite(aim.low) ? 'inside the band' : 'met';
  const missed =
    c.miss === 0 ? 'on the limit but not beyond it' : `missed by ${formatDifference(c.miss, unit)}`;
  if (c.allowance === 0 && tolerance.kind === 'relative') {
    return `${missed}; ${tolerance.value}% of a target of 0 allows no miss`;
  }
  const of =
    aim.kind === 'level' || point ? 'the target' : aim.kind === 'bound' ? 'the limit' : "the band's edge";
  const tol = `the tolerance of ${formatDifference(c.allowance, unit)} (${toleranceWords(tolerance, isPercentScale(unit), of)})`;
  return `${missed}, ${c.rag === 'Amber' ? 'within' : 'more than'} ${tol}`;
}

function rag(
  out: RowRating,
  label: string,
  actual: ActualFigure | NotRated,
  target: TargetFigure | NotRated,
  tolerance: Tolerance,
): void {
  if (actual.ok) {
    out.actual = actual.value;
    out.actualText = actual.text;
    out.unit = actual.unit;
  }
  const shown = target.ok ? target : target.figure;
  if (shown) {
    out.targetText = shown.text;
    out.target = shown.value;
    out.unit = out.unit ?? shown.unit;
  }
  if (!actual.ok) return notRated(out, label, actual);
  if (!target.ok) return notRated(out, label, target);
  if (!sameScale(actual.unit, target.unit)) {
    return notRated(out, label, {
      ok: false,
      short: 'units differ',
      why: 'the actual and the target are in different units',
    });
  }
  const unit = actual.unit ?? target.unit;
  const c = compare(actual.value, target.aim, tolerance);
  out.rag = c.rag;
  out.target = c.against;
  out.assumedUnits = actual.assumed || target.assumed;
  const notes = target.notes.length ? ` (${target.notes.join('; ')})` : '';
  out.reason = settle(
    `${label}: ${actual.text} against a target of ${target.text}${notes}: ${outcome(c, target.aim, unit, tolerance)}, ${c.rag}.`,
  );
}

const WORST: Record<RagRating, number> = { Green: 0, Amber: 1, Red: 2 };

/** "English: 74% Maths: 72%" against "English: 85% Maths: 83%": each part rated, the worse one counts. */
function rateParts(
  out: RowRating,
  actual: Extract<ParsedValue, { kind: 'compound' }>,
  target: Extract<ParsedValue, { kind: 'compound' }>,
  label: string,
  scale: RowScale,
  better: Better,
  tolerance: Tolerance,
): void {
  const byLabel = new Map(target.parts.map((p) => [p.label?.trim().toLowerCase() ?? '', p.value]));
  const phrases: string[] = [];
  let worst: { rag: RagRating; actual: ActualFigure; against: number; unit: Unit | null } | null = null;
  for (const part of actual.parts) {
    const name = part.label?.trim() ?? '';
    const t = byLabel.get(name.toLowerCase());
    const partScale = { ...scale, unit: scale.unit ?? unitOf(part.value) };
    const a = readActual(asCell(part.value), label, partScale);
    const f = t ? readTarget(asCell(t), { label, year: 0, scale: partScale, better, previous: null }) : null;
    if (!a.ok) return notRated(out, label, a);
    if (f && !f.ok) return notRated(out, label, f);
    if (!f || !sameScale(a.unit, f.unit)) {
      const why = `the part '${name || 'unlabelled'}' has no matching figure in the target`;
      return notRated(out, label, { ok: false, short: 'parts differ', why });
    }
    const unit = a.unit ?? f.unit;
    const c = compare(a.value, f.aim, tolerance);
    phrases.push(`${name} ${a.text} against ${f.text}: ${outcome(c, f.aim, unit, tolerance)} (${c.rag})`);
    if (!worst || WORST[c.rag] > WORST[worst.rag])
      worst = { rag: c.rag, actual: a, against: c.against, unit };
    out.assumedUnits ||= a.assumed || f.assumed;
  }
  if (!worst)
    return notRated(out, label, { ok: false, short: 'parts differ', why: 'the actual has no parts' });
  out.rag = worst.rag;
  out.actual = worst.actual.value;
  out.actualText = worst.actual.text;
  out.target = worst.against;
  out.unit = worst.unit;
  const polarity = better === 'higher' || better === 'lower' ? ` (${polarityWords(better)})` : '';
  out.reason = settle(`${label}: ${phrases.join('; ')}${polarity}: ${worst.rag}, the worse of the parts.`);
}

function unitOf(p: ParsedValue): Unit | null {
  return p.kind === 'number' || p.kind === 'bound' || p.kind === 'band' || p.kind === 'dated' ? p.unit : null;
}

function asCell(parsed: ParsedValue): ValueCell {
  return { col: -1, cell: '', raw: null, format: 'General', parsed };
}

function direction(
  out: RowRating,
  actual: ActualFigure,
  aCell: ValueCell | null,
  previous: Earlier | null,
  label: string,
  better: Better,
  noChangePercent: number,
): void {
  if (aCell?.parsed.kind !== 'number' || !previous || !sameScale(actual.unit, previous.unit)) return;
  const d = directionOf(actual.value, previous.value, better, noChangePercent);
  out.direction = d.direction;
  out.previous = { year: previous.label, value: previous.value };
  out.directionWords = {
    better,
    change: d.change,
    unit: actual.unit ?? previous.unit,
    noChangePercent,
  };
}

/** The first figure from a baseline column, else the earliest actual: the line's starting point. */
function baselineOf(ctx: TableContext, cells: Map<number, ValueCell>, scale: RowScale): Earlier | null {
  const sources: [Map<number, TableColumn[]>, number[]][] = [
    [ctx.cols.baseline, ctx.cols.baselineYears],
    [ctx.cols.actual, ctx.cols.actualYears],
  ];
  for (const [m, years] of sources) {
    for (const y of years) {
      const p = pickCell(m.get(y), cells)?.parsed;
      if (p?.kind !== 'number') continue;
      const c = comparable(p.value, p.unit, scale.unit);
      return { year: y, label: labelFor(ctx.cols, y), value: c.value, unit: c.unit };
    }
  }
  return null;
}

/** The latest target that is a level (a number, bound or dated figure), with the year it is for. */
function finalTargetOf(
  ctx: TableContext,
  cells: Map<number, ValueCell>,
  scale: RowScale,
): Earlier | 'band' | null {
  const years = ctx.cols.targetYears;
  for (let i = years.length - 1; i >= 0; i--) {
    const y = years[i];
    const p = headline(pickCell(ctx.cols.target.get(y), cells)?.parsed);
    if (!p) continue;
    if (p.kind === 'band') return 'band';
    if (p.kind !== 'number' && p.kind !== 'bound' && p.kind !== 'dated') continue;
    if (p.kind === 'number' && isChangeTarget(p, scale)) continue;
    const c = comparable(p.value, p.unit, scale.unit);
    // "5.6% by 2011" in a 2008/09 column is for the year ending in 2011
    const split = labelFor(ctx.cols, y).includes('/');
    const due = p.kind === 'dated' ? Math.max(y, split ? p.byYear - 1 : p.byYear) : y;
    return { year: due, label: labelFor(ctx.cols, due), value: c.value, unit: c.unit };
  }
  return null;
}

function trajectory(
  out: RowRating,
  ctx: TableContext,
  cells: Map<number, ValueCell>,
  scale: RowScale,
  actual: ActualFigure,
  label: string,
  better: Better,
  tolerance: Tolerance,
): void {
  const year = ctx.year as number;
  const base = baselineOf(ctx, cells, scale);
  const final = finalTargetOf(ctx, cells, scale);
  if (!base || final === null) return;
  if (final === 'band') {
    out.trajectoryWords = FINAL_IS_BAND;
    return;
  }
  if (final.year <= base.year || !sameScale(base.unit, final.unit) || !sameScale(actual.unit, final.unit))
    return;
  out.baseline = { year: base.label, value: base.value };
  out.finalTarget = { year: final.label, value: final.value };
  if (year <= base.year) {
    out.trajectoryWords = RATED_IN_BASELINE_YEAR;
    return;
  }
  const expected = expectedValue(base, final, year);
  if (expected === null) return;
  out.expected = expected;
  const unit = actual.unit ?? final.unit;
  // on a band indicator the final target is read as in RAG: a ceiling inside the band, else a point
  const way =
    better === 'higher' || better === 'lower' || better === null
      ? better
      : bandReading(better.band, final.value).low < final.value
        ? 'lower'
        : 'either-side';
  if (way === null) {
    out.trajectoryWords = { kind: 'line', way, miss: 0, unit, actualText: actual.text };
    return;
  }
  const t = trajectoryOf(actual.value, expected, way, tolerance);
  out.trajectory = t.trajectory;
  out.trajectoryWords = { kind: 'line', way, miss: t.miss, unit, actualText: actual.text };
}
