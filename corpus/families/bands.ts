/**
 * Bands merged across years: Actual(s), Outturn, Past performance, Baseline,
 * Target(s), Future targets, Trajectory; the years under them plain or with their use,
 * and sometimes the latest actual's own header ("2009/10 Actual") merged down through
 * the band row beside the bands.
 */
import { setYears } from '../spec';
import { BAND_WORDS } from '../years';
import type { Family } from './types';

export const bands: Family = {
  name: 'bands',
  summary:
    'bands (Actuals, Outturn, Past performance, Baseline, Targets, Future targets, Trajectory) merged across years, some year headers merged down',
  apply(plan, rng) {
    const spec = plan.main;
    if (rng.chance(0.3)) setYears(spec, rng.pick(['past-future', 'baseline-actual-targets'] as const), rng);
    const h = spec.header;
    h.layout = rng.chance(0.8) ? 'bands' : 'super-bands';
    h.bandWords = {
      actual: rng.pick(BAND_WORDS.actual),
      baseline: 'Baseline',
      target: rng.pick(BAND_WORDS.target),
    };
    h.roleInLabel = rng.chance(0.25);
    h.mergeDownLatestActual = rng.chance(0.5);
    h.otherPos = rng.pick(['bottom', 'top', 'down'] as const);
    h.yearStyle = rng.pick(['slash', 'slash', 'short', 'dash'] as const);
  },
};
