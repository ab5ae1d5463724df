/**
 * `ni-targets catalogue [code] [--json f] [--csv f]`: what the tool knows about each NI, and
 * where each fact came from, so an officer can check a definition before trusting a rating.
 * With a code, every field of that indicator (and its sub-indicators) with its source; without,
 * one line per entry. Exit 2 for a code the catalogue does not hold.
 */
import * as fs from 'fs';
import type { Command } from 'commander';
import {
  catalogueCsv,
  listCatalogue,
  normaliseNiCode,
  type ListedIndicator,
  type ListedSource,
} from '../session/catalogue-listing';
import { UsageProblem } from './failure';
import { checkFileOutput, writeProblem } from './output-path';
import type { Io } from './io';

export interface CatalogueOptions {
  json?: string;
  csv?: string;
}

const POLARITY: Record<ListedIndicator['polarity'], string> = {
  higher: 'higher is better',
  lower: 'lower is better',
  band: 'inside a band is best',
  none: 'no direction',
};

function polarityText(e: ListedIndicator): string {
  return e.band && e.polarity === 'band'
    ? `${POLARITY.band} (${e.band.low}-${e.band.high})`
    : POLARITY[e.polarity];
}

function sourceText(s: ListedSource | undefined): string {
  if (!s) return 'no source recorded';
  const quote = s.quote ? ` "${s.quote}"` : '';
  const note = !s.url && s.note ? ` (${s.note})` : '';
  return `${s.kind}${s.url ? ` ${s.url}` : ''}${quote}${note}`;
}

function line(e: ListedIndicator): string {
  const code = e.code.padEnd(8);
  return `${code}${e.title} | ${e.unit}, ${polarityText(e)}, ${e.period} | title: ${e.sources.title?.kind ?? 'none'}`;
}

/** The same record cited for several facts is listed once, numbered, under the facts. */
function detail(e: ListedIndicator, io: Io): void {
  io.out(`${e.code}${e.parent ? ` (sub-indicator of ${e.parent})` : ''}`);
  const facts: [string, string | null, ListedSource | undefined][] = [
    ['Title', e.title, e.sources.title],
    ['Unit', e.unit, e.sources.unit],
    ['Polarity', polarityText(e), e.sources.polarity],
    ['Period', e.period, e.sources.period],
    ['Outcome', e.outcome, e.sources.outcome],
    ['Data source', e.dataSource, e.sources.dataSource],
    ['Collection', e.collection, e.sources.collection],
    ['Good performance', e.goodPerformance, e.sources.goodPerformance],
    ['Status', e.status, e.sources.status],
  ];
  const cited: string[] = [];
  for (const [label, value, source] of facts) {
    if (value === null) continue;
    const text = sourceText(source);
    if (!cited.includes(text)) cited.push(text);
    io.out(`  ${`${label}:`.padEnd(18)}${value} [${cited.indexOf(text) + 1}]`);
  }
  cited.forEach((text, i) => io.out(`  [${i + 1}] ${text}`));
  for (const c of e.corrections) {
    io.out(`  Corrected ${c.field}: ${JSON.stringify(c.before)} -> ${JSON.stringify(c.after)} (${c.source})`);
  }
}

function write(file: string, data: string): void {
  checkFileOutput(file);
  try {
    fs.writeFileSync(file, data, 'utf8');
  } catch (e) {
    throw writeProblem(file, e);
  }
}

export function runCatalogue(code: string | undefined, opts: CatalogueOptions, io: Io): number {
  const { json, csv } = opts;
  if (code !== undefined && normaliseNiCode(code) === null) {
    throw new UsageProblem(`'${code}' is not an NI code: type it as NI 56 or NI 56b`);
  }
  const items = listCatalogue(code);
  if (code !== undefined && items.length === 0) {
    throw new UsageProblem(`${normaliseNiCode(code)} is not in the catalogue (NI 1 to NI 199, no NI 31)`);
  }
  if (json) write(json, `${JSON.stringify(items, null, 2)}\n`);
  if (csv) write(csv, catalogueCsv(items));
  if (code !== undefined) for (const e of items) detail(e, io);
  else {
    const subs = items.filter((e) => e.parent).length;
    io.out(`${items.length - subs} national indicators and ${subs} sub-indicators:`);
    for (const e of items) io.out(line(e));
  }
  if (json) io.out(`Catalogue written to ${json}`);
  if (csv) io.out(`Catalogue written to ${csv}`);
  return 0;
}

/** Registers `catalogue` on the program (main.ts): it reads no workbook, so it takes none. */
export function addCatalogueCommand(p: Command, io: Io, setCode: (c: number) => void): void {
  p.command('catalogue')
    .argument('[code...]', 'one indicator, e.g. NI 56 (with its sub-indicators) or NI 56b')
    .description('list what the tool knows about each NI and where each fact came from')
    .option('--json <file>', 'write every field and its sources as JSON')
    .option('--csv <file>', 'write the same as CSV, one row per indicator')
    // "NI 56" typed without quotes arrives as two words
    .action((words: string[], opts: CatalogueOptions) =>
      setCode(runCatalogue(words.length > 0 ? words.join(' ') : undefined, opts, io)),
    );
}
