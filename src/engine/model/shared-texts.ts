/**
 * One string per distinct text in a report or a write plan: figures and rating words
 * repeat down a table, and a copy per cell was most of what Table A held (about 90 MB
 * at 100k rows). The parser shares one frozen reading per distinct cell, so a reading
 * can key its description.
 */
import { describeValue } from '../values/value-words';
import type { ParsedValue } from '../values/types';

export class SharedTexts {
  private readonly byText = new Map<string, string>();
  private readonly byReading = new Map<ParsedValue, string>();
  private readonly rows = new Map<string, [string]>();

  /** The first string equal to s this table has seen, flattened (a concatenation keeps its pieces). */
  text(s: string): string {
    const had = this.byText.get(s);
    if (had !== undefined) return had;
    s.charCodeAt(0);
    this.byText.set(s, s);
    return s;
  }

  /**
   * A one-cell row of a values op, shared by every cell with that text: a column of
   * ratings is a handful of words, and an array per cell was 300k arrays at 100k rows.
   * Plans are read, never changed, so sharing is safe.
   */
  row(s: string): [string] {
    let r = this.rows.get(s);
    if (r === undefined) {
      r = [this.text(s)];
      this.rows.set(s, r);
    }
    return r;
  }

  /** describeValue(p), shared by every cell with the same reading. */
  described(p: ParsedValue): string {
    let s = this.byReading.get(p);
    if (s === undefined) {
      s = this.text(describeValue(p));
      this.byReading.set(p, s);
    }
    return s;
  }
}
