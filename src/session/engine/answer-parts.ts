/**
 * Splitting a big answer into parts for the trip from the engine's worker to the page: a write plan's
 * ops and a list of findings. Structured cloning 100k rows' plan in one message (96 MB) took the page
 * 2.6 s to take in; in parts of about PART_WEIGHT cells each it takes a few hundred ms per part, each
 * part its own task. The worker splits with splitAnswer and the page joins with joinAnswer.
 */
import type { Finding } from '../../engine/model/findings';
import type { WriteOp, WritePlan } from '../../engine/model/plan';

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

/** findings per part: 44k findings (100k rows) took the page over a second as one message */
export const FINDINGS_PER_PART = 5_000;

export type PartField = 'ops' | 'findings';

export interface AnswerPart {
  field: PartField;
  items: unknown[];
}

type Answer = { plan?: WritePlan; findings?: Finding[] } | null;

function slices<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** A result as the parts to send first and what is left of it to send last (with those lists empty). */
export function splitAnswer(
  result: unknown,
  limits = { weight: PART_WEIGHT, findings: FINDINGS_PER_PART },
): { parts: AnswerPart[]; rest: unknown } {
  const answer = result as Answer;
  const parts: AnswerPart[] = [];
  if (!answer || typeof answer !== 'object') return { parts, rest: result };
  let rest: Record<string, unknown> = answer;
  if (answer.plan && answer.plan.ops.length > 0) {
    for (const items of opParts(answer.plan.ops, limits.weight)) parts.push({ field: 'ops', items });
    rest = { ...rest, plan: { ...answer.plan, ops: [] } };
  }
  if (Array.isArray(answer.findings) && answer.findings.length > limits.findings) {
    for (const items of slices(answer.findings, limits.findings)) parts.push({ field: 'findings', items });
    rest = { ...rest, findings: [] };
  }
  return { parts, rest };
}

/** The result again, from what was left of it and the parts' items as they came, by field. */
export function joinAnswer(rest: unknown, collected: Partial<Record<PartField, unknown[]>>): unknown {
  let result = rest as Record<string, unknown> & { plan?: WritePlan };
  if (collected.ops && result.plan)
    result = { ...result, plan: { ...result.plan, ops: collected.ops as WriteOp[] } };
  if (collected.findings) result = { ...result, findings: collected.findings };
  return result;
}
