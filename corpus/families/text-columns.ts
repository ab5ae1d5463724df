/**
 * Several text columns (lead officer, delivery board, theme, partner, comments), one
 * of which is the title, in any order; the title's header may be plain, unusual or
 * missing.
 */
import type { ColSpec, TextKind } from '../spec';
import { TEXT_HEADERS } from '../texts';
import { afterYears, titleColumn } from './helpers';
import type { Family } from './types';

const TITLE_HEADERS = [
  'Indicator',
  'Description',
  'Measure',
  'Performance measure',
  '',
  'PI Name',
  'What we will measure',
  'Indicator and definition',
  'Performance Indicator',
];

export const textColumns: Family = {
  name: 'text-columns',
  summary: 'lead officer, delivery board, theme, partner and comments columns beside the title',
  apply(plan, rng) {
    const spec = plan.main;
    const title = titleColumn(spec);
    if (!title) return;
    title.header = rng.pick(TITLE_HEADERS);
    const kinds = rng.sample<TextKind>(['lead', 'board', 'theme', 'partner', 'comments'], rng.int(2, 4));
    const cols = (k: TextKind): ColSpec => ({ kind: 'text', text: k, header: rng.pick(TEXT_HEADERS[k]) });
    const before = kinds.filter((k) => k !== 'comments' && rng.chance(0.6)).map(cols);
    const after = kinds
      .filter((k) => k === 'comments' || !before.some((b) => b.kind === 'text' && b.text === k))
      .map(cols);
    const at = spec.columns.indexOf(title);
    spec.columns.splice(at, 1);
    const group = rng.shuffle([title, ...before]);
    spec.columns.splice(at, 0, ...group);
    afterYears(spec, after);
  },
};
