/**
 * The year a targets table is rated for: the one in the settings, else the latest
 * year in the table holding an actual.
 */
import type { Settings } from '../model/settings';
import type { IndicatorTable } from '../model/tables';
import { actualYears, hasFigure, yearColumns, type YearColumns } from './series';

/** The year rated: the setting when given, else the latest year in the table holding an actual. */
export function reportingYear(table: IndicatorTable, settings: Settings): number | null {
  if (settings.year !== null) return settings.year;
  return latestActualYear(table, yearColumns(table));
}

export function latestActualYear(table: IndicatorTable, cols: YearColumns): number | null {
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
