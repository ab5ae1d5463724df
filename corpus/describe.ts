/** A layout's misreads in words, with its grid, for --show-misses. */
import { rangeA1 } from '../src/engine/model/a1';
import { gridText } from './grid-text';
import type { Layout } from './model';
import type { Found } from './product';
import type { Miss } from './score';

/** The kinds the closing line counts; titles, columns and spurious rows are extra detail. */
export const COUNTED: ReadonlySet<string> = new Set(['table', 'false-table', 'row', 'code', 'rating']);

function missLine(m: Miss): string {
  return `  ${m.sheet}!row ${m.row} [${m.kind}] expected ${m.expected} | found ${m.found}`;
}

export function describeLayout(layout: Layout, found: Found, misses: Miss[]): string[] {
  const out = [
    `--- ${layout.id} (${layout.family}${layout.features.length > 1 ? `: ${layout.features.join(', ')}` : ''})`,
  ];
  for (const t of layout.truth.tables)
    out.push(
      `  expected ${t.sheet}!${rangeA1(t.range)}: ${t.rows.length} rows, header rows ${t.headerRows.join(',')}, rated year ${t.ratedYear ?? '-'}`,
    );
  for (const t of found.tables)
    out.push(`  found    ${t.sheet}!${rangeA1(t.range)}: ${t.kind}, ${t.rows.length} rows`);
  for (const m of misses) out.push(missLine(m));
  const sheets = new Set(misses.map((m) => m.sheet));
  for (const sheet of layout.snapshot.sheets) {
    if (!sheets.has(sheet.name)) continue;
    out.push(`  sheet ${sheet.name}:`);
    out.push(
      ...gridText(sheet)
        .split('\n')
        .map((l) => `  ${l}`),
    );
  }
  return out;
}

/** Every expected table and row of a layout, with its grid: for checking the truth by eye (--truth). */
export function describeTruth(layout: Layout): string[] {
  const out = [`=== ${layout.id} (${layout.features.join(', ')})`];
  for (const t of layout.truth.tables) {
    out.push(
      `  table ${t.sheet}!${rangeA1(t.range)} header rows ${t.headerRows.join(',')} rated year ${t.ratedYear ?? '-'}${t.listObject ? ` in ${t.listObject}` : ''}`,
    );
    out.push(
      `  columns: ${t.columns.map((c) => `${c.role}${c.year ? ` ${c.year}${c.quarter ? `Q${c.quarter}` : ''}` : ''}`).join(' | ')}`,
    );
    for (const r of t.rows)
      out.push(
        `    row ${r.row} ${r.kind} ${r.code ?? '(no code)'} ${r.rag ?? `- (${r.unrated ?? ''})`} "${r.title}"${r.group ? ` [${r.group}]` : ''}`,
      );
  }
  for (const sheet of layout.snapshot.sheets) {
    out.push(`  sheet ${sheet.name}:`);
    out.push(
      ...gridText(sheet, undefined, 0, 20)
        .split('\n')
        .map((l) => `  ${l}`),
    );
  }
  return out;
}
