/**
 * Corrections in the add-in's record (the very hidden `_NITargets` sheet): one row per corrected table,
 * [correction, sheet, anchor cell, detail], the detail a small JSON object in Excel's own words
 * (column letters, row numbers) so the record reads the same to a person opening the sheet.
 * Older versions of the add-in skip kinds they do not know, so the record stays readable both ways.
 */
import { a1, colLetters, lettersToCol, parseA1, parseRangeA1, rangeA1 } from '../model/a1';
import type { Registry, RegistryEntry } from '../ownership/registry';
import { replaceEntries } from '../ownership/registry';
import { parseYearLabel, yearLabelText } from '../recognise/year-label';
import { MAP_ROLES, type ColumnCorrection, type MapRole, type TableCorrection } from './types';

export const CORRECTION_KIND = 'correction';

interface StoredColumn {
  c: string;
  h: string;
  role: string;
  year?: string;
}

interface StoredDetail {
  v: 1;
  texts: string[];
  columns: StoredColumn[];
  header?: string;
  range?: string;
  exclude?: number[];
  include?: number[];
}

function storedColumn(c: ColumnCorrection): StoredColumn {
  const out: StoredColumn = { c: colLetters(c.col), h: c.header, role: c.role };
  if (c.year) out.year = yearLabelText(c.year.year, c.year.calendar);
  return out;
}

function detailOf(t: TableCorrection): StoredDetail {
  const d: StoredDetail = { v: 1, texts: t.anchorTexts, columns: t.columns.map(storedColumn) };
  if (t.headerRows) d.header = `${t.headerRows.first + 1}:${t.headerRows.last + 1}`;
  if (t.range) d.range = rangeA1(t.range);
  if (t.exclude.length > 0) d.exclude = t.exclude.map((r) => r + 1);
  if (t.include.length > 0) d.include = t.include.map((r) => r + 1);
  return d;
}

/** "2010/11" or "2010" as a period's first year; null for anything else. */
export function readYear(text: string): { year: number; calendar: boolean } | null {
  const label = parseYearLabel(text.trim());
  if (!label || label.year === null || label.role !== null || label.quarter !== null || label.unreadable)
    return null;
  return { year: label.year, calendar: label.calendar };
}

function columnFrom(s: StoredColumn): ColumnCorrection | null {
  if (typeof s.c !== 'string' || !/^[A-Z]{1,3}$/.test(s.c)) return null;
  if (!(MAP_ROLES as readonly string[]).includes(s.role)) return null;
  const out: ColumnCorrection = {
    col: lettersToCol(s.c),
    header: String(s.h ?? ''),
    role: s.role as MapRole,
  };
  if (s.year !== undefined) {
    const year = readYear(String(s.year));
    if (!year) return null;
    out.year = year;
  }
  return out;
}

const rowList = (rows: unknown): number[] =>
  Array.isArray(rows) ? rows.filter((r): r is number => Number.isInteger(r) && r > 0).map((r) => r - 1) : [];

function headerRowsFrom(text: string | undefined): TableCorrection['headerRows'] {
  const m = text === undefined ? null : /^(\d+)(?::(\d+))?$/.exec(text);
  if (!m) return undefined;
  const first = Number(m[1]) - 1;
  return { first, last: m[2] === undefined ? first : Number(m[2]) - 1 };
}

function rangeFrom(text: string | undefined): TableCorrection['range'] {
  if (text === undefined) return undefined;
  try {
    return parseRangeA1(text);
  } catch {
    return undefined;
  }
}

/** One record row as a correction; null when it cannot be read (it is then kept as it is, never lost). */
export function correctionFrom(e: RegistryEntry): TableCorrection | null {
  let d: StoredDetail;
  let anchor: { row: number; col: number };
  try {
    d = JSON.parse(e.detail) as StoredDetail;
    anchor = parseA1(e.range);
  } catch {
    return null;
  }
  if (!d || !Array.isArray(d.texts) || !Array.isArray(d.columns)) return null;
  const columns = d.columns.map(columnFrom);
  if (columns.some((c) => c === null)) return null;
  return {
    sheet: e.sheet,
    anchor,
    anchorTexts: d.texts.map(String),
    columns: columns as ColumnCorrection[],
    headerRows: headerRowsFrom(d.header),
    range: rangeFrom(d.range),
    exclude: rowList(d.exclude),
    include: rowList(d.include),
  };
}

export function correctionsOf(registry: Registry): TableCorrection[] {
  const out: TableCorrection[] = [];
  for (const e of registry.entries) {
    if (e.kind !== CORRECTION_KIND) continue;
    const c = correctionFrom(e);
    if (c) out.push(c);
  }
  return out;
}

const sameAnchor = (e: RegistryEntry, sheet: string, cell: string): boolean =>
  e.kind === CORRECTION_KIND && e.sheet.toLowerCase() === sheet.toLowerCase() && e.range === cell;

const isEmpty = (t: TableCorrection): boolean =>
  t.columns.length === 0 && !t.headerRows && !t.range && t.exclude.length === 0 && t.include.length === 0;

/**
 * The registry with `t` as the table's corrections, in place of those recorded at `previous` (the anchor
 * it was recorded at, when the table has moved since); an empty correction removes the row.
 */
export function withCorrection(
  registry: Registry,
  t: TableCorrection,
  previous: { row: number; col: number } = t.anchor,
): Registry {
  const cell = a1(previous.row, previous.col);
  const add: RegistryEntry[] = isEmpty(t)
    ? []
    : [
        {
          kind: CORRECTION_KIND,
          sheet: t.sheet,
          range: a1(t.anchor.row, t.anchor.col),
          detail: JSON.stringify(detailOf(t)),
        },
      ];
  return replaceEntries(registry, (e) => !sameAnchor(e, t.sheet, cell), add);
}
