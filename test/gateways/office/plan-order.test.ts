import { REGISTRY_SHEET, type WriteOp } from '../../../src/engine/model/plan';
import { valuesBeforeFormats } from '../../../src/gateways/office/plan-order';

const v = (sheet: string, range: string): WriteOp => ({ op: 'values', sheet, range, values: [['x']] });
const s = (sheet: string, range: string): WriteOp => ({ op: 'style', sheet, range, style: { bold: true } });
const label = (ops: WriteOp[]) => ops.map((o) => `${o.op}:${o.sheet}:${'range' in o ? o.range : ''}`);

describe('valuesBeforeFormats', () => {
  it('moves formats after later values, keeping each kind in plan order', () => {
    const ops = [s('A', 'A1'), v('A', 'A1'), s('A', 'B1'), v('A', 'B1')];
    expect(label(valuesBeforeFormats(ops))).toEqual([
      'values:A:A1',
      'values:A:B1',
      'style:A:A1',
      'style:A:B1',
    ]);
  });

  it('lets a clear or delete of the same sheet wait for its formats, but not other sheets’', () => {
    const ops: WriteOp[] = [
      s('A', 'A1'),
      s('B', 'B1'),
      { op: 'clear', sheet: 'a', range: 'A1' },
      v('A', 'A1'),
    ];
    expect(label(valuesBeforeFormats(ops))).toEqual([
      'style:A:A1',
      'clear:a:A1',
      'values:A:A1',
      'style:B:B1',
    ]);
  });

  it('writes every pending format before the registry sheet, so the registry stays last', () => {
    const ops = [v('R', 'A1'), s('R', 'A1'), v(REGISTRY_SHEET, 'A1')];
    expect(label(valuesBeforeFormats(ops))).toEqual([
      'values:R:A1',
      'style:R:A1',
      `values:${REGISTRY_SHEET}:A1`,
    ]);
  });

  it('keeps every op exactly once', () => {
    const ops = [
      s('A', 'A1'),
      v('B', 'A1'),
      { op: 'deleteSheet', sheet: 'A' } as WriteOp,
      s('B', 'C3'),
      v('C', 'A1'),
    ];
    const out = valuesBeforeFormats(ops);
    expect(out).toHaveLength(ops.length);
    expect(new Set(out)).toEqual(new Set(ops));
  });
});
