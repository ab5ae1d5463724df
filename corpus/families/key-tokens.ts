/**
 * Tokens a key on the sheet defines: "X = New Indicator" in actual cells, "72.1%*"
 * with "* = provisional", "-" for no data. The key sits beside or below the table.
 */
import { stripOf } from '../layout';
import type { Family } from './types';

export const keyTokens: Family = {
  name: 'key-tokens',
  summary: 'tokens defined by a key on the sheet ("X = New Indicator", "* = provisional")',
  apply(plan, rng) {
    const spec = plan.main;
    spec.values = 'tokens';
    spec.statusShare = 0.3;
    const entries: [string, string][] = [
      ['X', rng.pick(['New Indicator', 'New indicator - no data', 'New measure'])],
      ['*', rng.pick(['provisional', 'Provisional data', 'provisional figure'])],
      ['-', 'no data'],
    ];
    const key = { kind: 'key' as const, entries, twoCols: rng.chance(0.5) };
    const { sheet, index } = stripOf(plan, spec);
    if (rng.chance(0.5)) {
      sheet.strips[index].items.push(key);
      sheet.strips[index].gapCols = rng.int(1, 2);
    } else {
      sheet.strips[index].gapRows = rng.int(1, 2);
      sheet.strips.splice(index + 1, 0, { items: [key], gapCols: 0, gapRows: 1 });
    }
  },
};
