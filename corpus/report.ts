/** The corpus result: counts per family and overall, the table printed, the JSON written. */
import { FAMILIES } from './families';
import { addCounts, emptyCounts, type Counts, type Miss } from './score';

export interface CorpusResult {
  total: Counts;
  families: Map<string, Counts>;
  misses: Miss[];
}

export function newResult(): CorpusResult {
  return { total: emptyCounts(), families: new Map(), misses: [] };
}

export function addLayout(result: CorpusResult, family: string, counts: Counts, misses: Miss[]): void {
  addCounts(result.total, counts);
  let f = result.families.get(family);
  if (!f) {
    f = emptyCounts();
    result.families.set(family, f);
  }
  addCounts(f, counts);
  for (const m of misses) result.misses.push(m);
}

function frac(a: number, b: number): string {
  return `${a}/${b}`;
}

function pct(a: number, b: number): string {
  return b === 0 ? '   -' : `${((100 * a) / b).toFixed(0).padStart(3)}%`;
}

const HEAD = [
  'family',
  'layouts',
  'tables',
  'false',
  'rows',
  'codes',
  'titles',
  'ratings',
  'columns',
  'spurious',
  'unread',
  'left out',
];
const WIDTHS = [18, 7, 13, 5, 16, 16, 16, 16, 16, 8, 6, 8];

function row(name: string, c: Counts): string[] {
  return [
    name,
    String(c.layouts),
    frac(c.tablesFound, c.tablesExpected),
    String(c.falseTables),
    `${frac(c.rowsFound, c.rowsExpected)} ${pct(c.rowsFound, c.rowsExpected)}`,
    `${frac(c.codesCorrect, c.rowsExpected)} ${pct(c.codesCorrect, c.rowsExpected)}`,
    `${frac(c.titlesCorrect, c.rowsExpected)} ${pct(c.titlesCorrect, c.rowsExpected)}`,
    `${frac(c.ratingsCorrect, c.ratingsExpected)} ${pct(c.ratingsCorrect, c.ratingsExpected)}`,
    `${frac(c.columnsCorrect, c.columnsExpected)} ${pct(c.columnsCorrect, c.columnsExpected)}`,
    String(c.spuriousRows),
    String(c.unreadable),
    String(c.leftOut),
  ];
}

function line(cells: string[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(WIDTHS[i]) : c.padStart(WIDTHS[i]))).join(' ');
}

/** One line per family (in registry order), then the total. */
export function familyTable(result: CorpusResult): string[] {
  const out = [line(HEAD)];
  for (const f of FAMILIES) {
    const c = result.families.get(f.name);
    if (c) out.push(line(row(f.name, c)));
  }
  out.push(line(row('all', result.total)));
  return out;
}

/** The closing line, exactly as the issue asks. */
export function finalLine(c: Counts): string {
  return `corpus: ${c.layouts} layouts, tables ${c.tablesFound}/${c.tablesExpected}, rows ${c.rowsFound}/${c.rowsExpected}, codes ${c.codesCorrect}/${c.rowsExpected}, ratings ${c.ratingsCorrect}/${c.ratingsExpected}, false tables ${c.falseTables}`;
}

function familyJson(c: Counts): Record<string, number> {
  return { ...c };
}

/** The JSON the issue names (its fields first), with the extra counts after them. */
export function toJson(result: CorpusResult, seed: number): Record<string, unknown> {
  const t = result.total;
  const families: Record<string, Record<string, number>> = {};
  for (const f of FAMILIES) {
    const c = result.families.get(f.name);
    if (c) families[f.name] = familyJson(c);
  }
  return {
    layouts: t.layouts,
    families,
    tablesExpected: t.tablesExpected,
    tablesFound: t.tablesFound,
    falseTables: t.falseTables,
    rowsExpected: t.rowsExpected,
    rowsFound: t.rowsFound,
    codesCorrect: t.codesCorrect,
    ratingsExpected: t.ratingsExpected,
    ratingsCorrect: t.ratingsCorrect,
    seed,
    extraTables: t.extraTables,
    titlesCorrect: t.titlesCorrect,
    columnsExpected: t.columnsExpected,
    columnsCorrect: t.columnsCorrect,
    spuriousRows: t.spuriousRows,
    unreadable: t.unreadable,
    leftOut: t.leftOut,
  };
}

/** Misses grouped by kind of misread, most common first, with the families and layouts showing them. */
export function topMisreads(misses: Miss[], n: number): string[] {
  const groups = new Map<string, Miss[]>();
  for (const m of misses) {
    const g = groups.get(m.key) ?? [];
    g.push(m);
    groups.set(m.key, g);
  }
  const sorted = [...groups.entries()].sort((a, b) => b[1].length - a[1].length).slice(0, n);
  return sorted.map(([key, ms]) => {
    const fams = new Map<string, number>();
    for (const m of ms) fams.set(m.family, (fams.get(m.family) ?? 0) + 1);
    const top = [...fams.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([f, k]) => `${f} ${k}`)
      .join(', ');
    const layouts = [...new Set(ms.map((m) => m.layout))];
    return `${String(ms.length).padStart(6)}  ${key}  [${top}]  e.g. ${layouts.slice(0, 4).join(', ')} (${layouts.length} layouts)`;
  });
}
