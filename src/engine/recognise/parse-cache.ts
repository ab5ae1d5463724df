/**
 * parseValue with a memory for the texts a workbook repeats ("No target",
 * "nya: July 2010", "8%"): each distinct text and format is parsed once per
 * recognition run. Readings are shared between cells, so they are frozen; no
 * stage may change a ParsedValue in place.
 *
 * A cache reads under one sheet key ("X = New Indicator"): the same text means
 * different things on sheets with different keys, so each key has its own cache
 * (ParseCaches, below), and sheets without a key share one. A keyed cache hands
 * the plain one every text its key cannot touch (and every number: keys are
 * about text), so a sheet with a key does not parse its figures all over again.
 */
import type { CellValue } from '../model/snapshot';
import { parseValue } from '../values/parse-value';
import { NO_KEY, isEmptyKey, type SheetKey } from '../values/key-tokens';
import type { ParsedValue } from '../values/types';

const LIMIT = 100_000;
const EMPTY: ParsedValue = Object.freeze({ kind: 'empty' });

export class ParseCache {
  private readonly seen = new Map<string, Map<string, ParsedValue>>();
  private textCount = 0;
  /** numbers by format, then value: figures repeat down a column, and a reading per cell is garbage */
  private readonly numbers = new Map<string, Map<number, ParsedValue>>();
  private numberCount = 0;

  /**
   * `key`: the key of the sheets read with this cache, none by default; `plain`: the cache
   * without a key, for what this key cannot change.
   */
  constructor(
    readonly key: SheetKey = NO_KEY,
    private readonly plain?: ParseCache,
  ) {}

  parse(value: CellValue, format: string): ParsedValue {
    if (value === null) return EMPTY;
    if (typeof value === 'number') return this.parseNumber(value, format);
    if (typeof value !== 'string') return parseValue({ value, format });
    // by format, then text: no key string made per cell
    let byText = this.seen.get(format);
    if (!byText) {
      byText = new Map();
      this.seen.set(format, byText);
    }
    let p = byText.get(value);
    if (!p) {
      p =
        this.plain && !keyMayRead(value, this.key)
          ? this.plain.parse(value, format)
          : Object.freeze(parseValue({ value, format }, this.key));
      if (this.textCount < LIMIT) {
        byText.set(value, p);
        this.textCount++;
      }
    }
    return p;
  }

  private parseNumber(value: number, format: string): ParsedValue {
    // a number reads the same under any key
    if (this.plain) return this.plain.parseNumber(value, format);
    // a Map takes -0 for 0; let the parser see the difference
    if (Object.is(value, -0)) return Object.freeze(parseValue({ value, format }));
    let byValue = this.numbers.get(format);
    if (!byValue) {
      byValue = new Map();
      this.numbers.set(format, byValue);
    }
    let p = byValue.get(value);
    if (!p) {
      p = Object.freeze(parseValue({ value, format }));
      if (this.numberCount < LIMIT) {
        byValue.set(value, p);
        this.numberCount++;
      }
    }
    return p;
  }
}

const NOT_PLAIN_ASCII = /[^\x20-\x7e]/;

/**
 * Whether the sheet's key could change how a text reads (erring towards yes): a key
 * with a provisional token may mark any figure; a status token must be in the text
 * ("X", "x*"). Texts the parser cleans first (odd spaces, dashes, quotes) ask the key.
 */
function keyMayRead(text: string, key: SheetKey): boolean {
  if (key.provisional.size > 0 || NOT_PLAIN_ASCII.test(text)) return true;
  const lower = text.toLowerCase();
  for (const token of key.statuses.keys()) if (lower.includes(token)) return true;
  return false;
}

/** A key's lines as one string: sheets whose keys say the same share a cache. */
function signature(key: SheetKey): string {
  const statuses = [...key.statuses].map(([t, s]) => `${t}=${s}`).sort();
  const provisional = [...key.provisional].map((t) => `${t}=provisional`).sort();
  return [...statuses, ...provisional].join('\u0000');
}

/** One cache per distinct sheet key for a recognition run; sheets with no key share one. */
export class ParseCaches {
  private readonly plain = new ParseCache();
  private readonly keyed = new Map<string, ParseCache>();

  for(key: SheetKey): ParseCache {
    if (isEmptyKey(key)) return this.plain;
    const sig = signature(key);
    let cache = this.keyed.get(sig);
    if (!cache) {
      cache = new ParseCache(key, this.plain);
      this.keyed.set(sig, cache);
    }
    return cache;
  }
}
