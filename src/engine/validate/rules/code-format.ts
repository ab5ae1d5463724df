import type { Finding } from '../../model/findings';
import { readCodeCell } from '../../catalogue/codes';
import { finding } from '../finding';
import { indicatorRows } from '../rows';
import type { Rule } from '../types';

/** "NI88", "NI 04", "N.I. 5": readable, but not how the code is written. */
export const codeFormat: Rule = {
  id: 'NI-CODE-FORMAT',
  severity: 'info',
  title: 'NI code written in an unusual way',
  check(ctx) {
    const out: Finding[] = [];
    for (const v of indicatorRows(ctx)) {
      const typed = v.row.codeAsTyped;
      const code = v.row.code;
      if (!typed || !code) continue;
      const m = readCodeCell(typed);
      if (!m || m.corrected || /^\d/.test(m.asTyped)) continue;
      if (m.letter && m.letter.length > 1) continue;
      const form = m.asTyped.replace(/\s+/g, ' ');
      // the handbook's own three-digit form (NI 055) is a proper way to write it
      const handbook = /^NI \d{3}[a-h]?$/i.test(form);
      if (handbook || form.toUpperCase() === m.code.toUpperCase()) continue;
      out.push(
        finding(
          this,
          { sheet: v.table.sheet, cell: v.anchor },
          `'${m.asTyped}' is read as ${m.code}: write it as ${m.code}.`,
          `Type ${m.code}.`,
        ),
      );
    }
    return out;
  },
};
