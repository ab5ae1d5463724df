/**
 * An officer's correction of a table's map as asked for (the pane's dropdowns, `ni-targets map --column
 * C=code`), checked against the table as it stands and turned into the record the workbook keeps.
 * Anything that cannot be right (an unknown role, a column outside the table, a year that is not a year,
 * a sheet that does not exist) is a CorrectionProblem: one line, and nothing is written.
 */
import { colLetters, lettersToCol, parseA1, parseRangeA1, rangeA1 } from '../engine/model/a1';
import type { RangeRef } from '../engine/model/snapshot';
import { readYear } from '../engine/corrections/record';
import {
  MAP_ROLES,
  YEAR_ROLES,
  type ColumnCorrection,
  type MapRole,
  type TableCorrection,
  type TableMap,
} from '../engine/corrections/types';

export class CorrectionProblem extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CorrectionProblem';
  }
}

export interface ColumnRequest {
  /** "C" */
  column: string;
  role: string;
  /** "2010/11" */
  year?: string;
}

export interface CorrectionRequest {
  /** the sheet, and any cell of the table (usually its header's first cell) */
  sheet: string;
  cell: string;
  columns?: ColumnRequest[];
  /** "5:6" or "5" */
  headerRows?: string;
  /** "B5:J40" */
  range?: string;
  /** Excel row numbers */
  exclude?: number[];
  include?: number[];
  /** forget every correction of the table first */
  reset?: boolean;
}

/** A table as the request is checked against: its map and where its header starts now. */
export interface TableNow {
  map: TableMap;
  range: RangeRef;
  /** 0-based */
  headerRows: number[];
  /** the texts of its header's first row across the table */
  anchorTexts: string[];
}

function role(text: string, column: string): MapRole {
  const r = text.trim().toLowerCase();
  if (!(MAP_ROLES as readonly string[]).includes(r))
    throw new CorrectionProblem(
      `Unknown role "${text}" for column ${column}: use one of ${MAP_ROLES.join(', ')}.`,
    );
  return r as MapRole;
}

function columnCorrection(req: ColumnRequest, t: TableNow): ColumnCorrection {
  const column = req.column.trim().toUpperCase();
  if (!/^[A-Z]{1,3}$/.test(column))
    throw new CorrectionProblem(`"${req.column}" is not a column: write a letter such as C.`);
  const col = lettersToCol(column);
  if (col < t.range.c0 || col > t.range.c1)
    throw new CorrectionProblem(`Column ${column} is outside the table ${rangeA1(t.range)}.`);
  const r = role(req.role, column);
  const entry = t.map.columns.find((c) => c.column === column);
  const out: ColumnCorrection = { col, header: entry?.header ?? '', role: r };
  if (req.year !== undefined && req.year.trim() !== '') {
    const year = readYear(req.year);
    if (!year)
      throw new CorrectionProblem(`"${req.year}" is not a year: write 2010/11, or 2010 for a calendar year.`);
    out.year = year;
  } else if (YEAR_ROLES.has(r) && !entry?.year) {
    throw new CorrectionProblem(
      `Column ${column} needs a year to be read as ${r}: write ${column}=${r}:2010/11.`,
    );
  }
  return out;
}

function headerRows(text: string, t: TableNow): { first: number; last: number } {
  const m = /^\s*(\d+)\s*(?::\s*(\d+))?\s*$/.exec(text);
  if (!m) throw new CorrectionProblem(`"${text}" is not a row or rows: write 5:6, or 5.`);
  const first = Number(m[1]) - 1;
  const last = m[2] === undefined ? first : Number(m[2]) - 1;
  if (first < 0 || last < first || last - first > 3)
    throw new CorrectionProblem(`Header rows "${text}" must be one to four rows, top first: 5:6.`);
  if (last >= t.range.r1)
    throw new CorrectionProblem(`Header rows ${text} leave no rows under them in the table.`);
  return { first, last };
}

function range(text: string): RangeRef {
  let r: RangeRef;
  try {
    r = parseRangeA1(text.replace(/^.*!/, ''));
  } catch {
    throw new CorrectionProblem(`"${text}" is not a range: write B5:J40.`);
  }
  if (r.r1 - r.r0 < 1)
    throw new CorrectionProblem(`The range ${text} needs a header row and at least one row under it.`);
  return r;
}

function rows(list: number[] | undefined, t: TableNow, what: string): number[] {
  const lastHeader = t.headerRows[t.headerRows.length - 1];
  return (list ?? []).map((n) => {
    if (!Number.isInteger(n) || n - 1 <= lastHeader || n - 1 > t.range.r1)
      throw new CorrectionProblem(
        `Row ${n} is not a row under the header of the table ${rangeA1(t.range)}, so it cannot be ${what}.`,
      );
    return n - 1;
  });
}

const ONE_PER_TABLE = new Set<MapRole>(['code', 'title', 'group']);

/**
 * The columns of `before` with `added` in place of any of the same column; a column newly given the
 * code, title or group role takes it from any column given it before (a table has one of each).
 */
function mergeColumns(before: ColumnCorrection[], added: ColumnCorrection[]): ColumnCorrection[] {
  const taken = new Set(added.filter((a) => ONE_PER_TABLE.has(a.role)).map((a) => a.role));
  const out = before.filter((b) => !added.some((a) => a.col === b.col) && !taken.has(b.role));
  return [...out, ...added].sort((a, b) => a.col - b.col);
}

/** A row list with `add` added and `remove` taken out. */
function merged(before: number[], add: number[], remove: number[]): number[] {
  return [...before.filter((r) => !remove.includes(r)), ...add.filter((r) => !before.includes(r))];
}

/** Header rows set keep the table's bottom and sides: the record always holds the range they start. */
function shape(req: CorrectionRequest, t: TableNow, start: TableCorrection | null) {
  const headerRowsSet = req.headerRows ? headerRows(req.headerRows, t) : start?.headerRows;
  const rangeSet = req.range ? range(req.range) : start?.range;
  if (!headerRowsSet) return { headerRows: undefined, range: rangeSet };
  return { headerRows: headerRowsSet, range: { ...(rangeSet ?? t.range), r0: headerRowsSet.first } };
}

/**
 * The table's correction with the request applied to what was recorded before (moved to where the table is
 * now); `before` is null when the table was never corrected, or when the request resets it.
 */
export function corrected(
  req: CorrectionRequest,
  t: TableNow,
  before: TableCorrection | null,
): TableCorrection {
  const start = req.reset ? null : before;
  const excl = rows(req.exclude, t, 'left out');
  const incl = rows(req.include, t, 'put back');
  return {
    sheet: req.sheet,
    anchor: { row: t.headerRows[0], col: t.range.c0 },
    anchorTexts: t.anchorTexts,
    columns: mergeColumns(
      start?.columns ?? [],
      (req.columns ?? []).map((c) => columnCorrection(c, t)),
    ),
    ...shape(req, t, start),
    exclude: merged(start?.exclude ?? [], excl, incl),
    include: merged(start?.include ?? [], incl, excl),
  };
}

/** "'Sheet'!B5" or "Sheet!B5" as a sheet and a cell. */
export function tableAddress(text: string): { sheet: string; cell: string } {
  const m = /^(?:'((?:[^']|'')+)'|([^!]+))!\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(text.trim());
  if (!m)
    throw new CorrectionProblem(
      `"${text}" is not a cell of a table: write "Sheet!B5" (quote names with spaces).`,
    );
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  const cell = `${m[3].toUpperCase()}${m[4]}`;
  parseA1(cell);
  return { sheet, cell };
}

export const columnLetter = colLetters;
