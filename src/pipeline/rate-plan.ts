/** Analysis -> the write plan that fills the rating columns and records them in the registry. */
import type { WritePlan } from '../engine/model/plan';
import type { IndicatorTable } from '../engine/model/tables';
import { withSettings } from '../engine/ownership/registry';
import { withClaim } from '../engine/ownership/claim';
import { ratingColumnsPlan } from '../engine/render/rating-columns';
import type { Analysis } from './analyse';

export interface RatePlanResult {
  plan: WritePlan;
  notices: string[];
}

export function ratePlan(a: Analysis): RatePlanResult {
  const targets = a.tables.filter((t): t is IndicatorTable => t.kind === 'targets');
  const r = ratingColumnsPlan(a.snapshot, targets, a.ratings, a.registry, a.settings);
  const registry = withSettings(r.registry, a.settings);
  const rated = targets.reduce((n, t) => n + t.rows.length, 0);
  return {
    plan: {
      summary: `Rated ${rated} indicator row(s) in ${targets.length} table(s)`,
      ops: withClaim(a.registry, registry, r.ops),
    },
    notices: r.notices,
  };
}
