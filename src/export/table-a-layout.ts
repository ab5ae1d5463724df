/**
 * How Table A is laid out in every export: the two-level header (bands over
 * year columns), each cell's text and shade, and relative column widths.
 * Word, HTML and CSV all read these so the three outputs say the same thing.
 */
import type { TableAColumn, TableAModel, TableARow } from '../engine/report/types';
import type { ShadeKey } from './colours';

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
  shade: ShadeKey | null;
}

const RAG_WORDS: Record<string, ShadeKey> = { green: 'Green', amber: 'Amber', red: 'Red' };

/**
 * "Amber", "Green (2008/09)", "Not rated: no target" -> how to shade it; read from
 * the first word as the Table A sheet does, no regex per cell.
 */
function shadeOfRag(text: string): ShadeKey | null {
  if (text.startsWith('Not rated')) return 'Not rated';
  const end = text.search(/[\s(:,]/);
  const word = (end < 0 ? text : text.slice(0, end)).toLowerCase();
  return RAG_WORDS[word] ?? null;
}

/** Code and description live on the row as well as (perhaps) in cells: fall back to them. */
const ROW_FALLBACK: Partial<Record<TableAColumn['kind'], (row: TableARow) => string>> = {
  code: (row) => row.code,
  description: (row) => row.description,
  rag: (row) => row.rag ?? '',
};

export function tableACell(row: TableARow, column: TableAColumn): BodyCell {
  const given = row.cells[column.key];
  const text = given !== undefined && given !== '' ? given : (ROW_FALLBACK[column.kind]?.(row) ?? '');
  // the RAG columns (now and at the last report) are coloured: trajectory and direction are words
  if ((column.kind !== 'rag' && column.kind !== 'previous') || text === '') return { text, shade: null };
  return { text, shade: shadeOfRag(text) };
}

/**
 * Starting widths in characters (at the table's 8.5pt): the description carries
 * the reading, figures stay narrow.
 */
const KIND_CHARS: Record<TableAColumn['kind'], number> = {
  code: 9,
  description: 34,
  actual: 10,
  target: 10,
  comparator: 10,
  comparison: 10,
  rag: 11,
  direction: 11,
  trajectory: 12,
  previous: 9,
  movement: 10,
};

/** A column is never so narrow that a word breaks mid-way ("unknow-n")... */
const WORD_ROOM = 2;
/** ...unless the word is absurdly long (a pasted URL), which may wrap. */
const MAX_WORD = 16;

function longestWord(text: string, longest: number): number {
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf(' ', start);
    if (end < 0) end = text.length;
    if (end - start > longest) longest = end - start;
    start = end + 1;
  }
  return longest;
}

/**
 * Column widths as fractions of the table width (they sum to 1): each kind's
 * usual width, widened to fit the longest word in the column (header included),
 * so "Statistical neighbours" and "Not rated: polarity unknown" break between words.
 */
export function tableAWidths(model: Pick<TableAModel, 'columns' | 'groups'>): number[] {
  const longest = model.columns.map((c) => longestWord(c.header, 0));
  for (const group of model.groups) {
    for (const row of group.rows) {
      model.columns.forEach((c, i) => {
        if (c.kind !== 'description') longest[i] = longestWord(tableACell(row, c).text, longest[i]);
      });
    }
  }
  const chars = model.columns.map((c, i) =>
    Math.max(KIND_CHARS[c.kind], Math.min(longest[i], MAX_WORD) + WORD_ROOM),
  );
  const total = chars.reduce((s, w) => s + w, 0);
  return chars.map((w) => w / total);
}
