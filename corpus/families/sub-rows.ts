/**
 * Sub-rows under a coded parent: "(NI 56) ... (a) Year 6: percentage obese" then
 * "(b) ..." on the rows below, which take the parent's code with their letter; and
 * lettered sub-lists (a., b., c.) under an uncoded heading, which are local rows.
 */
import { LIST_HEADINGS, WITH_SUBS } from '../indicators';
import type { Rng } from '../prng';
import { insertBlock, type RowPlan } from '../spec';
import type { Family } from './types';
import type { LayoutPlan } from '../layout';

function parentWithSubs(plan: LayoutPlan, rng: Rng): RowPlan[] {
  const ind = plan.pool.take(WITH_SUBS);
  const rows: RowPlan[] = [{ kind: 'ind', ind, role: 'parent', letter: ind.subs[0][0], laa: false }];
  for (const [letter] of ind.subs.slice(1, rng.int(2, 3)))
    rows.push({ kind: 'ind', ind, role: 'sub', letter, laa: false });
  return rows;
}

function letteredList(rng: Rng): RowPlan[] {
  const list = rng.pick(LIST_HEADINGS);
  const items = list.items.slice(0, rng.int(2, list.items.length));
  const form = rng.int(0, 2);
  return [
    { kind: 'list-heading', text: list.heading },
    ...items.map((title, i): RowPlan => ({ kind: 'item', letter: 'abcdefgh'[i], title, form })),
  ];
}

export const subRows: Family = {
  name: 'sub-rows',
  summary: 'sub-rows under a coded parent, lettered sub-lists under an uncoded heading',
  apply(plan, rng) {
    const spec = plan.main;
    const blocks: RowPlan[][] = [];
    for (let i = rng.int(1, 2); i > 0; i--) blocks.push(parentWithSubs(plan, rng));
    if (rng.chance(0.6)) blocks.push(letteredList(rng));
    for (const block of blocks) insertBlock(spec, block, rng);
  },
};
