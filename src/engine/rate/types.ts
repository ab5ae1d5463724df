/**
 * What rating says about one indicator row, with every input it used, so the task
 * pane and the sheet can explain it in one sentence an officer can check by hand.
 */
import type { Unit } from '../values/types';
import type { Tolerance } from '../model/settings';

export type RagRating = 'Green' | 'Amber' | 'Red';
export type DirectionRating = 'Improving' | 'Worsening' | 'No change' | 'Increasing' | 'Decreasing';
/**
 * Against the straight line from the baseline to the final target: On track = meets or beats
 * the expected value; Near track = misses it by no more than the tolerance; Off track = by more.
 */
export type TrajectoryRating = 'On track' | 'Near track' | 'Off track';

export interface Rating {
  /** 0-based absolute row of the indicator */
  row: number;
  code: string | null;
  /** "2008/09" */
  ratedYear: string | null;
  actual: number | null;
  actualText: string | null;
  /** for bands and bounds: the edge or bound the actual was compared with */
  target: number | null;
  targetText: string | null;
  /** the unit actual, target and expected are in, after reconciling the row */
  unit: Unit | null;
  tolerance: Tolerance;
  /** the trajectory's expected value for the rated year */
  expected: number | null;
  rag: RagRating | null;
  direction: DirectionRating | null;
  trajectory: TrajectoryRating | null;
  /** one sentence: how the RAG was reached, or why the row is not rated */
  reason: string;
  /** a short why-not for the sheet ("no 2008/09 actual"); null when rated */
  notRated: string | null;
  /** a bare number took its unit from the row (8 beside 7.3% read as 8%) */
  assumedUnits: boolean;
  /** the earlier actual the direction compared with */
  previous: { year: string; value: number } | null;
  directionReason: string | null;
  baseline: { year: string; value: number } | null;
  finalTarget: { year: string; value: number } | null;
  trajectoryReason: string | null;
}
