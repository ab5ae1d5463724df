/**
 * A small seeded PRNG (mulberry32) and the few draws the generator needs. Every
 * layout gets its own stream, derived from the corpus seed and the layout's index,
 * so layout 42 is the same whether 50 or 5,000 layouts are generated.
 */

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a over the parts' text: a 32-bit seed from a corpus seed and a label. */
export function hashSeed(...parts: (number | string)[]): number {
  let h = 0x811c9dc5;
  for (const ch of parts.join('\u0000')) {
    h ^= ch.charCodeAt(0);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export class Rng {
  private readonly draw: () => number;

  constructor(seed: number) {
    this.draw = mulberry32(seed);
  }

  /** uniform in [0, 1) */
  next(): number {
    return this.draw();
  }

  /** integer in [lo, hi], both included */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.draw() * (hi - lo + 1));
  }

  /** uniform in [lo, hi) */
  float(lo: number, hi: number): number {
    return lo + this.draw() * (hi - lo);
  }

  chance(p: number): boolean {
    return this.draw() < p;
  }

  pick<T>(xs: readonly T[]): T {
    if (xs.length === 0) throw new Error('pick from an empty list');
    return xs[Math.floor(this.draw() * xs.length)];
  }

  /** one item, each with its weight */
  weighted<T>(xs: readonly (readonly [T, number])[]): T {
    const total = xs.reduce((s, [, w]) => s + w, 0);
    let x = this.draw() * total;
    for (const [v, w] of xs) {
      x -= w;
      if (x < 0) return v;
    }
    return xs[xs.length - 1][0];
  }

  /** a shuffled copy */
  shuffle<T>(xs: readonly T[]): T[] {
    const out = [...xs];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.draw() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }

  /** n distinct items (fewer when the list is shorter) */
  sample<T>(xs: readonly T[], n: number): T[] {
    return this.shuffle(xs).slice(0, n);
  }

  /** an independent stream for a sub-task, so adding draws there never shifts the draws here */
  fork(label: string): Rng {
    return new Rng(hashSeed(Math.floor(this.draw() * 4294967296), label));
  }
}
