import { opParts } from '../../src/pipeline/session-engine-parts';
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
});
