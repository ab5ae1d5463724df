/**
 * Which way is better for a row. The indicator's definition decides; where it does not
 * know, a target that states its own direction ("<5%", "10-15%", "-2%") does.
 */
import type { IndicatorDefinition } from '../catalogue/types';
import type { ParsedValue } from '../values/types';
import type { Better } from './direction';

const FROM_BOUND: Record<'<' | '<=' | '>' | '>=', 'higher' | 'lower'> = {
  '<': 'lower',
  '<=': 'lower',
  '>': 'higher',
  '>=': 'higher',
};

/** What a target says about direction by itself, when it says anything. */
export function betterFromTarget(target: ParsedValue | undefined, isChange: boolean): Better {
  if (!target) return null;
  if (target.kind === 'bound') return FROM_BOUND[target.op];
  if (target.kind === 'band') return { band: { low: target.low, high: target.high } };
  if (target.kind === 'number' && isChange) return target.value < 0 ? 'lower' : 'higher';
  return null;
}

export function effectiveBetter(definition: IndicatorDefinition | null, fromTarget: Better): Better {
  const p = definition?.polarity;
  if (p === 'higher' || p === 'lower') return p;
  if (p === 'band') {
    if (definition?.band) return { band: definition.band };
    // a band indicator with no band on record: the target's band, else "no more than the target"
    return fromTarget !== null && typeof fromTarget === 'object' ? fromTarget : 'lower';
  }
  return fromTarget;
}

export function polarityWords(better: 'higher' | 'lower'): string {
  return better === 'higher' ? 'higher is better' : 'lower is better';
}

/**
 * What a single-number target means on a band indicator. Inside the band it is the top of
 * what is acceptable: Bromley's 14% for NI 65 (band 10-15%) reads as 10% to 14%. Otherwise
 * (NI 44's "0 ppts", where the band is 0-0) it is a point, and a miss either side counts.
 */
export function bandReading(
  band: { low: number; high: number },
  target: number,
): { low: number; high: number } {
  return band.low < target && target <= band.high
    ? { low: band.low, high: target }
    : { low: target, high: target };
}
