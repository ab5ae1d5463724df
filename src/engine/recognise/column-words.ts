/**
 * Header words of a targets table and the column role each one names. Tried in
 * order, first match wins, so the narrower phrases come first: "National Indicator
 * Number" is a code before "National Indicator" is a title, which comes before
 * "National" (average) is the England comparator.
 */
import type { ColumnRole, TableColumn } from '../model/tables';

type Comparator = NonNullable<TableColumn['comparator']>;

export interface ColumnWord {
  role: ColumnRole;
  pattern: RegExp;
  comparator?: Comparator;
}

export const COLUMN_WORDS: readonly ColumnWord[] = [
  { role: 'status', pattern: /\b(rag|status|rating|traffic light|on track|progress)\b/i },
  { role: 'direction', pattern: /\b(direction|d\.?o\.?t|trend)\b/i },
  { role: 'trajectory', pattern: /\btrajector/i },
  {
    role: 'polarity',
    pattern: /\b(polarity|good performance|(higher|lower|bigger|smaller) is (better|best))\b/i,
  },
  { role: 'notes', pattern: /^(notes?|comments?|commentary|remarks|explanation|narrative)\b/i },
  { role: 'period', pattern: /^(period|period type|frequency|reporting period|year type|basis|measured)$/i },
  { role: 'unit', pattern: /^(units?|measure type|format)$/i },
  {
    role: 'code',
    pattern:
      /^(ni|n\.i\.|ni (no|number|ref|code)\.?|national indicator (no|number|ref|code)\.?|(indicator|pi|ref|reference) (no|number|ref|code)\.?|code|ref\.?|no\.?|pi|id|ni ?#)$/i,
  },
  { role: 'title', pattern: /\b(indicator|description|measure|title|definition|pi name|name)\b/i },
  {
    role: 'comparator',
    comparator: 'statistical-neighbours',
    pattern: /\b(sns?|stat(istical)?\.? neighbou?rs?|neighbou?rs?|comparator group)\b/i,
  },
  { role: 'comparator', comparator: 'england', pattern: /\b(england|national|nat'l|eng)\b/i },
  {
    role: 'comparator',
    comparator: 'region',
    pattern: /\b(region|regional|london|south east|north west|inner|outer)\b/i,
  },
  { role: 'comparator', comparator: 'other', pattern: /\b(comparator|comparison|benchmark|quartile)\b/i },
];

/** The role a header text names, or null. */
export function columnWordFor(text: string): ColumnWord | null {
  if (text === '') return null;
  for (const w of COLUMN_WORDS) if (w.pattern.test(text)) return w;
  return null;
}

/** A column flagging LAA membership ("LAA", "LAA?", "In LAA"). */
export const LAA_COLUMN = /^(in )?laa\??$|^laa (indicator|flag|target\?)$/i;
