/**
 * Plan values as Range.values wants them. Excel parses text written through the
 * API as if typed: "=..." becomes a formula, "0.5" a number, "50%" a percentage,
 * "31/03/2011" a date, "TRUE" a truth value. The .xlsx gateway stores a plan's
 * strings as text, so here any string Excel might reinterpret goes in behind an
 * apostrophe, which Excel drops from the value and keeps the text as typed.
 * Plain words go in bare so the cells carry no quote-prefix flag.
 */
import type { CellValue } from '../../engine/model/snapshot';

/** Cheap over-approximation: a formula lead-in, any digit, an error or truth word. */
const MIGHT_PARSE = /^[=+\-@'#]|\d|^\s*(true|false)\s*$/i;

export function officeValue(v: CellValue): string | number | boolean {
  // null in Range.values would mean "leave the cell alone"; the plan means "empty"
  if (v === null) return '';
  if (typeof v !== 'string') return v;
  return MIGHT_PARSE.test(v) ? `'${v}` : v;
}

export function officeValues(rows: CellValue[][]): (string | number | boolean)[][] {
  return rows.map((r) => r.map(officeValue));
}
