/**
 * A generated layout and its ground truth. The truth is written by the generator
 * as it lays the cells out, never read back from the recogniser.
 *
 * Rows are Excel (1-based) row numbers so a miss reads like the sheet; ranges are
 * 0-based RangeRefs like the snapshot's.
 */
import type { RangeRef, WorkbookSnapshot } from '../src/engine/model/snapshot';

export type Rag = 'Green' | 'Amber' | 'Red';

/** What a column of a targets table holds (the list of roles). */
export type TruthRole =
  | 'code'
  | 'title'
  | 'group'
  | 'baseline'
  | 'actual'
  | 'target'
  | 'comparator'
  | 'period'
  | 'unit'
  | 'notes'
  | 'status'
  | 'ignore';

export interface TruthColumn {
  /** 0-based absolute column */
  col: number;
  role: TruthRole;
  /** first calendar year of the period (2009 for 2009/10), for baseline / actual / target */
  year?: number;
  quarter?: number;
  /** the header as written, levels joined by " / " */
  header: string;
}

/** What a row is: a plain indicator, a parent carrying "(a)", its sub-row, an item of a lettered list, a local row. */
export type RowKind = 'indicator' | 'parent' | 'sub' | 'item' | 'local';

export interface TruthRow {
  /** Excel row number */
  row: number;
  kind: RowKind;
  /** normalised: "NI 56b", "CSC 014", or null for an uncoded (local) row */
  code: string | null;
  /** the title without its code or sub-list letter */
  title: string;
  /** the expected RAG, only where the rules in docs/rating.md give one unambiguously */
  rag: Rag | null;
  /** why no RAG is expected, for reading misses ("actual nya", "band indicator") */
  unrated?: string;
  /** the outcome heading the row sits under */
  group: string | null;
}

export interface TruthTable {
  sheet: string;
  /** from the first header row to the last indicator row, table columns only */
  range: RangeRef;
  /** Excel rows of the header, including repeats after page breaks */
  headerRows: number[];
  columns: TruthColumn[];
  rows: TruthRow[];
  /** the year the product rates (latest with an actual), first calendar year */
  ratedYear: number | null;
  /** the Excel table (ListObject) holding it */
  listObject?: string;
}

export interface Truth {
  tables: TruthTable[];
}

export interface Layout {
  /** "L0042" */
  id: string;
  /** the family the layout was generated for */
  family: string;
  /** every family whose feature it shows (a combined layout shows several) */
  features: string[];
  snapshot: WorkbookSnapshot;
  truth: Truth;
}
