/** Several families at once, applied in the registry's order (structure first, then surroundings). */
import type { Family } from './types';

export function combinedFamily(others: readonly Family[]): Family {
  return {
    name: 'combined',
    summary: 'three to five of the other families in one layout',
    apply(plan, rng) {
      const picked = new Set(rng.sample(others, rng.int(3, 5)).map((f) => f.name));
      for (const f of others) {
        if (!picked.has(f.name)) continue;
        f.apply(plan, rng.fork(f.name));
        plan.features.add(f.name);
      }
    },
  };
}
