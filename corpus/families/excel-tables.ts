/**
 * The targets table is an Excel table (ListObject): one header row (perhaps with a
 * band row above it), unique column names, and often a totals row.
 */
import type { HeaderLayout } from '../spec';
import { uniqueHeaders } from './helpers';
import type { Family } from './types';

export const excelTables: Family = {
  name: 'excel-tables',
  summary: 'Excel tables (ListObjects) with a totals row',
  apply(plan, rng) {
    const spec = plan.main;
    const h = spec.header;
    const layout: HeaderLayout = rng.chance(0.75) ? 'inline' : 'bands';
    h.layout = layout;
    h.mergeDownLatestActual = false;
    h.otherPos = 'bottom';
    h.roleInLabel = true;
    h.mixPatterns = false;
    h.quarterCarry = false;
    spec.rows = spec.rows.filter((r) => r.kind !== 'repeat');
    uniqueHeaders(spec);
    spec.listObject = {
      name: rng.pick(['tblTargets', 'Table1', 'NIScorecard', 'tblPerformance']),
      totals: rng.chance(0.6),
    };
  },
};
