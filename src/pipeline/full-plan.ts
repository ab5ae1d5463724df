/**
 * Rating columns and both reports as ONE write plan (claim, content, final registry:
 * see claim.ts), so a whole validate-rate-report pass costs one read and one apply
 * (4 syncs in Excel).
 */
import type { WritePlan } from '../engine/model/plan';
import type { IndicatorTable } from '../engine/model/tables';
import { withSettings } from '../engine/ownership/registry';
import { withClaim } from '../engine/ownership/claim';
import { ratingColumnsPlan } from '../engine/render/rating-columns';
import type { Analysis } from './analyse';
import { reportPlan, type ReportPlanResult } from './report-plan';

export interface FullPlanResult {
  plan: WritePlan;
  notices: string[];
  report: ReportPlanResult;
}

export function fullPlan(a: Analysis): FullPlanResult {
  const targets = a.tables.filter((t): t is IndicatorTable => t.kind === 'targets');
  const rated = ratingColumnsPlan(a.snapshot, targets, a.ratings, a.registry, a.settings);
  // the report starts from the registry that already lists the rating columns, so its
  // final registry write records both
  const report = reportPlan({ ...a, registry: rated.registry });
  const after = report.plan.ops.length > 0 ? report.registry : withSettings(rated.registry, a.settings);
  const rows = targets.reduce((n, t) => n + t.rows.length, 0);
  return {
    plan: {
      summary: `Rated ${rows} indicator row(s) in ${targets.length} table(s); ${report.plan.summary}`,
      ops: withClaim(a.registry, after, [...rated.ops, ...report.content]),
    },
    notices: [...rated.notices, ...report.notices],
    report,
  };
}
