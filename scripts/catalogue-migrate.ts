/**
 * Brings src/engine/catalogue/ni-catalogue.json to the sourced schema and applies the evidence
 * in scripts/catalogue-evidence.ts. Safe to run again: labels already converted stay, and
 * evidence is re-applied (a correction is logged once, against the value first replaced).
 *
 *   npx tsx scripts/catalogue-migrate.ts
 *
 * - provenance labels say what the source is: the seed plans become `plan` (the note names the
 *   plan), our judgements `unsourced`; the old `handbook` label, used for dataset records and an
 *   LG Inform metric, becomes `dataset-record` / `lg-inform` (EVIDENCE gives the address).
 * - sub-indicators become entries of their own (`parent`), with their own unit, polarity, sources.
 */
import * as fs from 'fs';
import * as path from 'path';
import { EVIDENCE, SOURCED_FIELDS, type Evidence } from './catalogue-evidence';
import { SUB_INDICATORS, STATUS_EVIDENCE } from './catalogue-subs';

type Json = Record<string, any>;

const FILE = path.join(__dirname, '..', 'src', 'engine', 'catalogue', 'ni-catalogue.json');
const PLAN_NAMES: Record<string, string> = {
  bromley: "Bromley Children and Young People's Plan 2009-11",
  oxfordshire: "Oxfordshire Children and Young People's Plan delivery plan 2010-11",
};

function relabel(source: Json): Json {
  if (source.from === 'bromley' || source.from === 'oxfordshire') {
    return { from: 'plan', note: `${PLAN_NAMES[source.from]}: ${source.note ?? ''}`.trim() };
  }
  if (source.from === 'inferred') return { from: 'unsourced', note: source.note };
  if (source.from === 'handbook') {
    const lg = /LG Inform/.test(source.note ?? '');
    return { from: lg ? 'lg-inform' : 'dataset-record', note: source.note };
  }
  return source;
}

function splitSubs(entries: Json[]): Json[] {
  const out: Json[] = [];
  for (const e of entries) {
    if (e.parent) continue;
    const subs = e.subIndicators as Record<string, string> | undefined;
    delete e.subIndicators;
    delete e.subDetails;
    delete e.subSource;
    out.push(e);
    const defined = SUB_INDICATORS.filter((s) => s.parent === e.code);
    const existing = entries.filter((x) => x.parent === e.code);
    for (const s of defined)
      out.push(
        subEntry(
          e,
          s,
          existing.find((x) => x.code === s.code),
        ),
      );
    if (subs && defined.length === 0)
      throw new Error(`${e.code} had sub-indicators not in catalogue-subs.ts`);
  }
  return out;
}

function subEntry(parent: Json, s: (typeof SUB_INDICATORS)[number], prior: Json | undefined): Json {
  const sub: Json = prior ?? {};
  Object.assign(sub, {
    code: s.code,
    number: parent.number,
    parent: parent.code,
    title: s.title,
    shortTitle: s.shortTitle ?? s.title.slice(0, 60),
    unit: s.unit ?? parent.unit,
    polarity: s.polarity ?? parent.polarity,
    period: parent.period,
    outcome: parent.outcome,
    local: false,
  });
  if (s.band) sub.band = s.band;
  else if (sub.polarity !== 'band') delete sub.band;
  else sub.band = parent.band;
  // a sub-indicator shares its parent's collection and status; its own words, where it has
  // them, replace the parent's good-performance wording, which otherwise still holds
  const inherited = ['period', 'outcome', 'dataSource', 'collection', 'status'] as const;
  sub.sources = {
    title: s.titleSource,
    unit: s.unit ? (s.unitSource ?? s.titleSource) : parent.sources.unit,
    polarity: s.polarity ? (s.polaritySource ?? s.titleSource) : parent.sources.polarity,
  };
  for (const f of inherited) {
    if (parent[f] === undefined) continue;
    sub[f] = parent[f];
    sub.sources[f] = parent.sources[f];
  }
  delete sub.goodPerformance;
  if (s.goodPerformance) {
    sub.goodPerformance = s.goodPerformance;
    sub.sources.goodPerformance = s.polaritySource ?? s.titleSource;
  } else if (!s.polarity && parent.goodPerformance) {
    sub.goodPerformance = parent.goodPerformance;
    sub.sources.goodPerformance = parent.sources.goodPerformance;
  }
  return sub;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function apply(entries: Json[], ev: Evidence): void {
  const e = entries.find((x) => x.code === ev.code);
  if (!e) throw new Error(`evidence for unknown code ${ev.code}`);
  const source: Json = { from: ev.kind, url: ev.url, quote: ev.quote };
  if (ev.note) source.note = ev.note;
  e.corrections = e.corrections ?? [];
  for (const [field, value] of Object.entries(ev.facts)) {
    if (field === 'band') {
      if (value === null) delete e.band;
      else e.band = value;
      continue;
    }
    if (!SOURCED_FIELDS.includes(field as never)) throw new Error(`${ev.code}: ${field} is not sourced`);
    if (value !== undefined && e[field] !== undefined && !same(e[field], value)) {
      const logged = e.corrections.find((c: Json) => c.field === field);
      if (!logged) e.corrections.push({ field, before: e[field], after: value, source: ev.url });
      else logged.after = value;
    }
    if (value !== undefined) e[field] = value;
    e.sources[field] = source;
  }
  if (e.corrections.length === 0) delete e.corrections;
}

function main(): void {
  const entries = JSON.parse(fs.readFileSync(FILE, 'utf8')) as Json[];
  for (const e of entries) {
    for (const f of Object.keys(e.sources)) e.sources[f] = relabel(e.sources[f]);
  }
  for (const e of entries) {
    if (e.parent) continue;
    e.status = STATUS_EVIDENCE.status;
    e.sources.status = STATUS_EVIDENCE.source;
  }
  // parents take their evidence first, so that sub-indicators inherit it; then their own
  const parents = entries.filter((e) => !e.parent);
  for (const ev of EVIDENCE) if (parents.some((e) => e.code === ev.code)) apply(parents, ev);
  const all = splitSubs(entries);
  for (const ev of EVIDENCE) if (!parents.some((e) => e.code === ev.code)) apply(all, ev);
  fs.writeFileSync(FILE, `${JSON.stringify(all, null, 1)}\n`);
  const subs = all.filter((e) => e.parent).length;
  console.log(
    `${all.length - subs} indicators, ${subs} sub-indicators written to ${path.relative(process.cwd(), FILE)}`,
  );
}

main();
