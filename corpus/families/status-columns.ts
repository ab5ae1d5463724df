/**
 * The officer's own RAG / Status / Comments columns, empty or filled in; and a RAG column
 * beside a target under that year's merged header.
 */
import type { ColSpec, TableSpec } from '../spec';
import { afterYears } from './helpers';
import type { Family } from './types';

/** A RAG column beside a target, under that year's header merged over both ("2009/10 Target" over "36 | G"). */
function pairWithTarget(spec: TableSpec, fill: 'letters' | 'words'): void {
  const target = spec.columns.findIndex((c) => c.kind === 'year' && c.y.role === 'target' && !c.y.quarter);
  if (target === -1) return;
  spec.columns.splice(target + 1, 0, { kind: 'status', header: '', fill, paired: true });
}

export const statusColumns: Family = {
  name: 'status-columns',
  summary:
    'existing RAG / Status / Comments columns, empty or filled; RAG beside a target under its merged header',
  apply(plan, rng) {
    const spec = plan.main;
    const ratedYear = spec.columns.reduce(
      (y, c) => (c.kind === 'year' && c.y.role !== 'target' ? Math.max(y, c.y.year) : y),
      0,
    );
    const yy = `${ratedYear}/${String((ratedYear + 1) % 100).padStart(2, '0')}`;
    const status: ColSpec = {
      kind: 'status',
      header: rng.pick(['RAG', `RAG ${yy}`, 'Status', 'RAG rating', 'Traffic light', 'RAG Status']),
      fill: rng.pick(['empty', 'letters', 'words'] as const),
    };
    const cols: ColSpec[] = [status];
    if (rng.chance(0.6))
      cols.push({ kind: 'notes', header: rng.pick(['Comments', 'Commentary', 'Notes', 'Remarks']) });
    afterYears(spec, rng.chance(0.3) ? cols.reverse() : cols);
    // drawn last, so the layouts drawn before it came keep their choices
    if (rng.chance(0.3)) pairWithTarget(spec, rng.pick(['letters', 'words'] as const));
  },
};
