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
 */
const STRONG = 0.6;
const MARGIN = 0.3;
const MIN_WORDS = 3;

type Ranked = { code: string; score: number }[];
type JudgedRow = RowView & { row: IndicatorRow & { code: string }; definition: IndicatorDefinition };

/** A national row with a national definition: the only rows whose title is judged. */
function judged(v: RowView): v is JudgedRow {
  return !!v.row.code && !v.row.local && !!v.definition && !v.definition.local;
}

/** The catalogue's best matches for a title, null when it is too short to be evidence. */
function rankTitle(catalogue: Catalogue, text: string): Ranked | null {
  return wordCount(text) < MIN_WORDS ? null : catalogue.matchTitle(text, 5);
}

/** The other indicator a title plainly names: a strong match that beats the row's own code by the margin. */
function plainlyOther(ranked: Ranked, own: string): { code: string; score: number } | null {
  const top = ranked[0];
  if (!top || top.score < STRONG || parentCode(top.code) === own) return null;
  const ownScore = Math.max(0, ...ranked.filter((r) => parentCode(r.code) === own).map((r) => r.score));
  return top.score - ownScore < MARGIN ? null : top;
}

export const titleMismatch: Rule = {
  id: 'NI-TITLE-MISMATCH',
  severity: 'warning',
  title: 'Title does not fit its NI code',
  check(ctx) {
    const out: Finding[] = [];
    // by title text, null when it is too short to be evidence: titles repeat down a table
    const matches = new Map<string, Ranked | null>();
    for (const v of indicatorRows(ctx)) {
      if (!judged(v)) continue;
      const text = titleText(v.row.title);
      let ranked = matches.get(text);
      if (ranked === undefined) {
        ranked = rankTitle(ctx.catalogue, text);
        matches.set(text, ranked);
      }
      if (!ranked) continue;
      const own = parentCode(v.row.code);
      const top = plainlyOther(ranked, own);
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
