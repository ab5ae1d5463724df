/**
 * Which columns Table A has, chosen across every source table so that two sheets
 * with different years still line up: the latest three years of actuals up to the
 * reporting year, that year's target and later ones, any comparators a source
 * has, then the ratings with the actual and target each was judged on. Shaped like
 * Bromley's "Past performance | Future targets".
 */
import type { IndicatorTable, TableColumn } from '../model/tables';
import { yearLabel } from '../rate/explain';
import type { TableAColumn } from './types';

/** Comparator kinds in the order a reader expects them; key suffix and header. */
export const COMPARATORS: readonly { kind: NonNullable<TableColumn['comparator']>; header: string }[] = [
  { kind: 'statistical-neighbours', header: 'Statistical neighbours' },
  { kind: 'region', header: 'Region' },
  { kind: 'england', header: 'England' },
  { kind: 'other', header: 'Other comparator' },
];

const PAST_YEARS = 3;

export const actualKey = (year: number): string => `actual:${year}`;
export const targetKey = (year: number): string => `target:${year}`;
export const comparatorKey = (kind: string): string => `comparator:${kind}`;
/** The figures a row's RAG was judged on: its rated year's actual and target. */
export const RATED_ACTUAL = 'rated:actual';
export const RATED_TARGET = 'rated:target';
/** Better / Similar / Worse than England, beside the comparators. */
export const AGAINST_ENGLAND = 'comparison:england';
/** How the RAG moved since the last report, and what it was then. */
export const MOVEMENT = 'since:movement';
export const SINCE_HEADER = 'Since last report';
const TARGETS_BAND = 'Targets';

interface YearsSeen {
  actual: Set<number>;
  target: Set<number>;
  comparators: Set<string>;
}

function yearsSeen(tables: IndicatorTable[]): YearsSeen {
  const seen: YearsSeen = { actual: new Set(), target: new Set(), comparators: new Set() };
  for (const t of tables) {
    for (const c of t.columns) {
      if (c.role === 'year' && c.year)
        (c.year.role === 'target' ? seen.target : seen.actual).add(c.year.year);
      if (c.role === 'comparator') seen.comparators.add(c.comparator ?? 'other');
    }
  }
  return seen;
}

/** The latest year any source has an actual (or baseline) column for; null when none. */
export function latestActualYear(tables: IndicatorTable[]): number | null {
  const years = [...yearsSeen(tables).actual];
  return years.length ? Math.max(...years) : null;
}

export function tableAColumns(tables: IndicatorTable[], reportYear: number | null): TableAColumn[] {
  const seen = yearsSeen(tables);
  const asc = (s: Iterable<number>) => [...s].sort((a, b) => a - b);
  const past = asc(seen.actual)
    .filter((y) => reportYear === null || y <= reportYear)
    .slice(-PAST_YEARS);
  const future = asc(seen.target).filter((y) => reportYear === null || y > reportYear);
  const ratedLabel = reportYear === null ? null : yearLabel(reportYear);

  const cols: TableAColumn[] = [
    { key: 'code', header: 'Indicator', band: null, kind: 'code' },
    { key: 'description', header: 'Description', band: null, kind: 'description' },
  ];
  for (const y of past) {
    cols.push({
      key: actualKey(y),
      header: `${yearLabel(y)} Actual`,
      band: 'Past performance',
      kind: 'actual',
    });
  }
  // the report year's target is a target, not past performance: it sits with the later ones
  if (reportYear !== null && seen.target.has(reportYear)) {
    cols.push({
      key: targetKey(reportYear),
      header: `${yearLabel(reportYear)} Target`,
      band: TARGETS_BAND,
      kind: 'target',
    });
  }
  for (const y of future) {
    cols.push({ key: targetKey(y), header: `${yearLabel(y)} Target`, band: TARGETS_BAND, kind: 'target' });
  }
  for (const c of COMPARATORS) {
    if (seen.comparators.has(c.kind)) {
      cols.push({ key: comparatorKey(c.kind), header: c.header, band: 'Comparators', kind: 'comparator' });
    }
  }
  if (seen.comparators.has('england')) {
    cols.push({ key: AGAINST_ENGLAND, header: 'Against England', band: 'Comparators', kind: 'comparison' });
  }
  const ratingBand = ratedLabel ? `Rating ${ratedLabel}` : 'Rating';
  cols.push(
    // what the RAG was judged on, beside it: a row rated for an earlier year shows that year's figures
    { key: RATED_ACTUAL, header: 'Actual', band: ratingBand, kind: 'actual' },
    { key: RATED_TARGET, header: 'Target', band: ratingBand, kind: 'target' },
    { key: 'rag', header: 'RAG', band: ratingBand, kind: 'rag' },
    { key: 'direction', header: 'Direction of travel', band: ratingBand, kind: 'direction' },
    { key: 'trajectory', header: 'Trajectory', band: ratingBand, kind: 'trajectory' },
  );
  return cols;
}

/**
 * The column that says how each RAG moved since the last report ("▲ Improved from Red"); only
 * when there was one. One column, not two: Table A must still fit an A4 page across.
 */
export function sinceColumn(): TableAColumn {
  return { key: MOVEMENT, header: SINCE_HEADER, band: null, kind: 'movement' };
}
