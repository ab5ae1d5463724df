/**
 * Rows grouped under Every Child Matters outcome headings (in the first column, the
 * title column, or merged across the table), blank rows between groups, and the
 * header repeated after a page break, with or without a caption.
 */
import { OUTCOMES } from '../indicators';
import type { Rng } from '../prng';
import { insertBlock, safeCuts, type RowPlan, type TableSpec } from '../spec';
import { outcomeHeading } from '../texts';
import type { Family } from './types';

/** The rows cut into groups at places that split no block, each under an outcome heading. */
function grouped(spec: TableSpec, rng: Rng): RowPlan[] {
  const rows = spec.rows;
  const cuts = rng
    .sample(
      safeCuts(rows).filter((i) => i < rows.length),
      rng.int(1, 3),
    )
    .sort((a, b) => a - b);
  const bounds = [0, ...cuts, rows.length];
  const outcomes = rng.sample(OUTCOMES, bounds.length - 1);
  const form = rng.int(0, 5);
  const blanks = rng.chance(0.5);
  const out: RowPlan[] = [];
  outcomes.forEach((o, g) => {
    if (g > 0 && blanks) out.push({ kind: 'blank' });
    out.push({ kind: 'heading', text: outcomeHeading(o, OUTCOMES.indexOf(o) + 1, form) });
    out.push(...rows.slice(bounds[g], bounds[g + 1]));
  });
  return out;
}

function withRepeat(rows: RowPlan[], rng: Rng): RowPlan[] {
  const cuts = safeCuts(rows).filter((i) => i >= 2 && i < rows.length);
  if (cuts.length === 0) return rows;
  const at = rng.pick(cuts);
  const caption = rng.pick([null, 'Table A (continued)', '(continued)', 'Continued']);
  const before: RowPlan[] = rng.chance(0.5) ? [{ kind: 'blank' }] : [];
  return [...rows.slice(0, at), ...before, { kind: 'repeat', caption }, ...rows.slice(at)];
}

/** Rows deleted and left blank: a run of blank rows just before an indicator, inside the body. */
function deletedRows(spec: TableSpec, n: number, rng: Rng): void {
  const before = spec.rows.flatMap((p, i) => (i > 0 && p.kind === 'ind' && p.role === 'main' ? [i] : []));
  if (before.length === 0) return;
  const at = rng.pick(before);
  spec.rows.splice(at, 0, ...Array.from({ length: n }, (): RowPlan => ({ kind: 'blank' })));
}

const COMMENT_ROWS = [
  'Rate fell again this year; the new clinic opens in May.',
  'Provisional figure: final data in the autumn.',
  'Improvement plan agreed by the board in March.',
  'Definition changed in 2009, so the years do not compare.',
];

/** An officer's comment row right under an indicator (after its sub-rows). */
function commentUnder(spec: TableSpec, rng: Rng): void {
  const after = spec.rows.flatMap((p, i) => {
    const next = spec.rows[i + 1];
    const isSub = next?.kind === 'ind' && next.role === 'sub';
    return p.kind === 'ind' && p.role === 'main' && !isSub ? [i + 1] : [];
  });
  if (after.length === 0) return;
  spec.rows.splice(rng.pick(after), 0, { kind: 'comment', text: rng.pick(COMMENT_ROWS) });
}

export const outcomeGroups: Family = {
  name: 'outcome-groups',
  summary:
    'outcome headings (Every Child Matters), repeated page headers, blank rows (runs of 3-7 where rows were deleted), comment rows under indicators',
  apply(plan, rng) {
    const spec = plan.main;
    const extra = rng.int(2, 5);
    for (let i = 0; i < extra; i++)
      spec.rows.push({ kind: 'ind', ind: plan.pool.take(), role: 'main', letter: null, laa: false });
    if (rng.chance(0.8)) spec.rows = grouped(spec, rng);
    spec.headingPlacement = rng.pick(['first', 'title', 'merged'] as const);
    const breaks = rng.next();
    if (breaks < 0.5) spec.rows = withRepeat(spec.rows, rng);
    else if (breaks < 0.75) insertBlock(spec, [{ kind: 'blank' }], rng);
    // drawn last, so the layouts drawn before it came keep their choices
    if (rng.chance(0.3)) deletedRows(spec, rng.int(3, 7), rng);
    if (rng.chance(0.3)) commentUnder(spec, rng);
  },
};
