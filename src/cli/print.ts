/** Plain-text summaries for the terminal: what was found and where to look. */
import { sheetRef, type Finding, type Severity } from '../session/public-types';
import { countBySeverity, type AnalysisSummary } from '../session/summary';

const ORDER: Severity[] = ['error', 'warning', 'info'];
const HEADINGS: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'Information' };

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

export function describeTables(a: AnalysisSummary): string[] {
  const lines: string[] = [];
  if (a.tables.length === 0) {
    lines.push('No indicator or action-plan tables were found.');
    return lines;
  }
  lines.push(`Tables found: ${a.tables.length}`);
  const sheetWidth = Math.min(30, Math.max(...a.tables.map((t) => t.sheet.length)));
  for (const t of a.tables) {
    const noun = t.kind === 'targets' ? 'indicator' : 'task';
    const count = `${t.count} ${noun}${t.count === 1 ? '' : 's'}`;
    lines.push(`  ${pad(t.sheet, sheetWidth)}  ${pad(t.range, 10)}  ${pad(t.kind, 12)}  ${count}`);
  }
  return lines;
}

/**
 * Which local indicator definitions the run used, when it used any: the workbook's own sheets and
 * the files imported into its record, so an officer passing --definitions sees it was read.
 */
export function describeDefinitions(a: AnalysisSummary): string[] {
  const d = a.definitions;
  if (!d || (d.sheets.length === 0 && d.imported.length === 0)) return [];
  const lines = ['Local indicator definitions:'];
  for (const sheet of d.sheets) lines.push(`  sheet '${sheet}' in the workbook`);
  for (const f of d.imported) {
    const codes =
      f.codes.length <= 6
        ? f.codes.join(', ')
        : `${f.codes.slice(0, 6).join(', ')} and ${f.codes.length - 6} more`;
    lines.push(
      `  ${f.file}, imported into the workbook's record: ${f.codes.length} code${f.codes.length === 1 ? '' : 's'} (${codes})`,
    );
  }
  if (d.sheets.length > 0 && d.imported.length > 0)
    lines.push(
      "  Where both define a code, the workbook's own sheet is used (NI-DEFINITION-CONFLICT says where).",
    );
  return lines;
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

/** The one RAG tally line: "12 Green, 3 Amber, 4 Red, 2 not rated". */
export function describeRag(rag: Record<'Green' | 'Amber' | 'Red' | 'Not rated', number>): string {
  return `${rag.Green} Green, ${rag.Amber} Amber, ${rag.Red} Red, ${rag['Not rated']} not rated`;
}
