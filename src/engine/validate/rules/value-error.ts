import type { Finding } from '../../model/findings';
import type { TableColumn } from '../../model/tables';
import { indicatorLabel, yearLabel } from '../message-words';
import { finding } from '../finding';
import type { Rule } from '../types';

function columnName(c: TableColumn | undefined): string {
  if (!c) return 'a value';
  return c.year ? yearLabel(c.year) : `'${c.header}'`;
}

/** #N/A, #DIV/0! and friends in any value cell, comparators included. */
export const valueError: Rule = {
  id: 'NI-VALUE-ERROR',
  severity: 'error',
  title: 'Formula error in a value',
  check(ctx) {
    const out: Finding[] = [];
    for (const table of ctx.tables) {
      if (table.kind !== 'targets') continue;
      const byCol = new Map(table.columns.map((c) => [c.col, c] as const));
      for (const row of table.rows) {
        for (const cell of row.values) {
          const p = cell.parsed;
          if (p.kind !== 'error') continue;
          out.push(
            finding(
              this,
              { sheet: table.sheet, cell: cell.cell },
              `${indicatorLabel(row.code, row.title)}, ${columnName(byCol.get(cell.col))}: the cell shows the error ${p.code}.`,
              'Fix the formula or type the value.',
            ),
          );
        }
      }
    }
    return out;
  },
};
