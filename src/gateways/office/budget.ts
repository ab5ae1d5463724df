/**
 * Request sizes. Excel on the web refuses a request or response over 5 MB and
 * any single range read over 5,000,000 cells, so reads and writes are cut into
 * blocks whose estimated JSON size stays under a budget (4 MB by default, for
 * headroom over the estimate), and blocks are packed into as few syncs as fit.
 */
import type { RangeRef } from '../../engine/model/snapshot';

export interface Budget {
  /** estimated bytes per request; keep well under the 5 MB limit */
  requestLimitBytes: number;
  /** average JSON bytes per cell for values and number formats together */
  bytesPerCell: number;
  /** rows per block at most, however narrow the sheet */
  maxRowsPerBlock: number;
}

export const DEFAULT_BUDGET: Budget = {
  requestLimitBytes: 4_000_000,
  // a typical plan cell: a short text or number, quotes and comma, plus "General"
  bytesPerCell: 48,
  maxRowsPerBlock: 20_000,
};

/** Fixed cost of one queued call (object path, method name, ids) in a request. */
export const CALL_BYTES = 120;

export function cells(r: RangeRef): number {
  return (r.r1 - r.r0 + 1) * (r.c1 - r.c0 + 1);
}

/** The used range cut into row blocks, each small enough to read in one request. */
export function rowBlocks(area: RangeRef, budget: Budget): RangeRef[] {
  const cols = area.c1 - area.c0 + 1;
  const byBytes = Math.floor((budget.requestLimitBytes - CALL_BYTES) / (budget.bytesPerCell * cols));
  const rows = Math.max(1, Math.min(budget.maxRowsPerBlock, byBytes));
  const out: RangeRef[] = [];
  for (let r0 = area.r0; r0 <= area.r1; r0 += rows) {
    out.push({ r0, c0: area.c0, r1: Math.min(area.r1, r0 + rows - 1), c1: area.c1 });
  }
  return out;
}

/**
 * Packs items, in order, into batches whose summed size stays under the limit;
 * an item bigger than the limit on its own gets a batch to itself.
 */
export function packBySize<T>(
  items: T[],
  size: (item: T) => number,
  limit: number,
): { items: T[]; bytes: number }[] {
  const out: { items: T[]; bytes: number }[] = [];
  let current: { items: T[]; bytes: number } | null = null;
  for (const item of items) {
    const s = size(item);
    if (!current || (current.bytes + s > limit && current.items.length > 0)) {
      current = { items: [], bytes: 0 };
      out.push(current);
    }
    current.items.push(item);
    current.bytes += s;
  }
  return out;
}
