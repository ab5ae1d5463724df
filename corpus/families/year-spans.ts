/**
 * Years written as the span they cover, or run together: FY09/10, 2009 - 10,
 * Apr 09 - Mar 10, April 2009 - March 2010, Sep 09 - Aug 10 (an academic year), in
 * labels that say the use ("Apr 09 - Mar 10 Actual") or under bands that do.
 */
import { SPAN_STYLES } from '../years';
import type { Family } from './types';

export const yearSpans: Family = {
  name: 'year-spans',
  summary: 'years as spans or run together: FY09/10, 2009 - 10, Apr 09 - Mar 10, April 2009 - March 2010',
  apply(plan, rng) {
    const h = plan.main.header;
    h.yearStyle = rng.pick(SPAN_STYLES);
    h.patterns = { actual: rng.int(0, 6), baseline: rng.int(0, 1), target: rng.int(0, 4) };
    h.mixPatterns = rng.chance(0.3);
    h.newlines = rng.chance(0.2);
    if (rng.chance(0.3)) h.layout = 'bands';
  },
};
