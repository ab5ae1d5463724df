/** Plain-text summaries for the terminal: what was found and where to look. */
import { rangeA1, sheetRef } from '../engine/model/a1';
import type { Finding, Severity } from '../engine/model/findings';
import type { Analysis } from '../pipeline/analyse';

const ORDER: Severity[] = ['error', 'warning', 'info'];
const HEADINGS: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'Information' };

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

export function describeTables(a: Analysis): string[] {
  const lines: string[] = [];
  if (a.tables.length === 0) {
    lines.push('No indicator or action-plan tables were found.');
    return lines;
  }
  lines.push(`Tables found: ${a.tables.length}`);
  const sheetWidth = Math.min(30, Math.max(...a.tables.map((t) => t.sheet.length)));
  for (const t of a.tables) {
    const count =
      t.kind === 'targets'
        ? `${t.rows.length} indicator${t.rows.length === 1 ? '' : 's'}`
        : `${t.tasks.length} task${t.tasks.length === 1 ? '' : 's'}`;
    lines.push(`  ${pad(t.sheet, sheetWidth)}  ${pad(rangeA1(t.range), 10)}  ${pad(t.kind, 12)}  ${count}`);
  }
  return lines;
}

export function countBySeverity(findings: Finding[]): Record<Severity, number> {
  const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

export function describeFindings(findings: Finding[], limitPerSeverity = Infinity): string[] {
  const c = countBySeverity(findings);
  const lines = [`Findings: ${c.error} error(s), ${c.warning} warning(s), ${c.info} for information`];
  for (const sev of ORDER) {
    const list = findings.filter((f) => f.severity === sev);
    if (list.length === 0) continue;
    lines.push('', `${HEADINGS[sev]} (${list.length})`);
    for (const f of list.slice(0, limitPerSeverity)) {
      lines.push(`  ${sheetRef(f.sheet, f.cell)}  [${f.rule}] ${f.message}`);
      if (f.fix) lines.push(`      Fix: ${f.fix}`);
    }
    if (list.length > limitPerSeverity) {
      lines.push(`  ... and ${list.length - limitPerSeverity} more (use --json for the full list)`);
    }
  }
  return lines;
}
