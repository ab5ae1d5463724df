/**
 * parseValue with a memory for the texts a workbook repeats ("No target",
 * "nya: July 2010", "8%"): each distinct text and format is parsed once per
 * recognition run. Readings are shared between cells, so they are frozen; no
 * stage may change a ParsedValue in place.
 */
import type { CellValue } from '../model/snapshot';
import { parseValue } from '../values/parse-value';
import type { ParsedValue } from '../values/types';

const LIMIT = 100_000;
const EMPTY: ParsedValue = Object.freeze({ kind: 'empty' });

export class ParseCache {
  private readonly seen = new Map<string, ParsedValue>();

  parse(value: CellValue, format: string): ParsedValue {
    if (value === null) return EMPTY;
    if (typeof value !== 'string') return parseValue({ value, format });
    const key = `${format}\u0000${value}`;
    let p = this.seen.get(key);
    if (!p) {
      p = Object.freeze(parseValue({ value, format }));
      if (this.seen.size < LIMIT) this.seen.set(key, p);
    }
    return p;
  }
}
