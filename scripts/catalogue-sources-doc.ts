/**
 * Writes docs/catalogue-sources.md from the catalogue itself: how many facts rest on each kind of
 * source, which children's services NIs still lack a public source for title, unit or polarity,
 * and every correction with before, after and its source. Run after scripts/catalogue-migrate.ts:
 *
 *   npx tsx scripts/catalogue-sources-doc.ts          (writes the file)
 *   npx tsx scripts/catalogue-sources-doc.ts --check  (exit 1 when the file is out of date)
 */
import * as fs from 'fs';
import * as path from 'path';
import { listCatalogue, provenanceCounts, type ListedIndicator } from '../src/engine/catalogue/listing';

const FILE = path.join(__dirname, '..', 'docs', 'catalogue-sources.md');
const KINDS = [
  'dataset-record',
  'statistical-release',
  'handbook',
  'lg-inform',
  'plan',
  'unsourced',
] as const;
const FIELDS = [
  'title',
  'unit',
  'polarity',
  'period',
  'outcome',
  'dataSource',
  'collection',
  'goodPerformance',
  'status',
];

/** NI 19, 43-46, 50-120, 147, 148: the children's services indicators the issue names. */
const CHILDREN = new Set([19, 43, 44, 45, 46, 147, 148, ...Array.from({ length: 71 }, (_, i) => 50 + i)]);

const hasUrl = (e: ListedIndicator, f: 'title' | 'unit' | 'polarity') => !!e.sources[f]?.url;

function countsTable(items: ListedIndicator[]): string[] {
  const counts = provenanceCounts(items);
  const lines = [`| field | ${KINDS.join(' | ')} |`, `|---|${KINDS.map(() => '---:').join('|')}|`];
  for (const f of FIELDS) {
    const c = counts[f] ?? {};
    lines.push(`| ${f} | ${KINDS.map((k) => c[k] ?? 0).join(' | ')} |`);
  }
  return lines;
}

function cell(v: unknown): string {
  return JSON.stringify(v).replace(/\|/g, '\\|');
}

function correctionLines(items: ListedIndicator[]): string[] {
  const lines = ['| code | field | before | after | source |', '|---|---|---|---|---|'];
  for (const e of items) {
    for (const c of e.corrections) {
      lines.push(`| ${e.code} | ${c.field} | ${cell(c.before)} | ${cell(c.after)} | <${c.source}> |`);
    }
  }
  return lines;
}

/** Issue 16's target for the sourcing, and what stands against it, said plainly. */
const TARGET_TITLES = 180;

function targetLines(titled: number, full: number, children: number): string[] {
  const met = titled >= TARGET_TITLES && full === children;
  return [
    '## Against the target',
    '',
    `The target is at least ${TARGET_TITLES} titles, and every children's services NI's title, unit and polarity,`,
    `from a public source. ${met ? 'It is met.' : `It is not met: ${titled} titles and ${full} of ${children} children's services NIs.`}`,
    'Searched, in stored copies of public pages (not the live web): about 40 NIs one by one in the first two',
    'searches, then a sweep over every NI from 1 to 199 whose title had no address (about 200 look-ups, two or',
    'three an NI): data.gov.uk / CKAN dataset records ("NI 058 ..."), their copies on the ODI certificates',
    'site, data4nr and infochimps (DCLG Floor Targets Interactive, with its "Good performance" guidelines),',
    "LG Inform / esd metric types that name the former NI, DCSF/DfE statistical releases, departments' own",
    "pages (Defra, DECC, BERR), and the Handbook of Definitions (its front matter, and one page, NI 109's, in",
    'a copy on docstoc). Only the records counted above were found; a fact without one keeps its `plan` or',
    '`unsourced` label rather than a guessed address. Polarity is taken only from a record that states a',
    'direction.',
    '',
    "A fourth search (59 look-ups, after the sweep's four parts) tried new angles for about 30 of the",
    "children's services NIs still missing (and NI 47, 156, 181) and found no further record: the DCLG",
    'Floor Targets wording ("Published By Department for Children, Schools and Families", "Guidelines: Good',
    'performance"), data4nr, ODI-certificate, infochimps and publicdata.eu page shapes, data.gov.uk page',
    'wording, LG Inform metric types ("previously reported as NI ..", "Polarity a low value is good"),',
    "esd-toolkit's metric list, DCSF releases covering several NIs at once (referrals and assessments,",
    'children looked after, outcome indicators, youth justice, attainment by 19, KS2, SEN statements,',
    "17-year-olds' participation), and the Handbook of Definitions, whose stored copies (Annex 2 on docstoc,",
    'the May 2008 edition on studylib) hold only their front matter. A stored page is returned from its',
    'beginning, so a long document that lists many NIs cannot be quoted past its first page.',
  ];
}

function render(): string {
  const items = listCatalogue();
  const national = items.filter((e) => !e.parent);
  const subs = items.length - national.length;
  const titled = national.filter((e) => hasUrl(e, 'title')).length;
  const children = national.filter((e) => CHILDREN.has(Number(e.code.slice(3))));
  const full = children.filter((e) => hasUrl(e, 'title') && hasUrl(e, 'unit') && hasUrl(e, 'polarity'));
  const missing = children.filter((e) => !full.includes(e)).map((e) => e.code.slice(3));
  return [
    "# Where the indicator catalogue's facts come from",
    '',
    '<!-- generated by scripts/catalogue-sources-doc.ts from src/engine/catalogue/ni-catalogue.json: edit the',
    '     evidence (scripts/catalogue-evidence.ts, scripts/catalogue-subs.ts), not this file -->',
    '',
    `The catalogue holds ${national.length} national indicators (NI 1 to NI 199, no NI 31) and ${subs} sub-indicators.`,
    'Every fact names the kind of record it rests on, and, for a public record, its address and a short quote',
    '(`ni-targets catalogue NI 58` prints them; docs/catalogue.md explains the kinds and how to add evidence).',
    '',
    '## Facts by kind of source',
    '',
    ...countsTable(items),
    '',
    `Titles with a public source (an address): ${titled} of ${national.length}.`,
    `Children's services NIs (NI 19, 43-46, 50-120, 147, 148) with title, unit and polarity all from a public source:`,
    `${full.length} of ${children.length}. Not yet: NI ${missing.join(', ')}.`,
    '',
    '`plan` facts come from the two reference plans (Bromley CYPP 2009-11, Oxfordshire delivery plan',
    '2010-11) and name which; `unsourced` facts are judgements (the draft list recalled titles from memory',
    'and guessed polarities) and say why. Treat both as defaults an officer can override on a definitions sheet.',
    '',
    ...targetLines(titled, full.length, children.length),
    '',
    '## Every correction, with its source',
    '',
    ...correctionLines(items),
    '',
    "Where a record and the catalogue disagree and the catalogue was not changed, the source's note says why",
    '(NI 65: its record says both "a low value is good" and that good performance lies between 10% and 15%; the',
    'band is kept. NI 108: the set letters groups to "108n"; the catalogue keeps the council\'s 108a-c).',
    '',
  ].join('\n');
}

const text = render();
if (process.argv.includes('--check')) {
  const now = fs.existsSync(FILE) ? fs.readFileSync(FILE, 'utf8') : '';
  if (now !== text) {
    console.error('docs/catalogue-sources.md is out of date: run npx tsx scripts/catalogue-sources-doc.ts');
    process.exit(1);
  }
} else {
  fs.writeFileSync(FILE, text);
  console.log(`wrote ${path.relative(process.cwd(), FILE)}`);
}
