/**
 * How sure a column's reading is, from how its role was decided:
 *   the officer said so                                   1
 *   its own header names the role ("Code", "Target 2010/11") 0.9-0.95
 *   only the band over it names the use ("Targets" / "2010/11") 0.75
 *   found by its contents (a code column with no header word)  0.6
 *   inferred by elimination (the first text column is the title) 0.5
 *   a column with a header nobody understood                    0.4
 *   a default (a year that does not say actual or target)       0.35
 * and never above 0.4 where recognition left a note at the column's header (a close call, a guess).
 * The pane marks columns under LOW_CONFIDENCE for the officer to check.
 */
import type { TableColumn } from '../model/tables';
import type { MapRole } from './types';

export const LOW_CONFIDENCE = 0.6;

const ROLE_WORDS: Partial<Record<MapRole, RegExp>> = {
  code: /\b(code|ni|ref|no|number|nis?)\b/i,
  title: /\b(indicator|description|title|measure|name|pi)\b/i,
  baseline: /\bbaseline\b/i,
  actual: /\b(actual|outturn|performance|result|achieved|out-turn)s?\b/i,
  target: /\b(target|trajectory|aim|stretch)s?\b/i,
  comparator: /\b(england|region|neighbours?|national|comparator|average)\b/i,
  period: /\b(period|fy|ac|cal|year type)\b/i,
  unit: /\b(unit|measure type)s?\b/i,
  notes: /\b(notes?|comments?|commentary)\b/i,
  status: /\b(rag|status|direction|trajectory|progress)\b/i,
};

export interface ConfidenceFacts {
  role: MapRole;
  /** band and own header joined by " / " */
  header: string;
  /** the recogniser's column, absent when the role was inferred (a title column with no header) */
  column: TableColumn | undefined;
  /** recognition left a note at one of the column's header cells */
  noted: boolean;
  corrected: boolean;
}

/** The column's own header (after the last " / ") and its band (before it). */
function split(header: string): { own: string; band: string } {
  const i = header.lastIndexOf(' / ');
  return i < 0 ? { own: header, band: '' } : { own: header.slice(i + 3), band: header.slice(0, i) };
}

function fromWords(f: ConfidenceFacts): number {
  if (f.role === 'ignore') return f.header.trim() === '' ? 0.9 : 0.4;
  if (!f.column) return 0.5;
  const words = ROLE_WORDS[f.role];
  if (!words) return 0.6;
  const { own, band } = split(f.header);
  if (words.test(own)) return f.role === 'code' ? 0.95 : 0.9;
  if (words.test(band)) return 0.75;
  // a year column whose header says nothing about its use was read as actual by default
  if (f.column.role === 'year') return 0.35;
  return 0.6;
}

export function confidenceOf(f: ConfidenceFacts): number {
  if (f.corrected) return 1;
  const c = fromWords(f);
  return f.noted ? Math.min(c, 0.4) : c;
}
