/**
 * Local indicators: the council's own codes (CSC 014), defined on a definitions sheet
 * (or not, or all but one), "Local Indicator" rows with no code, and LAA flags on NI rows.
 */
import { LOCAL_POOL } from '../indicators';
import { insertBlock, type RowPlan } from '../spec';
import type { Family } from './types';

export const localCodes: Family = {
  name: 'local-codes',
  summary: 'local codes (CSC 014) with and without a definitions sheet, "Local Indicator" rows, LAA flags',
  apply(plan, rng) {
    const spec = plan.main;
    const locals = rng.sample(LOCAL_POOL, rng.int(1, 3));
    if (rng.chance(0.7)) {
      // a definitions sheet, sometimes missing one of the codes the table uses
      const defined = locals.length > 1 && rng.chance(0.3) ? locals.slice(1) : locals;
      spec.definedLocals = defined.map((d) => d.code);
      plan.definitions.push(...defined);
    }
    const rows: RowPlan[] = locals.map((ind) => ({
      kind: 'ind',
      ind,
      role: 'main',
      letter: null,
      laa: false,
    }));
    if (rng.chance(0.6))
      rows.push({ kind: 'local-marker', title: 'Total absences in primary schools', ind: LOCAL_POOL[9] });
    for (const row of rows) insertBlock(spec, [row], rng);
    for (const row of spec.rows) if (row.kind === 'ind' && !row.ind.local && rng.chance(0.3)) row.laa = true;
  },
};
