/**
 * Tables that are not indicator tables near the targets table: a budget (with years
 * and "Forecast outturn" in its header), a staff list, pay grades by year, Ofsted
 * grades by year; above, below, beside it, or on a sheet of their own. And a "Total" row under
 * the targets table summing its years, which is no indicator.
 */
import type { Distractor } from '../blocks';
import { stripOf } from '../layout';
import type { Family } from './types';

const KINDS: Distractor[] = ['budget', 'staff', 'grades', 'ofsted'];

export const distractors: Family = {
  name: 'distractors',
  summary:
    'non-indicator tables nearby (budgets, staff lists, grade tables) and a Total row under the table, that must not be taken',
  apply(plan, rng) {
    const { sheet, index } = stripOf(plan, plan.main);
    for (const which of rng.sample(KINDS, rng.int(1, 2))) {
      const where = rng.pick(['above', 'below', 'beside', 'sheet'] as const);
      const item = { kind: 'distractor' as const, which };
      if (where === 'beside') {
        sheet.strips[index].items.push(item);
        sheet.strips[index].gapCols = rng.int(1, 2);
      } else if (where === 'above') {
        sheet.strips.splice(index, 0, { items: [item], gapCols: 1, gapRows: rng.int(1, 2) });
      } else if (where === 'below') {
        sheet.strips[sheet.strips.length - 1].gapRows = rng.int(1, 3);
        sheet.strips.push({ items: [item], gapCols: 1, gapRows: 1 });
      } else {
        const name = plan.sheets.some((s) => s.name === 'Budget') ? 'Staff' : 'Budget';
        if (plan.sheets.some((s) => s.name === name)) continue;
        plan.sheets.push({
          name,
          startRow: 0,
          startCol: 0,
          strips: [{ items: [item], gapCols: 1, gapRows: 1 }],
        });
      }
    }
    // drawn last, so the layouts drawn before it came keep their choices
    if (rng.chance(0.3)) plan.main.totalsRow = true;
  },
};
