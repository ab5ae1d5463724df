import type { Catalogue, IndicatorDefinition } from '../../catalogue/types';
import type { IndicatorRow } from '../../model/tables';
import type { Finding } from '../../model/findings';
import { finding } from '../finding';
import { indicatorRows, type RowView } from '../rows';
import { parentCode, titleText, wordCount } from '../suggest';
import type { Rule } from '../types';

/**
 * Officers abbreviate titles ("KS 2 level 4 English - Looked after children"), so a
 * weak match proves nothing. Only a title that clearly names another indicator, and
 * barely fits its own, is reported.
 *
 * How much a title says is the matcher's business: its score already counts how rare
 * the shared words are and discounts a text with little in it ("Be Healthy"). So
 * short titles are judged too ("Year 6 obesity", "Teenage pregnancy", "NEET"), where
 * a count of words would drop them for being short (and "Year 6" loses its 6). What a
 * short title cannot do is tell close indicators apart ("CP plans": NI 64 or NI 65?),
 * so it is reported only when it names one indicator and no other.
 */
const STRONG = 0.6;
const MARGIN = 0.3;
/** titles of fewer words (numbers not counted) must name one indicator and no other */
const FULL_WORDS = 3;

type Ranked = { code: string; score: number }[];
type JudgedRow = RowView & { row: IndicatorRow & { code: string }; definition: IndicatorDefinition };

/** A national row with a national definition: the only rows whose title is judged. */
function judged(v: RowView): v is JudgedRow {
  return !!v.row.code && !v.row.local && !!v.definition && !v.definition.local;
}

interface Judged {
  ranked: Ranked;
  /** one or two words: must name one indicator and no other */
  short: boolean;
}

/** The catalogue's best matches for a title, null when it has no words to go on. */
function rankTitle(catalogue: Catalogue, text: string): Judged | null {
  const words = wordCount(text);
  return words === 0 ? null : { ranked: catalogue.matchTitle(text, 5), short: words < FULL_WORDS };
}

/** The best score among matches of another indicator than `code` (sub-indicators are their parent). */
function bestOther(ranked: Ranked, code: string): number {
  let best = 0;
  for (const r of ranked) if (parentCode(r.code) !== code && r.score > best) best = r.score;
  return best;
}

/**
 * The other indicator a title plainly names: a strong match that beats the row's own
 * code by the margin (and, for a short title, every other indicator too).
 */
function plainlyOther({ ranked, short }: Judged, own: string): { code: string; score: number } | null {
  const top = ranked[0];
  if (!top || top.score < STRONG || parentCode(top.code) === own) return null;
  const ownScore = Math.max(0, ...ranked.filter((r) => parentCode(r.code) === own).map((r) => r.score));
  if (top.score - ownScore < MARGIN) return null;
  if (short && top.score - bestOther(ranked, parentCode(top.code)) < MARGIN) return null;
  return top;
}

export const titleMismatch: Rule = {
  id: 'NI-TITLE-MISMATCH',
  severity: 'warning',
  title: 'Title does not fit its NI code',
  check(ctx) {
    const out: Finding[] = [];
    // by title text, null when it has no words: titles repeat down a table
    const matches = new Map<string, Judged | null>();
    for (const v of indicatorRows(ctx)) {
      if (!judged(v)) continue;
      const text = titleText(v.row.title);
      let match = matches.get(text);
      if (match === undefined) {
        match = rankTitle(ctx.catalogue, text);
        matches.set(text, match);
      }
      if (!match) continue;
      const own = parentCode(v.row.code);
      const top = plainlyOther(match, own);
      if (!top) continue;
      const other = ctx.catalogue.lookup(top.code)?.definition;
      const otherCode = parentCode(top.code);
      out.push(
        finding(
          this,
          { sheet: v.table.sheet, cell: v.row.titleCell ?? v.anchor },
          `The title '${text}' fits ${otherCode}${other ? ` (${other.title})` : ''} rather than ${own} (${v.definition.title}).`,
          `If this row is ${otherCode}, change the code to ${otherCode}; if the code is right, correct the title.`,
        ),
      );
    }
    return out;
  },
};
