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
  // only the RAG column is coloured, as on the sheet: trajectory and direction are words
  if (column.kind !== 'rag' || text === '') return { text, shade: null };
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
  movement: 11,
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
 * "(expected −2.93 ppts)" with the figure and its unit held together (no-break spaces, a
 * minus sign Word does not break after): the line may end after "(expected", never inside
 * the figure. Word and HTML both print it so, and widths measure it so.
 */
export function keepExpectedFigure(text: string): string {
  if (!text.includes('(expected ')) return text;
  return text.replace(
    /\(expected ([^)]*)\)/g,
    (_, figure: string) => `(expected ${figure.replace(/ /g, '\u00a0').replace(/-(?=\d)/g, '\u2212')})`,
  );
}

/** Each column's width in characters: its kind's usual width, widened to its longest word. */
function columnChars(model: Pick<TableAModel, 'columns' | 'groups'>): number[] {
  const longest = model.columns.map((c) => longestWord(c.header, 0));
  for (const group of model.groups) {
    for (const row of group.rows) {
      model.columns.forEach((c, i) => {
        if (c.kind !== 'description')
          longest[i] = longestWord(keepExpectedFigure(tableACell(row, c).text), longest[i]);
      });
    }
  }
  return model.columns.map((c, i) =>
    Math.max(KIND_CHARS[c.kind], Math.min(longest[i], MAX_WORD) + WORD_ROOM),
  );
}

/**
 * The description never narrower than this: it wraps between words, and holds the 112 px
 * trend line (1,680 twips) even in a table 210 characters wide (26 of them are 1,900 twips).
 */
const MIN_DESCRIPTION = 26;

export interface TableAFit {
  /** column widths as fractions of the table width; they sum to 1 */
  fractions: number[];
  /** the share of the usual text size the table needs so no word breaks (1 when it fits) */
  scale: number;
  /** the characters the columns need across at the usual text size, before any give way */
  chars: number;
}

/**
 * Column widths as fractions of the table width: each kind's usual width, widened to
 * fit the longest word in the column (header included), so "Statistical neighbours"
 * and "Not rated: polarity unknown" break between words. When the columns need more
 * than `capacity` characters (a page's width at the usual text size), the description
 * gives way first, down to MIN_DESCRIPTION; what is still too wide gives a scale < 1
 * for the text, never a word broken mid-way.
 */
export function tableAFit(model: Pick<TableAModel, 'columns' | 'groups'>, capacity = Infinity): TableAFit {
  const chars = columnChars(model);
  const needed = chars.reduce((s, w) => s + w, 0);
  let total = needed;
  const d = model.columns.findIndex((c) => c.kind === 'description');
  if (total > capacity && d >= 0) {
    const cut = Math.min(total - capacity, chars[d] - MIN_DESCRIPTION);
    if (cut > 0) {
      chars[d] -= cut;
      total -= cut;
    }
  }
  return { fractions: chars.map((w) => w / total), scale: Math.min(1, capacity / total), chars: needed };
}

/** Column widths as fractions of the table width (they sum to 1), with no page to fit. */
export function tableAWidths(model: Pick<TableAModel, 'columns' | 'groups'>): number[] {
  return tableAFit(model).fractions;
}
