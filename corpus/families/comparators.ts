/** Comparator columns after the years: statistical neighbours, England, region, some with a year. */
import type { ColSpec } from '../spec';
import { afterYears } from './helpers';
import type { Family } from './types';

const HEADERS = [
  'Statistical neighbours',
  'Stat Neighbours',
  'SN average',
  'England',
  'National average',
  'London',
  'England 2008/09',
  'SN 2008/09',
];

export const comparators: Family = {
  name: 'comparators',
  summary: 'statistical neighbour, England and regional comparator columns',
  apply(plan, rng) {
    const cols: ColSpec[] = rng
      .sample(HEADERS, rng.int(1, 3))
      .map((header) => ({ kind: 'comparator', header }));
    afterYears(plan.main, cols);
  },
};
