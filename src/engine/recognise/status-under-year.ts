/**
 * A year's header merged over two columns, the figure and its RAG ("2009/10 Target" over
 * "36 | G"): the column of status words is the officer's own RAG column, not a second
 * target for that year (which read "G" as an unreadable target and the year as given twice).
 * Decided by the cells, and only for a column whose year and use another column already has.
 */
import type { TableColumn } from '../model/tables';
import type { IndicatorColumns } from './indicator-columns';
import type { SheetView } from './sheet-view';

/** What officers type in their own RAG column beside a figure. */
const STATUS_WORD =
  /^(?:r|a|g|red|amber|green|[rag]\s*\/\s*[rag]|met|not met|on track|off track|at risk|achieved|not achieved)$/i;

function sameYear(a: TableColumn, b: TableColumn): boolean {
  return (
    a.year !== undefined &&
    b.year !== undefined &&
    a.year.year === b.year.year &&
    a.year.role === b.year.role &&
    a.year.quarter === b.year.quarter
  );
}

/** Every filled cell of the column in the sampled rows is a status word, and there are some. */
function holdsStatusWords(view: SheetView, rows: readonly number[], col: number): boolean {
  let words = 0;
  for (const r of rows) {
    const v = view.value(r, col);
    if (v === null || v === '') continue;
    if (typeof v !== 'string' || !STATUS_WORD.test(v.trim())) return false;
    words++;
  }
  return words >= Math.min(2, rows.length);
}

/** Turns such columns into status columns, in `cols`. */
export function statusUnderYear(view: SheetView, rows: readonly number[], cols: IndicatorColumns): void {
  const years = cols.columns.filter((c) => c.role === 'year');
  for (const c of years) {
    if (!years.some((o) => o !== c && o.role === 'year' && sameYear(o, c))) continue;
    if (!holdsStatusWords(view, rows, c.col)) continue;
    c.role = 'status';
    delete c.year;
    cols.valueCols = cols.valueCols.filter((x) => x !== c.col);
  }
}
