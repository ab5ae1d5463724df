/**
 * One row's rating. The direction and trajectory sentences are made when someone
 * reads them, from the figures the rating holds plus the few inputs kept for them:
 * nothing on a normal run shows them (the sheet shows the words, Table A the RAG
 * reason), and made eagerly they were about a tenth of what 100k ratings kept.
 */
import type { Tolerance } from '../model/settings';
import type { Unit } from '../values/types';
import type { Better } from './direction';
import { formatDifference, formatValue, settle } from './explain';
import { polarityWords } from './polarity';
import type { DirectionRating, RagRating, Rating, TrajectoryRating } from './types';

/** What the direction sentence needs beyond the rating's own figures. */
export interface DirectionWords {
  better: Better;
  change: number;
  unit: Unit | null;
  noChangePercent: number;
}

/** What the trajectory sentence needs beyond the rating's own figures. */
export type TrajectoryWords =
  | { kind: 'band' }
  | { kind: 'baseline year' }
  | {
      kind: 'line';
      way: 'higher' | 'lower' | 'either-side' | null;
      miss: number;
      unit: Unit | null;
      actualText: string;
    };

export const FINAL_IS_BAND: TrajectoryWords = { kind: 'band' };
export const RATED_IN_BASELINE_YEAR: TrajectoryWords = { kind: 'baseline year' };

function betterWords(better: Better): string {
  if (better === 'higher' || better === 'lower') return polarityWords(better);
  if (better === null) return 'it is not known which way is better';
  return `the band is ${formatValue(better.band.low, null)}-${formatValue(better.band.high, null)}`;
}

function directionSentence(r: RowRating, w: DirectionWords): string | null {
  // a direction is only worked out for a rated number, so actualText is that number as typed
  if (r.direction === null || r.previous === null || r.actualText === null) return null;
  const change =
    r.direction === 'No change'
      ? `a change of ${formatDifference(Math.abs(w.change), w.unit)}, under ${w.noChangePercent}% of the earlier value`
      : betterWords(w.better);
  return settle(
    `${r.direction}: ${r.actualText} in ${r.ratedYear} against ${formatValue(r.previous.value, w.unit)} in ${r.previous.year} (${change}).`,
  );
}

function trajectorySentence(r: RowRating, w: TrajectoryWords): string | null {
  if (w.kind === 'band') return settle('No trajectory: the final target is a band.');
  if (w.kind === 'baseline year') return settle(`No trajectory: ${r.ratedYear} is the baseline year.`);
  const { baseline, finalTarget, expected } = r;
  if (baseline === null || finalTarget === null || expected === null) return null;
  const line = `expected ${formatValue(expected, w.unit)} in ${r.ratedYear} on the line from ${formatValue(baseline.value, w.unit)} in ${baseline.year} to ${formatValue(finalTarget.value, w.unit)} in ${finalTarget.year}`;
  if (w.way === null || r.trajectory === null) {
    return settle(
      `No trajectory rating (it is not known which way is better): ${line}; actual ${w.actualText}.`,
    );
  }
  const miss = w.miss > 0 ? `, short by ${formatDifference(w.miss, w.unit)}` : '';
  const way = w.way === 'either-side' ? 'either side is a miss' : polarityWords(w.way);
  return settle(`${r.trajectory}: ${line}; actual ${w.actualText} (${way})${miss}.`);
}

/** What one step of rating found: the fields of the row's rating it fills in. */
export type RatingFields = Partial<
  Omit<RowRating, 'row' | 'code' | 'tolerance' | 'directionReason' | 'trajectoryReason'>
>;

/** A step that found nothing to add. */
export const NO_FIELDS: Readonly<RatingFields> = Object.freeze({});

export class RowRating implements Rating {
  ratedYear: string | null;
  actual: number | null = null;
  actualText: string | null = null;
  target: number | null = null;
  targetText: string | null = null;
  unit: Unit | null = null;
  expected: number | null = null;
  rag: RagRating | null = null;
  direction: DirectionRating | null = null;
  trajectory: TrajectoryRating | null = null;
  reason = '';
  notRated: string | null = null;
  assumedUnits = false;
  previous: { year: string; value: number } | null = null;
  baseline: { year: string; value: number } | null = null;
  finalTarget: { year: string; value: number } | null = null;
  directionWords: DirectionWords | null = null;
  trajectoryWords: TrajectoryWords | null = null;

  constructor(
    readonly row: number,
    readonly code: string | null,
    ratedYear: string | null,
    readonly tolerance: Tolerance,
  ) {
    this.ratedYear = ratedYear;
  }

  get directionReason(): string | null {
    return this.directionWords === null ? null : directionSentence(this, this.directionWords);
  }

  get trajectoryReason(): string | null {
    return this.trajectoryWords === null ? null : trajectorySentence(this, this.trajectoryWords);
  }
}
