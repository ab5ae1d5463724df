import type { Finding } from '../../model/findings';
import { sheetRef } from '../../model/a1';
import type { ParsedValue } from '../../values/types';
import type { ValueCell } from '../../model/tables';
import { shown, yearLabel } from '../describe';
import { finding } from '../finding';
import { indicatorRows } from '../rows';
import type { Rule } from '../types';

/**
 * What a value says, as a key: 8 and 8% agree (the unit is the row's business),
 * 8% and 9% do not; statuses compare by meaning, prose by its words.
 */
function meaning(p: ParsedValue, raw: unknown): string | null {
  switch (p.kind) {
    case 'empty':
      return null;
    case 'number':
    case 'dated':
      return `n:${p.value}`;
    case 'bound':
      return `b:${p.op}${p.value}`;
    case 'band':
      return `r:${p.low}-${p.high}`;
    case 'status':
      return `s:${p.status}`;
    default:
      return `t:${String(raw).replace(/\s+/g, ' ').trim().toLowerCase()}`;
  }
}

/**
 * The same indicator on two rows (on any sheet) with different figures for the same
 * year: reported where each different figure first appears, naming the first cell.
 */
export const duplicateConflict: Rule = {
  id: 'NI-DUPLICATE-CONFLICT',
  severity: 'warning',
  title: 'Same indicator twice with different values',
  check(ctx) {
    const out: Finding[] = [];
    const first = new Map<string, { sheet: string; value: ValueCell; meaning: string; row: object }>();
    const reported = new Set<string>();
    for (const v of indicatorRows(ctx)) {
      if (!v.row.code) continue;
      for (const c of v.years) {
        const m = meaning(c.value.parsed, c.value.raw);
        if (m === null) continue;
        const key = `${v.row.code}|${c.year.role}|${c.year.year}|${c.year.quarter ?? ''}`;
        const seen = first.get(key);
        if (!seen) {
          first.set(key, { sheet: v.table.sheet, value: c.value, meaning: m, row: v.row });
          continue;
        }
        if (seen.row === v.row || seen.meaning === m) continue;
        // a third copy with the same wrong figure adds nothing the second did not say
        const told = `${key}|${m}`;
        if (reported.has(told)) continue;
        reported.add(told);
        const text = shown(c.value.raw, c.value.format);
        const before = shown(seen.value.raw, seen.value.format);
        const where = seen.sheet === v.table.sheet ? seen.value.cell : sheetRef(seen.sheet, seen.value.cell);
        out.push(
          finding(
            this,
            { sheet: v.table.sheet, cell: c.value.cell },
            `${v.label} appears twice: its ${yearLabel(c.year)} is '${text}' here but '${before}' at ${where}.`,
            'Make the two rows agree, or delete the one that is out of date.',
          ),
        );
      }
    }
    return out;
  },
};
