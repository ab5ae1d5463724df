/**
 * The one place the corpus calls the product: `analyse` (src/pipeline/analyse.ts),
 * the same read side the CLI and the task pane run (recognise, validate, rate). Its
 * tables and ratings are reduced to what the scorer compares.
 */
import { analyse } from '../src/pipeline/analyse';
import { parseA1 } from '../src/engine/model/a1';
import type { RangeRef, WorkbookSnapshot } from '../src/engine/model/snapshot';
import type { Rag } from './model';

export interface FoundRow {
  /** Excel row number */
  row: number;
  code: string | null;
  title: string;
  rag: Rag | null;
  /** why not rated, as the product says it */
  notRated: string | null;
  ratedYear: string | null;
  /** the column (0-based) of the cell that names the row: its code cell, else its title cell */
  idCol: number | null;
}

export interface FoundColumn {
  col: number;
  /** the product's role; for year columns, "actual" / "baseline" / "target" */
  role: string;
  year?: number;
  quarter?: number;
}

export interface FoundTable {
  sheet: string;
  range: RangeRef;
  kind: 'targets' | 'action-plan';
  rows: FoundRow[];
  columns: FoundColumn[];
}

export interface Found {
  tables: FoundTable[];
  /** NI-VALUE-UNREADABLE findings: every value the generator types is readable by the rules */
  unreadable: number;
  /**
   * NI-RECOGNITION warnings that figures were left unread (rows left out of a table, coded rows outside
   * every table, years down the rows): every row the generator writes is an indicator or a known non-row
   */
  leftOut: number;
}

const LEFT_OUT = /left out of the table|outside every table|run down the rows/;

/** A fixed report date, so findings that depend on today do not change from run to run. */
const AS_OF = '2010-06-30';

export function runProduct(snapshot: WorkbookSnapshot): Found {
  const a = analyse(snapshot, { settings: { asOf: AS_OF } });
  const tables: FoundTable[] = a.tables.map((t) => {
    if (t.kind !== 'targets') return { sheet: t.sheet, range: t.range, kind: t.kind, rows: [], columns: [] };
    const ratings = new Map((a.ratings.get(t) ?? []).map((r) => [r.row, r]));
    return {
      sheet: t.sheet,
      range: t.range,
      kind: t.kind,
      rows: t.rows.map((r) => {
        const g = ratings.get(r.row);
        const named = r.codeCell ?? r.titleCell;
        return {
          row: r.row + 1,
          code: r.code,
          title: r.title,
          rag: g?.rag ?? null,
          notRated: g?.notRated ?? null,
          ratedYear: g?.ratedYear ?? null,
          idCol: named === undefined ? null : parseA1(named).col,
        };
      }),
      columns: t.columns.map((c) =>
        c.role === 'year' && c.year
          ? {
              col: c.col,
              role: c.year.role,
              year: c.year.year,
              ...(c.year.quarter ? { quarter: c.year.quarter } : {}),
            }
          : { col: c.col, role: c.role },
      ),
    };
  });
  return {
    tables,
    unreadable: a.findings.filter((f) => f.rule === 'NI-VALUE-UNREADABLE').length,
    leftOut: a.findings.filter((f) => f.rule === 'NI-RECOGNITION' && LEFT_OUT.test(f.message)).length,
  };
}
