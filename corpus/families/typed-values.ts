/**
 * Values as officers type them: 7.3%, 0.073 shown as 0.0%, bare 50.9, 8.4% (9.9%),
 * 0.23 [101], 14pts, 31.0 per 1000, 86% ¹, 67% (prov'l), <5%, and statuses (nya: July
 * 2010, N/A, TBC, New indicator, No target, ceased, Numbers too small) where a figure
 * would be.
 */
import type { Family } from './types';

export const typedValues: Family = {
  name: 'typed-values',
  summary: 'values as officers type them (7.3%, 0.073 as 0.0%, 8.4% (9.9%), nya, N/A...)',
  apply(plan, rng) {
    plan.main.values = 'officer';
    plan.main.statusShare = rng.pick([0.1, 0.2]);
  },
};
