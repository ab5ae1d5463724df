/**
 * Year labels as officers write them: 2009/10, 2009-10, 09/10, 2009/2010, 2008/9,
 * FY 2009/10, Ac Yr 2009/10, calendar years, Target 10/11, Outturn 2008/09,
 * 2008/09 Actual Full Year, and quarterly columns (Q1 2009/10, then Q2 carrying the year); and a
 * "2009/10" or "09/10" alone in its cell as Excel keeps it once typed: a date (Oct-09, 09-Oct).
 */
import { setYears } from '../spec';
import { YEAR_STYLES } from '../years';
import type { Family } from './types';

export const yearLabels: Family = {
  name: 'year-labels',
  summary:
    'year labels: 2009/10, 2009-10, 09/10, 2009/2010, FY 2009/10, Ac Yr 2009/10, Target 10/11, Tgt 10/11, 2009/10 Act, Target 2010/11 (revised), Outturn 2008/09, Q1 2009/10, Oct-09 (2009/10 that Excel made a date)',
  apply(plan, rng) {
    const spec = plan.main;
    const h = spec.header;
    h.yearStyle = rng.pick(YEAR_STYLES);
    h.patterns = { actual: rng.int(0, 8), baseline: rng.int(0, 1), target: rng.int(0, 8) };
    h.mixPatterns = rng.chance(0.4);
    h.newlines = rng.chance(0.25);
    if (h.yearStyle !== 'calendar' && rng.chance(0.35)) {
      setYears(spec, 'quarterly', rng);
      h.quarterCarry = rng.chance(0.5);
    } else if (rng.chance(0.1)) setYears(spec, 'baseline-only', rng);
    if (rng.chance(0.25)) h.layout = 'bands';
    // drawn last, so the layouts drawn before this was added keep their other choices
    h.excelDates = rng.chance(0.3);
  },
};
