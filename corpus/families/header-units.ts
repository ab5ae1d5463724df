/**
 * The unit written in the year headers, after the year and its use: "2009/10 Actual (%)",
 * "Target 2010/11 %", "2008/09 Outturn (per 1,000)", "Baseline 2008/09 (rate per 10,000)",
 * "2009/10 (No.)" under a band. The unit says nothing about which year or use the column is.
 */
import type { Family } from './types';

const UNITS = [
  ' (%)',
  ' %',
  ' (per 1,000)',
  ' (rate per 10,000)',
  ' (No.)',
  ' (number)',
  ' (days)',
  ' (per 1000)',
];

export const headerUnits: Family = {
  name: 'header-units',
  summary: "units in the year headers: '2009/10 Actual (%)', 'Target 2010/11 (per 1,000)', '2009/10 (No.)'",
  apply(plan, rng) {
    const h = plan.main.header;
    h.unit = rng.pick(UNITS);
    h.patterns = { actual: rng.int(0, 6), baseline: rng.int(0, 1), target: rng.int(0, 4) };
    if (rng.chance(0.3)) h.layout = 'bands';
  },
};
