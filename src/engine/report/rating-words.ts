/**
 * How a rating reads in a report cell. Colour is never the only signal: the RAG
 * word is always there, and direction carries an arrow and a word.
 */
import type { DirectionRating, Rating } from '../rate/types';
import { formatValue } from '../rate/explain';

const DIRECTION_ARROWS: Readonly<Record<DirectionRating, string>> = {
  Improving: '▲',
  Increasing: '▲',
  Worsening: '▼',
  Decreasing: '▼',
  'No change': '►',
};

/** "Green"; "Green (2008/09)" when the row was rated for another year than the report's. */
export function ragText(r: Rating, reportYear: string | null): string {
  if (r.rag === null) return r.notRated ? `Not rated: ${r.notRated}` : 'Not rated';
  return r.ratedYear !== null && r.ratedYear !== reportYear ? `${r.rag} (${r.ratedYear})` : r.rag;
}

export function directionText(r: Rating): string {
  return r.direction === null ? '' : `${DIRECTION_ARROWS[r.direction]} ${r.direction}`;
}

/** "On track (expected 7.9%)": the expected value lets the reader check the call. */
export function trajectoryText(r: Rating): string {
  if (r.trajectory === null) return '';
  return r.expected === null ? r.trajectory : `${r.trajectory} (expected ${formatValue(r.expected, r.unit)})`;
}
