/**
 * The National Indicator Set ended on 31 March 2011 (every entry's `status`, sourced from the
 * Audit Commission's page on the set). A board paper dated after that says so once, under
 * Table A, when it reports any NI: officers still use the definitions, but nobody collects or
 * compares the figures nationally any more, and a reader should not assume otherwise.
 */
import type { IndicatorTable } from '../model/tables';

export const NIS_ENDED = '2011-03-31';

export const NIS_ENDED_NOTE =
  'The National Indicator Set ended on 31 March 2011: NI codes here follow its definitions, but the figures are no longer collected or compared nationally.';

const NI = /^NI \d/;

/** The one line for a report dated after the set ended that shows at least one NI; else none. */
export function nisEndedNote(asOf: string, tables: readonly IndicatorTable[]): string[] {
  if (asOf <= NIS_ENDED) return [];
  const anyNi = tables.some((t) => t.rows.some((r) => r.code !== null && NI.test(r.code)));
  return anyNi ? [NIS_ENDED_NOTE] : [];
}
