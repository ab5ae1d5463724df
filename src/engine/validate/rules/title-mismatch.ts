import type { Finding } from '../../model/findings';
import { finding } from '../finding';
import { indicatorRows } from '../rows';
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

export const titleMismatch: Rule = {
  id: 'NI-TITLE-MISMATCH',
  severity: 'warning',
  title: 'Title does not fit its NI code',
  check(ctx) {
    const out: Finding[] = [];
    // by title text, null when it is too short to be evidence: titles repeat down a table
    const matches = new Map<string, { code: string; score: number }[] | null>();
    for (const v of indicatorRows(ctx)) {
      const code = v.row.code;
      if (!code || v.row.local || !v.definition || v.definition.local) continue;
      const text = titleText(v.row.title);
      let ranked = matches.get(text);
      if (ranked === undefined) {
        ranked = wordCount(text) < MIN_WORDS ? null : ctx.catalogue.matchTitle(text, 5);
        matches.set(text, ranked);
      }
      if (!ranked) continue;
      const top = ranked[0];
      const own = parentCode(code);
      if (!top || top.score < STRONG || parentCode(top.code) === own) continue;
      const ownScore = Math.max(0, ...ranked.filter((r) => parentCode(r.code) === own).map((r) => r.score));
      if (top.score - ownScore < MARGIN) continue;
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
