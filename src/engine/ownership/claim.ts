/**
 * Office batches are not transactional: Excel can stop part-way through a plan. So
 * every plan first writes a registry that claims everything it is about to write
 * (what the add-in owned before plus what it will own after), then the content, then
 * the final registry. Whatever a failed run leaves is therefore listed as the
 * add-in's own, and the next run clears or replaces it instead of stepping round it.
 */
import type { WriteOp } from '../model/plan';
import { registryOps, type Registry, type RegistryEntry } from './registry';

function key(e: RegistryEntry): string {
  return `${e.kind}\u0000${e.sheet.toLowerCase()}\u0000${e.range}\u0000${e.detail}`;
}

/** Every entry of both registries (settings from `after`), stored state from `before`. */
export function claimOf(before: Registry, after: Registry): Registry {
  const seen = new Set<string>();
  const entries: RegistryEntry[] = [];
  const settingsAfter = after.entries.some((e) => e.kind === 'setting');
  const earlier = new Set(before.entries);
  for (const e of [...before.entries, ...after.entries]) {
    if (e.kind === 'setting' && settingsAfter && !after.entries.includes(e)) continue;
    // ratings recorded for the next report are no output: the claim keeps the old ones until the
    // final write, rather than listing one entry per indicator twice
    if (e.kind === 'rating' && !earlier.has(e)) continue;
    const k = key(e);
    if (seen.has(k)) continue;
    seen.add(k);
    entries.push(e);
  }
  const ownedSheets = new Map<string, string>();
  for (const e of entries) if (e.kind === 'sheet') ownedSheets.set(e.sheet, e.detail);
  return { entries, ownedSheets, stored: before.stored };
}

/** claim, content, final registry: the order every plan that writes output uses. */
export function withClaim(before: Registry, after: Registry, content: readonly WriteOp[]): WriteOp[] {
  const claim = claimOf(before, after);
  const claimRows = claim.entries.length + 1;
  const final: Registry = {
    ...after,
    stored: { exists: true, rows: Math.max(before.stored.rows, claimRows) },
  };
  return [...registryOps(claim), ...content, ...registryOps(final)];
}
