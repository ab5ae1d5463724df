/**
 * Figures from years other than the rated one, on the row's scale: the previous
 * actual (for the direction of travel), the baseline and the final target (for the
 * trajectory's line).
 */
import type { TableColumn, ValueCell } from '../model/tables';
import type { Unit } from '../values/types';
import { headline, isChangeTarget, type RowScale } from './read-figures';
import { actualCell, labelFor, pickCell } from './series';
import type { TableContext } from './table-context';
import { comparable } from './units';

export interface Earlier {
  year: number;
  label: string;
  value: number;
  unit: Unit | null;
}

/** The latest actual before `year` that is a number. */
export function previousActual(
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

/** The first figure from a baseline column, else the earliest actual: the line's starting point. */
export function baselineOf(
  ctx: TableContext,
  cells: Map<number, ValueCell>,
  scale: RowScale,
): Earlier | null {
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
export function finalTargetOf(
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
