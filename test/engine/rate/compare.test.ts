/** The comparison rules on their own: edges, strictness, tolerance kinds. */
import { compare } from '../../../src/engine/rate/rag';
import { directionOf } from '../../../src/engine/rate/direction';
import { expectedValue } from '../../../src/engine/rate/trajectory';

const rel5 = { kind: 'relative' as const, value: 5 };

describe('compare', () => {
  it('meets a level exactly, despite float noise', () => {
    // 0.1 + 0.2 is 0.30000000000000004 in floating point
    expect(compare(0.1 + 0.2, { kind: 'level', value: 0.3, better: 'lower' }, rel5).rag).toBe('Green');
  });

  it('puts the Amber edge at exactly the tolerance', () => {
    // 5% of 20 = 1: a miss of 1 is Amber, of 1.01 Red
    expect(compare(19, { kind: 'level', value: 20, better: 'higher' }, rel5).rag).toBe('Amber');
    expect(compare(18.99, { kind: 'level', value: 20, better: 'higher' }, rel5).rag).toBe('Red');
  });

  it('treats "<" as strict and "<=" as inclusive', () => {
    expect(compare(5, { kind: 'bound', op: '<', value: 5 }, rel5)).toMatchObject({ rag: 'Amber', miss: 0 });
    expect(compare(5, { kind: 'bound', op: '<=', value: 5 }, rel5).rag).toBe('Green');
    expect(compare(5, { kind: 'bound', op: '>=', value: 5 }, rel5).rag).toBe('Green');
    expect(compare(4, { kind: 'bound', op: '>', value: 5 }, rel5).rag).toBe('Red');
  });

  it('measures tolerance from a negative target by its size', () => {
    // 5% of |-20| = 1
    expect(compare(-21, { kind: 'level', value: -20, better: 'higher' }, rel5).rag).toBe('Amber');
  });

  it('uses absolute tolerances as they are', () => {
    expect(
      compare(47, { kind: 'level', value: 50, better: 'higher' }, { kind: 'absolute', value: 3 }).rag,
    ).toBe('Amber');
  });
});

describe('directionOf', () => {
  it('is polarity-aware', () => {
    expect(directionOf(7.3, 8.4, 'lower', 1).direction).toBe('Improving');
    expect(directionOf(7.3, 8.4, 'higher', 1).direction).toBe('Worsening');
    expect(directionOf(7.3, 8.4, null, 1).direction).toBe('Decreasing');
    expect(directionOf(9.3, 8.4, null, 1).direction).toBe('Increasing');
  });

  it('counts moves towards a band as improving', () => {
    const band = { band: { low: 10, high: 15 } };
    expect(directionOf(16, 18, band, 1).direction).toBe('Improving');
    expect(directionOf(9, 11, band, 1).direction).toBe('Worsening');
  });

  it('from zero only an unchanged zero is No change', () => {
    expect(directionOf(0, 0, 'lower', 1).direction).toBe('No change');
    expect(directionOf(0.001, 0, 'lower', 1).direction).toBe('Worsening');
  });
});

describe('expectedValue', () => {
  it('follows the straight line and stops at the final target', () => {
    const base = { year: 2008, value: 60 };
    const final = { year: 2011, value: 90 };
    expect(expectedValue(base, final, 2009)).toBeCloseTo(70, 9);
    expect(expectedValue(base, final, 2012)).toBe(90);
    expect(expectedValue(base, final, 2007)).toBeNull();
  });
});
