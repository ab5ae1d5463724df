/**
 * The catalogue as an officer can read it (`ni-targets catalogue`): every indicator and
 * sub-indicator with every field and where each came from. The JSON shape is a public
 * contract (docs/catalogue.md); the CSV is the same, one row per entry, one column per
 * field and per field's source.
 */
import { catalogueEntries, type CatalogueEntry } from './catalogue';
import type { FactField, FactProvenance, Polarity } from './types';

export interface ListedSource {
  kind: FactProvenance['from'];
  url: string | null;
  quote: string | null;
  note: string | null;
}

export interface ListedIndicator {
  code: string;
  title: string;
  unit: string;
  polarity: Polarity;
  band: { low: number; high: number } | null;
  period: string;
  outcome: string | null;
  status: string | null;
  dataSource: string | null;
  collection: string | null;
  goodPerformance: string | null;
  parent: string | null;
  sources: Partial<Record<FactField, ListedSource>>;
  /** facts changed from the draft catalogue on a public record's word */
  corrections: { field: string; before: unknown; after: unknown; source: string }[];
}

const FIELDS: readonly FactField[] = [
  'title',
  'unit',
  'polarity',
  'period',
  'outcome',
  'status',
  'dataSource',
  'collection',
  'goodPerformance',
];

type WithCorrections = CatalogueEntry & { corrections?: ListedIndicator['corrections'] };

function listedSource(s: FactProvenance): ListedSource {
  return { kind: s.from, url: s.url ?? null, quote: s.quote ?? null, note: s.note ?? null };
}

function listed(e: WithCorrections): ListedIndicator {
  const sources: ListedIndicator['sources'] = {};
  for (const f of FIELDS) {
    const s = e.sources[f];
    if (s) sources[f] = listedSource(s);
  }
  return {
    code: e.code,
    title: e.title,
    unit: e.unit,
    polarity: e.polarity,
    band: e.band ?? null,
    period: e.period,
    outcome: e.outcome,
    status: e.status ?? null,
    dataSource: e.dataSource ?? null,
    collection: e.collection ?? null,
    goodPerformance: e.goodPerformance ?? null,
    parent: e.parent ?? null,
    sources,
    corrections: e.corrections ?? [],
  };
}

const CODE = /^\s*(?:N\.?I\.?)?\s*0*(\d{1,3})\s*([a-h])?\s*$/i;

/** "ni 056B" -> "NI 56b"; null when the text is not an NI code. */
export function normaliseNiCode(text: string): string | null {
  const m = CODE.exec(text);
  return m ? `NI ${Number(m[1])}${m[2]?.toLowerCase() ?? ''}` : null;
}

/**
 * Every entry, or those for one code: an indicator with its sub-indicators ("NI 56" gives
 * NI 56, 56a, 56b), a sub-indicator alone. Empty when the code is not in the catalogue.
 */
export function listCatalogue(code?: string): ListedIndicator[] {
  const all = (catalogueEntries() as WithCorrections[]).map(listed);
  if (code === undefined) return all;
  const wanted = normaliseNiCode(code);
  return all.filter((e) => e.code === wanted || e.parent === wanted);
}

const CSV_FIELDS = ['code', 'parent', 'title', 'unit', 'polarity', 'band', 'period', 'outcome'] as const;
const CSV_MORE = ['status', 'dataSource', 'collection', 'goodPerformance'] as const;

function csvField(v: string): string {
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

function bandText(b: ListedIndicator['band']): string {
  return b ? `${b.low}-${b.high}` : '';
}

/** One header row and one row per entry; each field's source as kind, url and quote columns. */
export function catalogueCsv(items: readonly ListedIndicator[]): string {
  const header: string[] = [...CSV_FIELDS, ...CSV_MORE];
  for (const f of FIELDS) header.push(`${f} source`, `${f} url`, `${f} quote`);
  const rows = items.map((e) => {
    const cells: string[] = [
      ...CSV_FIELDS.map((f) => (f === 'band' ? bandText(e.band) : String(e[f] ?? ''))),
      ...CSV_MORE.map((f) => e[f] ?? ''),
    ];
    for (const f of FIELDS) {
      const s = e.sources[f];
      cells.push(s?.kind ?? '', s?.url ?? '', s?.quote ?? s?.note ?? '');
    }
    return cells;
  });
  // BOM: Excel reads the file as UTF-8 (quotes carry en dashes and curly quotes)
  return '\uFEFF' + [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** How many facts of each field rest on each kind of source: the figures docs/catalogue.md quotes. */
export function provenanceCounts(items: readonly ListedIndicator[]): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const e of items) {
    for (const [field, s] of Object.entries(e.sources)) {
      out[field] = out[field] ?? {};
      out[field][s.kind] = (out[field][s.kind] ?? 0) + 1;
    }
  }
  return out;
}
