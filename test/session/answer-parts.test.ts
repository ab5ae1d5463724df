import { joinAnswer, opParts, splitAnswer, type PartField } from '../../src/session/engine/answer-parts';
import type { Finding } from '../../src/engine/model/findings';
import type { WriteOp } from '../../src/engine/model/plan';

const values = (rows: number, cols: number): WriteOp => ({
  op: 'values',
  sheet: 'S',
  range: 'A1',
  values: Array.from({ length: rows }, () => Array<string>(cols).fill('x')),
});
const merge: WriteOp = { op: 'merge', sheet: 'S', range: 'A1:B1' };

describe('a plan in parts', () => {
  it('keeps every op once, in order, and each part within the weight unless one op is heavier', () => {
    const ops = [values(10, 10), merge, values(3, 3), values(50, 10), merge, values(1, 1)];
    const parts = opParts(ops, 130);
    expect(parts.flat()).toEqual(ops);
    // weights (5 per op + cells) 105 + 5 + 14 = 124 | the 505-weight op, alone over the limit | 5 + 6
    expect(parts.map((p) => p.length)).toEqual([3, 1, 2]);
  });

  it('sends nothing for an empty plan, and one part for a light one', () => {
    expect(opParts([])).toEqual([]);
    expect(opParts([merge, merge])).toEqual([[merge, merge]]);
  });

  it('splits an answer into ops and findings parts and joins it back as it was', () => {
    const findings: Finding[] = Array.from({ length: 7 }, (_, i) => ({
      rule: 'NI-TEST',
      severity: 'warning',
      sheet: 'S',
      cell: `A${i + 1}`,
      message: `m${i}`,
      fix: 'f',
    }));
    const answer = { plan: { summary: 'x', ops: [values(10, 10), merge, values(3, 3)] }, findings, rag: 1 };
    const { parts, rest } = splitAnswer(answer, { weight: 110, findings: 3 });
    expect(parts.map((p) => `${p.field} ${p.items.length}`)).toEqual([
      'ops 2',
      'ops 1',
      'findings 3',
      'findings 3',
      'findings 1',
    ]);
    expect(rest).toEqual({ plan: { summary: 'x', ops: [] }, findings: [], rag: 1 });
    const collected: Partial<Record<PartField, unknown[]>> = {};
    for (const p of parts) (collected[p.field] ??= []).push(...p.items);
    expect(joinAnswer(rest, collected)).toEqual(answer);
    // a short list of findings travels with the answer
    expect(splitAnswer({ findings }, { weight: 110, findings: 10 })).toEqual({
      parts: [],
      rest: { findings },
    });
  });
});
