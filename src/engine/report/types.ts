/**
 * Board-report models: what Table A and Table B say, independent of where they are
 * shown. Renderers turn them into a sheet (write plan), Word, HTML or CSV; every
 * cell is already display text, so all outputs read the same.
 */

import type { RowRecord } from './report-history';

export type RagWord = 'Green' | 'Amber' | 'Red';

export interface SourceLink {
  sheet: string;
  /** "C7" */
  cell: string;
}

export interface TableAColumn {
  /** stable key used in TableARow.cells */
  key: string;
  /** header text on the column's own row, e.g. "2008/09" */
  header: string;
  /** band header above it, e.g. "Past performance", "Future targets"; null for none */
  band: string | null;
  kind:
    | 'code'
    | 'description'
    | 'actual'
    | 'target'
    | 'comparator'
    /** Better / Similar / Worse than England */
    | 'comparison'
    | 'rag'
    | 'direction'
    | 'trajectory'
    /** Improved / Same / Declined since the last report, with the RAG then */
    | 'movement';
}

export interface TableARow {
  code: string;
  description: string;
  /** display text per column key (missing = blank) */
  cells: Record<string, string>;
  rag: RagWord | null;
  /** the one-sentence reason for the rating */
  reason: string;
  local: boolean;
  source: SourceLink;
}

export interface TableAModel {
  title: string;
  /** report date, yyyy-mm-dd */
  asOf: string;
  /** "2008/09", or null when nothing could be rated */
  ratedYear: string | null;
  columns: TableAColumn[];
  /** rows under Every Child Matters outcome headings, in the order met */
  groups: { title: string; rows: TableARow[] }[];
  /** the RAG / direction / trajectory rules in words, for the legend */
  legend: string[];
  /** each indicator's RAG for the add-in's record, in table order, so the next report can say how it moved */
  records?: RowRecord[];
}

export type TaskStatus = 'Complete' | 'Overdue' | 'Due soon' | 'Not yet due' | 'Ongoing' | 'No date';

export interface TableBTask {
  /** "1.1" or null */
  number: string | null;
  text: string;
  /** the deadline as the officer wrote it, or a date rendered "April 2010" / "30 Apr 2010" */
  deadline: string;
  /** ISO end date used for the status, when the deadline could be read */
  deadlineDate: string | null;
  lead: string;
  group: string;
  status: TaskStatus;
  /** the status as shown: "Due within 30 days", "Overdue (due April 2010)" */
  statusText: string;
  source: SourceLink;
}

export interface TableBModel {
  title: string;
  asOf: string;
  dueSoonDays: number;
  areas: { number: number | null; title: string; tasks: TableBTask[] }[];
  legend: string[];
}
