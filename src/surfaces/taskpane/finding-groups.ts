/**
 * Findings as the pane lists them. The engine reports one finding per cell, so one point about a row
 * (a target with no unit, in each of three years) arrives three times; the pane shows it once, naming
 * every cell, with errors first, then warnings, then notes. Nothing is dropped: each row keeps its
 * findings, and the filter searches all of them.
 */
import { parseA1 } from '../../engine/model/a1';
import type { Finding, Severity } from '../../engine/model/findings';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export const SEVERITY_LABEL: Record<Severity, string> = {
  error: 'Errors',
  warning: 'Warnings',
  info: 'Notes',
};

/** one finding's severity as a word, so it never rests on colour */
export const SEVERITY_WORD: Record<Severity, string> = {
  error: 'Error',
  warning: 'Warning',
  info: 'Note',
};

export interface FindingFilter {
  show: Record<Severity, boolean>;
  /** one rule id, or '' for every rule */
  rule: string;
  text: string;
}

export const NO_FILTER: FindingFilter = {
  show: { error: true, warning: true, info: true },
  rule: '',
  text: '',
};

/** One point about one row: the findings of one rule on one sheet row, however many cells it names. */
export interface FindingRow {
  key: string;
  rule: string;
  severity: Severity;
  sheet: string;
  /** every cell, in the order the engine reported them: ["H6", "I6", "J6"] */
  cells: string[];
  /** one sentence for the row: the cells' messages merged where they differ only in a few words */
  message: string;
  fix?: string;
  findings: Finding[];
}

function rowOf(cell: string): string {
  try {
    return String(parseA1(cell).row);
  } catch {
    return cell; // not an address: a finding of its own
  }
}

/** Rows in the engine's order within each severity, errors first. */
export function findingRows(findings: readonly Finding[]): FindingRow[] {
  const byKey = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = `${f.severity}|${f.rule}|${f.sheet}|${rowOf(f.cell)}`;
    const list = byKey.get(key);
    if (list) list.push(f);
    else byKey.set(key, [f]);
  }
  const rows = [...byKey].map(([key, list]): FindingRow => {
    const first = list[0];
    return {
      key,
      rule: first.rule,
      severity: first.severity,
      sheet: first.sheet,
      cells: list.map((f) => f.cell),
      message: mergeMessages(list.map((f) => f.message)),
      fix: first.fix === undefined ? undefined : mergeMessages(list.map((f) => f.fix ?? '')),
      findings: list,
    };
  });
  return SEVERITIES.flatMap((s) => rows.filter((r) => r.severity === s));
}

export function rowCounts(rows: readonly FindingRow[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const r of rows) counts[r.severity]++;
  return counts;
}

/** "a, b and c" */
export function listWords(words: readonly string[]): string {
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** the most words a merged message may vary in; past it the first message stands and the cells say where */
const MAX_VARYING_WORDS = 6;

/**
 * "X, 2008/09 target: ..." and "X, 2009/10 target: ..." become "X, 2008/09 and 2009/10 target: ...":
 * the words every message shares at its start and end, and the differing middles listed once each.
 */
export function mergeMessages(messages: readonly string[]): string {
  const distinct = [...new Set(messages)];
  if (distinct.length === 1) return distinct[0];
  const words = distinct.map((m) => m.split(' '));
  const shortest = Math.min(...words.map((w) => w.length));
  let head = 0;
  while (head < shortest && words.every((w) => w[head] === words[0][head])) head++;
  let tail = 0;
  while (
    tail < shortest - head &&
    words.every((w) => w[w.length - 1 - tail] === words[0][words[0].length - 1 - tail])
  ) {
    tail++;
  }
  const middles = words.map((w) => w.slice(head, w.length - tail));
  const varying = Math.max(...middles.map((m) => m.length));
  // merged only when the messages are mostly the same words: otherwise it would read as nonsense
  if (middles.some((m) => m.length === 0) || varying > MAX_VARYING_WORDS || head + tail <= varying) {
    return distinct[0];
  }
  const start = words[0].slice(0, head);
  const end = words[0].slice(words[0].length - tail);
  return [...start, listWords(middles.map((m) => m.join(' '))), ...end].join(' ');
}

function matches(r: FindingRow, words: string[]): boolean {
  if (words.length === 0) return true;
  const hay = [r.sheet, r.rule, ...r.findings.flatMap((f) => [f.cell, f.message, f.fix ?? ''])]
    .join(' ')
    .toLowerCase();
  return words.every((w) => hay.includes(w));
}

export function filterRows(rows: readonly FindingRow[], filter: FindingFilter): FindingRow[] {
  const words = filter.text.toLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter(
    (r) => filter.show[r.severity] && (!filter.rule || r.rule === filter.rule) && matches(r, words),
  );
}

/** Each rule with how many rows it gives, most first, for the rule filter. */
export function ruleCounts(rows: readonly FindingRow[]): { rule: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.rule, (counts.get(r.rule) ?? 0) + 1);
  return [...counts]
    .map(([rule, count]) => ({ rule, count }))
    .sort((a, b) => b.count - a.count || a.rule.localeCompare(b.rule));
}
