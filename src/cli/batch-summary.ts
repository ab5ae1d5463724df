/**
 * A batch told back: one line per workbook on the terminal, a total, and the summary file
 * (--summary summary.csv or summary.json) listing every workbook with its counts or the one-line
 * reason it could not be used.
 */
import * as fs from 'fs';
import type { BatchCommand, FileResult } from './batch-file';
import { describeRag } from './print';
import { writeProblem } from './output-path';

const plural = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** "plans/a.xlsx: 4 tables, 37 indicators, 3 errors, 12 warnings; 20 Green, ...; written to out/a.xlsx" */
export function describeResult(r: FileResult): string {
  if (r.problem !== null) return `${r.file}: ${r.problem}`;
  const counts = [
    plural(r.tables ?? 0, 'table'),
    plural(r.indicators ?? 0, 'indicator'),
    plural(r.errors ?? 0, 'error'),
    plural(r.warnings ?? 0, 'warning'),
  ].join(', ');
  const rag = r.rag ? `; ${describeRag(r.rag)}` : '';
  const written = r.output ? `; written to ${r.output}` : '';
  return `${r.file}: ${counts}${rag}${written}`;
}

/** The worst workbook's exit code: 2 (could not be used) over 1 (errors found) over 0. */
export const worstExitCode = (results: readonly FileResult[]): number =>
  results.reduce((worst, r) => Math.max(worst, r.exitCode), 0);

export function describeTotals(results: readonly FileResult[]): string {
  const unusable = results.filter((r) => r.problem !== null).length;
  const sum = (f: (r: FileResult) => number | null): number => results.reduce((n, r) => n + (f(r) ?? 0), 0);
  const read = `${results.length - unusable} done` + (unusable ? `, ${unusable} could not be used` : '');
  return (
    `${plural(results.length, 'workbook')}: ${read}; ` +
    `${plural(
      sum((r) => r.errors),
      'error',
    )}, ${plural(
      sum((r) => r.warnings),
      'warning',
    )} in all`
  );
}

const COLUMNS = [
  'file',
  'exit code',
  'tables',
  'indicators',
  'errors',
  'warnings',
  'Green',
  'Amber',
  'Red',
  'Not rated',
  'output',
  'problem',
] as const;

/** RFC 4180 quoting; text that Excel would take for a formula (=, +, -, @) is kept as text. */
function csvField(v: string | number | null): string {
  if (v === null) return '';
  if (typeof v === 'number') return String(v);
  const text = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvRow(r: FileResult): string {
  const rag = r.rag;
  const cells = [
    r.file,
    r.exitCode,
    r.tables,
    r.indicators,
    r.errors,
    r.warnings,
    rag?.Green ?? null,
    rag?.Amber ?? null,
    rag?.Red ?? null,
    rag?.['Not rated'] ?? null,
    r.output,
    r.problem,
  ];
  return cells.map(csvField).join(',');
}

export function summaryCsv(results: readonly FileResult[]): string {
  return [COLUMNS.join(','), ...results.map(csvRow)].join('\r\n') + '\r\n';
}

export function summaryJson(command: BatchCommand, results: readonly FileResult[]): string {
  const json = { command, exitCode: worstExitCode(results), files: results };
  return JSON.stringify(json, null, 2) + '\n';
}

export const summaryFormat = (file: string): 'csv' | 'json' | null =>
  /\.csv$/i.test(file) ? 'csv' : /\.json$/i.test(file) ? 'json' : null;

export function writeSummary(file: string, command: BatchCommand, results: readonly FileResult[]): void {
  const text = summaryFormat(file) === 'json' ? summaryJson(command, results) : summaryCsv(results);
  try {
    fs.writeFileSync(file, text, 'utf8');
  } catch (e) {
    throw writeProblem(file, e);
  }
}
