/** Findings as the pane lists them: filtered, then grouped by table and, within a table, by severity. */
import type { Finding, Severity } from '../../engine/model/findings';
import { tableOf, type TableSummary } from '../../session/summary';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export const SEVERITY_LABEL: Record<Severity, string> = {
  error: 'Errors',
  warning: 'Warnings',
  info: 'Notes',
};

export interface FindingFilter {
  show: Record<Severity, boolean>;
  text: string;
}

export interface FindingGroup {
  /** "CYPP Targets!B3:J55" or "Budget (outside any table)" */
  title: string;
  bySeverity: { severity: Severity; findings: Finding[] }[];
}

function matches(f: Finding, words: string[]): boolean {
  if (words.length === 0) return true;
  const hay = `${f.sheet} ${f.cell} ${f.rule} ${f.message} ${f.fix ?? ''}`.toLowerCase();
  return words.every((w) => hay.includes(w));
}

export function groupFindings(
  findings: readonly Finding[],
  tables: readonly TableSummary[],
  filter: FindingFilter,
): FindingGroup[] {
  const words = filter.text.toLowerCase().split(/\s+/).filter(Boolean);
  const groups = new Map<string, Map<Severity, Finding[]>>();
  for (const f of findings) {
    if (!filter.show[f.severity] || !matches(f, words)) continue;
    const t = tableOf(f, tables);
    const title = t ? `${t.sheet}!${t.range}` : `${f.sheet} (outside any table)`;
    let bySeverity = groups.get(title);
    if (!bySeverity) groups.set(title, (bySeverity = new Map()));
    const list = bySeverity.get(f.severity);
    if (list) list.push(f);
    else bySeverity.set(f.severity, [f]);
  }
  return [...groups].map(([title, bySeverity]) => ({
    title,
    bySeverity: SEVERITIES.filter((s) => bySeverity.has(s)).map((severity) => ({
      severity,
      findings: bySeverity.get(severity)!,
    })),
  }));
}
