/** What rating needs about a targets table, worked out once for all its rows. */
import type { Catalogue } from '../catalogue/types';
import type { Settings } from '../model/settings';
import type { IndicatorTable, ValueCell } from '../model/tables';
import { latestActualYear } from './rating-year';
import { actualYears, labelFor, yearColumns, type YearColumns } from './series';

export interface TableContext {
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

export function tableContext(table: IndicatorTable, catalogue: Catalogue, settings: Settings): TableContext {
  const cols = yearColumns(table);
  const year = settings.year ?? latestActualYear(table, cols);
  const actualCols = new Set<number>();
  for (const m of [cols.actual, cols.baseline])
    for (const l of m.values()) for (const c of l) actualCols.add(c.col);
  return {
    cols,
    actualCols,
    years: actualYears(cols),
    year,
    label: year === null ? null : labelFor(cols, year),
    catalogue,
    settings,
    cells: new Map(),
  };
}
