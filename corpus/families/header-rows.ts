/**
 * One-, two- and three-row headers: years and uses in one cell; bands over years;
 * years over Actual / Target pairs; a band over the bands; bands over years over
 * roles. The other columns' headers sit in the bottom row, the top row, or are merged
 * down through every header row.
 */
import type { HeaderLayout } from '../spec';
import { setYears } from '../spec';
import type { Family } from './types';

const LAYOUTS: [HeaderLayout, number][] = [
  ['inline', 1],
  ['bands', 2],
  ['years-over-roles', 2],
  ['super-bands', 1],
  ['bands-years-roles', 1],
];

export const headerRows: Family = {
  name: 'header-rows',
  summary: 'one-, two- and three-row headers',
  apply(plan, rng) {
    const spec = plan.main;
    const h = spec.header;
    h.layout = rng.weighted(LAYOUTS);
    h.otherPos = rng.pick(['bottom', 'top', 'down'] as const);
    h.superBand = rng.pick([
      'Performance',
      'Performance and targets',
      'Children and Young People’s Plan',
      'Data',
    ]);
    if (h.layout === 'years-over-roles' && rng.chance(0.6)) setYears(spec, 'pairs', rng);
    if (h.layout === 'bands' || h.layout === 'super-bands') h.roleInLabel = rng.chance(0.3);
  },
};
