/**
 * Direction of travel: the latest actual against the previous one. A change smaller
 * than `noChangePercent` of the earlier value is No change. With a known polarity the
 * words are Improving / Worsening; without one, Increasing / Decreasing. For a band
 * indicator, moving towards the band improves and moving away worsens; moving about
 * inside it is only Increasing / Decreasing.
 */
import type { DirectionRating } from './types';

export type Better = 'higher' | 'lower' | { band: { low: number; high: number } } | null;

export interface DirectionResult {
  direction: DirectionRating;
  change: number;
}

function distanceToBand(v: number, band: { low: number; high: number }): number {
  return v < band.low ? band.low - v : v > band.high ? v - band.high : 0;
}

const NEUTRAL: Record<'up' | 'down', DirectionRating> = { up: 'Increasing', down: 'Decreasing' };

export function directionOf(
  latest: number,
  previous: number,
  better: Better,
  noChangePercent: number,
): DirectionResult {
  const change = latest - previous;
  const threshold = (Math.abs(previous) * noChangePercent) / 100;
  // an earlier value of 0 has no share to measure against: only no difference is no change
  const still = previous === 0 ? Math.abs(change) < 1e-12 : Math.abs(change) < threshold - 1e-12;
  if (still) return { direction: 'No change', change };
  const way = change > 0 ? 'up' : 'down';
  if (better === null) return { direction: NEUTRAL[way], change };
  if (better === 'higher') return { direction: way === 'up' ? 'Improving' : 'Worsening', change };
  if (better === 'lower') return { direction: way === 'down' ? 'Improving' : 'Worsening', change };
  const before = distanceToBand(previous, better.band);
  const after = distanceToBand(latest, better.band);
  if (before === after) return { direction: NEUTRAL[way], change };
  return { direction: after < before ? 'Improving' : 'Worsening', change };
}
