/** The words around the tables, shared by the Word and HTML exports. */
import type { TableAModel, TableBModel } from '../engine/report/types';

const DEFAULT_TITLE = 'Performance report';

export function documentTitle(a: TableAModel | null, b: TableBModel | null, given?: string): string {
  const title = given?.trim();
  if (title) return title;
  // one table alone names the paper; two need a name that covers both
  if (a && !b) return a.title;
  if (b && !a) return b.title;
  return DEFAULT_TITLE;
}

/** Table A's date leads: it is the one the ratings were made against. */
export function reportDate(a: TableAModel | null, b: TableBModel | null): string {
  return a?.asOf ?? b?.asOf ?? '';
}

export function ratedYearLine(a: TableAModel): string {
  return a.ratedYear
    ? `Ratings compare ${a.ratedYear} results with their targets.`
    : 'No indicator could be rated yet: results or targets are missing.';
}
