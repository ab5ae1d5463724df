import type { Finding } from '../../model/findings';
import { finding } from '../finding';
import { indicatorRows } from '../rows';
import { suggestCode, suggestionText, type Suggestion } from '../suggest';
import type { Rule } from '../types';

/** An NI code the National Indicator Set does not have (NI 31 was dropped; there is no NI 250). */
export const codeUnknown: Rule = {
  id: 'NI-CODE-UNKNOWN',
  severity: 'error',
  title: 'NI code not in the National Indicator Set',
  check(ctx) {
    const out: Finding[] = [];
    // the same wrong code under the same title gets the same advice: ask the catalogue once
    const advice = new Map<string, Suggestion | null>();
    for (const v of indicatorRows(ctx)) {
      const code = v.row.code;
      if (!code || v.row.local || !code.startsWith('NI ') || v.definition) continue;
      const number = Number(/\d+/.exec(code)?.[0] ?? NaN);
      const typed = v.row.codeAsTyped ? `'${v.row.codeAsTyped}' (read as ${code})` : code;
      const key = `${code}|${v.row.title}`;
      let s = advice.get(key);
      if (s === undefined) {
        s = suggestCode(ctx.catalogue, v.row.title, Number.isFinite(number) ? number : null);
        advice.set(key, s);
      }
      const hint = s
        ? s.why === 'title'
          ? ` The title fits ${suggestionText(ctx.catalogue, s)}.`
          : ` The nearest indicators are ${suggestionText(ctx.catalogue, s)}.`
        : '';
      out.push(
        finding(
          this,
          { sheet: v.table.sheet, cell: v.anchor },
          `${typed} is not in the National Indicator Set (NI 1 to NI 199).${hint}`,
          s
            ? `Type ${s.codes.join(' or ')} if that is the indicator you mean; for a local measure type "Local Indicator".`
            : 'Type the NI number from the Handbook of Definitions; for a local measure type "Local Indicator".',
        ),
      );
    }
    return out;
  },
};
