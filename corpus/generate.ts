/**
 * The corpus: layout i belongs to family i mod F and draws from its own stream
 * seeded by (seed, i), so a layout's id names it for good: "L0042" is the same
 * layout whatever --count or --family asked for.
 */
import { FAMILIES, type Family } from './families';
import { basePlan, compose } from './layout';
import type { Layout } from './model';
import { Rng, hashSeed } from './prng';

export interface GenerateOptions {
  seed: number;
  count: number;
  /** only this family's layouts (count of them) */
  family?: string;
}

export function layoutId(index: number): string {
  return `L${String(index).padStart(4, '0')}`;
}

export function familyOf(index: number): Family {
  return FAMILIES[index % FAMILIES.length];
}

export function generateLayout(seed: number, index: number): Layout {
  const family = familyOf(index);
  const rng = new Rng(hashSeed(seed, index));
  const plan = basePlan(layoutId(index), family.name, rng.fork('base'));
  family.apply(plan, rng.fork(family.name));
  return compose(plan, rng.fork('render'));
}

/** Indices of the layouts asked for, in order. */
export function layoutIndices(options: GenerateOptions): number[] {
  const out: number[] = [];
  if (!options.family) {
    for (let i = 0; i < options.count; i++) out.push(i);
    return out;
  }
  const at = FAMILIES.findIndex((f) => f.name === options.family);
  if (at < 0)
    throw new Error(`no family "${options.family}"; families: ${FAMILIES.map((f) => f.name).join(', ')}`);
  for (let k = 0; k < options.count; k++) out.push(at + k * FAMILIES.length);
  return out;
}

export function* generateCorpus(options: GenerateOptions): Generator<Layout> {
  for (const i of layoutIndices(options)) yield generateLayout(options.seed, i);
}

/** The index a layout id names: "L0042" -> 42. */
export function indexOfId(id: string): number {
  const m = /^L?(\d+)$/i.exec(id.trim());
  if (!m) throw new Error(`not a layout id: ${id}`);
  return Number(m[1]);
}
