/**
 * Rating every indicator row of a targets table for one reporting year: RAG against
 * that year's target, direction of travel against the previous actual, and trajectory
 * against the line from the baseline to the final target. Each rating carries its
 * inputs and a sentence an officer can check by hand.
 */
import type { Catalogue, IndicatorDefinition } from '../catalogue/types';
import type { Settings, Tolerance } from '../model/settings';
import type { IndicatorRow, IndicatorTable, ValueCell } from '../model/tables';
import type { ParsedValue } from '../values/types';
import type { Rating } from './types';
import { RowRating, type RatingFields } from './row-rating';
import { toleranceFor } from './tolerance';
import { settle } from './explain';
import { betterFromTarget, effectiveBetter } from './polarity';
import { rowUnit } from './units';
import { actualCell, cellsByCol, pickCell } from './series';
import {
  headline,
  isChangeTarget,
  readActual,
  readTarget,
  type ActualFigure,
  type NotRated,
  type RowScale,
  type TargetContext,
} from './read-figures';
import { tableContext, type TableContext } from './table-context';
import { previousActual } from './other-years';
import { rateAgainstTarget } from './compare-target';
import { rateParts } from './compare-parts';
import { rateAgainstPrevious } from './compare-previous';
import { rateAgainstLine } from './compare-line';

export type { Rating } from './types';

export function rateTable(table: IndicatorTable, catalogue: Catalogue, settings: Settings): Rating[] {
  const ctx = tableContext(table, catalogue, settings);
  return table.rows.map((row) => rateRow(row, ctx));
}

function definitionFor(row: IndicatorRow, catalogue: Catalogue): IndicatorDefinition | null {
  const found = row.code ? catalogue.lookup(row.code)?.definition : undefined;
  if (found) return found;
  return row.code === null || row.local ? catalogue.lookupLocalByTitle(row.title) : null;
}

/** The unit the row is written in, and whether its actuals are signed (then signed targets are levels). */
function rowScale(row: IndicatorRow, ctx: TableContext): RowScale {
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
  return scale;
}

/** RAG: part by part when both the actual and the target have parts, else the actual against the target. */
function rateRag(
  aCell: ValueCell | null,
  tCell: ValueCell | null,
  rated: TargetContext,
  tolerance: Tolerance,
): { fields: RatingFields; actual: ActualFigure | NotRated } {
  const { label, scale, better } = rated;
  const actual = readActual(aCell, label, scale);
  if (aCell?.parsed.kind === 'compound' && tCell?.parsed.kind === 'compound') {
    return { fields: rateParts(aCell.parsed, tCell.parsed, label, scale, better, tolerance), actual };
  }
  const target = readTarget(tCell, rated);
  return { fields: rateAgainstTarget(label, actual, target, tolerance), actual };
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
  const scale = rowScale(row, ctx);
  const aCell = actualCell(ctx.cols, year, cells);
  const tCell = pickCell(ctx.cols.target.get(year), cells);
  const previous = previousActual(ctx, year, cells, scale);
  const tHead = headline(tCell?.parsed);
  const better = effectiveBetter(def, betterFromTarget(tHead, tHead ? isChangeTarget(tHead, scale) : false));

  const rag = rateRag(aCell, tCell, { label, year, scale, better, previous }, tolerance);
  Object.assign(out, rag.fields);
  if (rag.actual.ok) {
    Object.assign(
      out,
      rateAgainstPrevious(rag.actual, aCell, previous, better, ctx.settings.noChangePercent),
      rateAgainstLine(ctx, cells, scale, rag.actual, better, tolerance),
    );
  }
  return out;
}
