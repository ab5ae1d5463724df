/**
 * How Table A is laid out in every export: the two-level header (bands over
 * year columns), each cell's text and shade, and relative column widths.
 * Word, HTML and CSV all read these so the three outputs say the same thing.
 */
import type { RagWord, TableAColumn, TableARow } from '../engine/report/types';

export interface HeaderCell {
  text: string;
  colSpan: number;
  /** 2 when a column without a band fills both header rows */
  rowSpan: number;
  /** 'colgroup' for a band over several columns */
  scope: 'col' | 'colgroup';
}

/** One row when no column has a band, otherwise band row + column row. */
export function tableAHeaderRows(columns: TableAColumn[]): HeaderCell[][] {
  if (!columns.some((c) => c.band !== null)) {
    return [columns.map((c) => ({ text: c.header, colSpan: 1, rowSpan: 1, scope: 'col' }))];
  }
  const top: HeaderCell[] = [];
  const bottom: HeaderCell[] = [];
  for (let i = 0; i < columns.length; i++) {
    const c = columns[i];
    if (c.band === null) {
      top.push({ text: c.header, colSpan: 1, rowSpan: 2, scope: 'col' });
      continue;
    }
    let span = 1;
    while (i + span < columns.length && columns[i + span].band === c.band) span++;
    top.push({ text: c.band, colSpan: span, rowSpan: 1, scope: span > 1 ? 'colgroup' : 'col' });
    for (let k = i; k < i + span; k++) {
      bottom.push({ text: columns[k].header, colSpan: 1, rowSpan: 1, scope: 'col' });
    }
    i += span - 1;
  }
  return [top, bottom];
}

export interface BodyCell {
  text: string;
  /** the rating this cell shows, when it shows one (shaded in Word and HTML) */
  rag: RagWord | null;
}

const RAG_WORDS: Record<string, RagWord> = { green: 'Green', amber: 'Amber', red: 'Red' };

/** "Amber", "Red (off track)" -> the rating; cheap first-word look-up, no regex per cell. */
function leadingRag(text: string): RagWord | null {
  const end = text.search(/[\s(:,-]/);
  const word = (end < 0 ? text : text.slice(0, end)).toLowerCase();
  return RAG_WORDS[word] ?? null;
}

/** Code and description live on the row as well as (perhaps) in cells: fall back to them. */
const ROW_FALLBACK: Partial<Record<TableAColumn['kind'], (row: TableARow) => string>> = {
  code: (row) => row.code,
  description: (row) => row.description,
  rag: (row) => row.rag ?? '',
};

/** Kinds whose text may be a RAG word to shade (trajectory is rated like RAG). */
const SHADED_KINDS: ReadonlySet<TableAColumn['kind']> = new Set(['rag', 'trajectory']);

export function tableACell(row: TableARow, column: TableAColumn): BodyCell {
  const given = row.cells[column.key];
  const text = given !== undefined && given !== '' ? given : (ROW_FALLBACK[column.kind]?.(row) ?? '');
  if (!SHADED_KINDS.has(column.kind) || text === '') return { text, rag: null };
  return { text, rag: leadingRag(text) };
}

/** Relative widths: the description carries the reading, figures stay narrow. */
const KIND_WEIGHT: Record<TableAColumn['kind'], number> = {
  code: 1.1,
  description: 4.2,
  actual: 1.25,
  target: 1.2,
  comparator: 1.25,
  rag: 0.95,
  direction: 1.2,
  trajectory: 1.2,
};

/** Column widths as fractions of the table width (they sum to 1). */
export function tableAWidths(columns: TableAColumn[]): number[] {
  const weights = columns.map((c) => KIND_WEIGHT[c.kind]);
  const total = weights.reduce((s, w) => s + w, 0);
  return weights.map((w) => w / total);
}
