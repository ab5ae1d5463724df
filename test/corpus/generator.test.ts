/** The generator is seeded and deterministic, and a layout's id names it whatever else was generated. */
import { generateCorpus, generateLayout, layoutIndices, layoutId } from '../../corpus/generate';
import { FAMILIES } from '../../corpus/families';
import { Rng, mulberry32 } from '../../corpus/prng';

describe('prng', () => {
  it('mulberry32 gives the same stream for the same seed', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(mulberry32(43)()).not.toBe(xs[0]);
  });

  it('draws integers in range, both ends reachable', () => {
    const rng = new Rng(7);
    const seen = new Set<number>();
    for (let i = 0; i < 500; i++) seen.add(rng.int(2, 5));
    expect([...seen].sort()).toEqual([2, 3, 4, 5]);
  });
});

describe('generator', () => {
  it('makes the same layouts from the same seed', () => {
    const a = [...generateCorpus({ seed: 5, count: 60 })];
    const b = [...generateCorpus({ seed: 5, count: 60 })];
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  it('makes other layouts from another seed', () => {
    const a = generateLayout(5, 3);
    const b = generateLayout(6, 3);
    expect(JSON.stringify(b.snapshot)).not.toBe(JSON.stringify(a.snapshot));
  });

  it('gives a family the same layouts (and ids) as the full corpus', () => {
    const name = FAMILIES[4].name;
    const only = [...generateCorpus({ seed: 9, count: 3, family: name })];
    expect(only.map((l) => l.family)).toEqual([name, name, name]);
    for (const l of only) {
      const i = Number(l.id.slice(1));
      expect(l.id).toBe(layoutId(i));
      expect(JSON.stringify(generateLayout(9, i))).toBe(JSON.stringify(l));
    }
  });

  it('cycles through every family, at least 12 besides plain and combined', () => {
    const n = FAMILIES.length;
    expect(n - 2).toBeGreaterThanOrEqual(12);
    const fams = layoutIndices({ seed: 1, count: n }).map((i) => generateLayout(1, i).family);
    expect(new Set(fams).size).toBe(n);
  });

  it('makes 1,000 layouts quickly', () => {
    const started = Date.now();
    let rows = 0;
    for (const l of generateCorpus({ seed: 1, count: 1000 }))
      rows += l.truth.tables.reduce((s, t) => s + t.rows.length, 0);
    expect(rows).toBeGreaterThan(5000);
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});
