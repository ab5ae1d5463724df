/**
 * Splitting a big write plan into parts for the trip from the engine's worker to the page. Structured
 * cloning 100k rows' plan in one message (96 MB) took the page 2.6 s to take in; in parts of about
 * PART_WEIGHT cells each it takes a few hundred ms per part, each part its own task.
 */
import type { WriteOp } from '../engine/model/plan';

/** cells (or listed rows/columns) per part; a single bigger op travels alone */
export const PART_WEIGHT = 150_000;

/** an op's own fields cost about as much to clone as this many cells (a link has five strings) */
const OP_WEIGHT = 5;

const weightOf = (op: WriteOp): number => {
  if (op.op === 'values') return OP_WEIGHT + op.values.reduce((n, row) => n + row.length, 0);
  if (op.op === 'rowHeights') return OP_WEIGHT + op.heights.length;
  if (op.op === 'columnWidths') return OP_WEIGHT + op.widths.length;
  return OP_WEIGHT;
};

/** The ops in consecutive runs, each at most PART_WEIGHT heavy (or one op); none when the list is empty. */
export function opParts(ops: readonly WriteOp[], limit = PART_WEIGHT): WriteOp[][] {
  const parts: WriteOp[][] = [];
  let part: WriteOp[] = [];
  let weight = 0;
  for (const op of ops) {
    const w = weightOf(op);
    if (part.length > 0 && weight + w > limit) {
      parts.push(part);
      part = [];
      weight = 0;
    }
    part.push(op);
    weight += w;
  }
  if (part.length > 0) parts.push(part);
  return parts;
}
