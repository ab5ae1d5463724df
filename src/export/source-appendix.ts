/**
 * The appendix a Word or HTML board paper ends Table A with: one row per indicator
 * naming the cell it was read from and saying how its RAG was reached, and the
 * anchor each Table A code links to. A paper on its own cannot link into the
 * officer's workbook, so the link goes to something the paper holds; the key says
 * so only when the links are there.
 */
import type { TableAModel, TableARow } from '../engine/report/types';

export const APPENDIX_TITLE = 'Appendix: where each indicator comes from';

/**
 * Past this many rows the HTML has no appendix (and so no links): at 100k indicators it
 * would double a file that is already the full table. The Word paper lists at most 500.
 */
export const APPENDIX_MAX_ROWS = 2000;

export const APPENDIX_KEY =
  'Each indicator code links to its row in the appendix, which names the cell it was read from and ' +
  'says how its RAG was reached.';

export interface AppendixRow {
  /** "ind-12": an HTML id and, with "_" for "-", a Word bookmark name */
  anchor: string;
  code: string;
  description: string;
  /** "'CYPP Targets'!C7" */
  source: string;
  /** the rating's sentence, or why the row could not be rated */
  reason: string;
}

export interface SourceAppendix {
  rows: AppendixRow[];
  /** the anchor of each row of Table A */
  anchorOf: Map<TableARow, string>;
}

/** 'Sheet'!C7, quoted as Excel writes a reference to another sheet. */
export function sourceRef(row: TableARow): string {
  return `'${row.source.sheet.replace(/'/g, "''")}'!${row.source.cell}`;
}

/** The appendix of a Table A, in its rows' order; null when it has no rows or too many. */
export function sourceAppendix(model: TableAModel, max = APPENDIX_MAX_ROWS): SourceAppendix | null {
  const all = model.groups.flatMap((g) => g.rows);
  if (all.length === 0 || all.length > max) return null;
  const anchorOf = new Map<TableARow, string>();
  const rows = all.map((row, i): AppendixRow => {
    const anchor = `ind-${i + 1}`;
    anchorOf.set(row, anchor);
    return {
      anchor,
      code: row.code,
      description: row.description,
      source: sourceRef(row),
      reason: row.reason || 'Not rated.',
    };
  });
  return { rows, anchorOf };
}

/** A Word bookmark name: a letter first, no hyphen. */
export function bookmarkName(anchor: string): string {
  return anchor.replace(/-/g, '_');
}

export const APPENDIX_HEADERS = [
  'Indicator',
  'Description',
  'Source cell',
  'How the RAG was reached',
] as const;
/** Fractions of the table width: the reason carries the reading. */
export const APPENDIX_WIDTHS = [0.09, 0.3, 0.14, 0.47] as const;
