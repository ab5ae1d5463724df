/** The officer's own RAG / Status / Comments columns, empty or filled in. */
import type { ColSpec } from '../spec';
import { afterYears } from './helpers';
import type { Family } from './types';

export const statusColumns: Family = {
  name: 'status-columns',
  summary: 'existing RAG / Status / Comments columns, empty or filled',
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
  },
};
