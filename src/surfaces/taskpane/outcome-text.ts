/** One or two sentences an officer reads (and a screen reader announces) after each action. */
import type { AnalysisSummary } from '../../session/summary';
import type { RateOutcome, ReportsOutcome } from '../../session/session';
import { findingRows, rowCounts } from './finding-groups';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** counts findings as the Findings view lists them: one per row and rule, however many cells */
export function summaryText(s: AnalysisSummary): string {
  const { error, warning, info } = rowCounts(findingRows(s.findings));
  return (
    `Found ${plural(s.tables.length, 'table')}: ` +
    `${plural(error, 'error')}, ${plural(warning, 'warning')}, ${plural(info, 'note')}.`
  );
}

export function outcomeText(r: RateOutcome | ReportsOutcome): string {
  const parts = [`${r.summary}.`];
  if ('rag' in r)
    parts.push(
      `${r.rag.Green} Green, ${r.rag.Amber} Amber, ${r.rag.Red} Red, ${r.rag['Not rated']} not rated.`,
    );
  parts.push(...r.notices);
  return parts.join(' ');
}
