import type { Finding } from '../../model/findings';
import { a1 } from '../../model/a1';
import type { IndicatorTable } from '../../model/tables';
import { yearLabel } from '../message-words';
import { finding } from '../finding';
import type { Rule } from '../types';

/** The header row that carries the year labels: the last of the first header block. */
function yearHeaderRow(table: IndicatorTable): number {
  const rows = [...table.headerRows].sort((a, b) => a - b);
  let last = rows[0] ?? table.range.r0;
  for (const r of rows.slice(1)) {
    if (r !== last + 1) break;
    last = r;
  }
  return last;
}

/**
 * Year columns that run backwards left to right within a role (actuals 2008/09
 * then 2007/08), or the same year and role twice. Annual and quarterly columns
 * are ordered separately, since a year's total may sit before or after its quarters.
 */
export const yearOrder: Rule = {
  id: 'NI-YEAR-ORDER',
  severity: 'warning',
  title: 'Year columns out of order or repeated',
  check(ctx) {
    const out: Finding[] = [];
    for (const table of ctx.tables) {
      if (table.kind !== 'targets') continue;
      const headerRow = yearHeaderRow(table);
      const latest = new Map<string, { key: number; cell: string; label: string }>();
      const seen = new Map<string, string>();
      const cols = table.columns.filter((c) => c.role === 'year' && c.year).sort((a, b) => a.col - b.col);
      for (const c of cols) {
        const y = c.year!;
        const cell = a1(headerRow, c.col);
        const at = { sheet: table.sheet, cell };
        const id = `${y.role}|${y.year}|${y.quarter ?? ''}`;
        const repeat = seen.get(id);
        if (repeat) {
          out.push(
            finding(
              this,
              at,
              `The ${yearLabel(y)} column appears twice (${repeat} and ${cell}).`,
              'Correct the year in one header, or delete the repeated column.',
            ),
          );
          continue;
        }
        seen.set(id, cell);
        const stream = `${y.role}|${y.quarter ? 'q' : 'y'}`;
        const key = y.year * 10 + (y.quarter ?? 0);
        const before = latest.get(stream);
        if (before && key < before.key) {
          out.push(
            finding(
              this,
              at,
              `The ${yearLabel(y)} column comes after the ${before.label} column (${before.cell}): years should run left to right.`,
              'Put the year columns in order, oldest first, or correct the year in the header.',
            ),
          );
          continue;
        }
        latest.set(stream, { key, cell, label: yearLabel(y) });
      }
    }
    return out;
  },
};
