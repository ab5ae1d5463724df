/** One or two sentences an officer reads (and a screen reader announces) after each action. */
import type { AnalysisSummary } from '../../session/summary';
import type { RateOutcome, ReportsOutcome } from '../../session/session';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function summaryText(s: AnalysisSummary): string {
  const { error, warning, info } = s.counts;
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
