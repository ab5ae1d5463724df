export type { Rating, RagRating, DirectionRating, TrajectoryRating } from './types';
export { rateTable, reportingYear } from './rate-table';
export { ratingRules, yearLabel, formatValue } from './explain';
