import type { Finding } from '../../model/findings';
import { readCodeCell } from '../../catalogue/codes';
import { finding } from '../finding';
import { indicatorRows } from '../rows';
import type { Rule } from '../types';

/** A code typed with a slip in the NI prefix ("N61", "N1 43") that recognition corrected. */
export const codeTypo: Rule = {
  id: 'NI-CODE-TYPO',
  severity: 'warning',
  title: 'NI code mistyped',
  check(ctx) {
    const out: Finding[] = [];
    for (const v of indicatorRows(ctx)) {
      const typed = v.row.codeAsTyped;
      if (!typed || !v.row.code || !v.definition) continue;
      const m = readCodeCell(typed);
      if (!m?.corrected) continue;
      const d = v.definition;
      out.push(
        finding(
          this,
          { sheet: v.table.sheet, cell: v.anchor },
          `'${m.asTyped}' is read as ${v.row.code} (${d.shortTitle || d.title}).`,
          `Type ${v.row.code} so every tool reads it the same way.`,
        ),
      );
    }
    return out;
  },
};
