/**
 * Targets tables for rating tests, built by hand the way recognition would hand them
 * over: columns with year roles, rows with cells parsed by the real value parser.
 */
import type { IndicatorTable, TableColumn, YearRole } from '../../../src/engine/model/tables';
import type { Catalogue, IndicatorDefinition } from '../../../src/engine/catalogue/types';
import { parseValue } from '../../../src/engine/values/parse-value';
import { a1 } from '../../../src/engine/model/a1';

export interface YearCol {
  role: YearRole;
  year: number;
  label: string;
  header?: string;
}

/** A table whose first two columns are code and title, then one column per year spec. */
export function buildTable(
  years: YearCol[],
  rows: { code: string | null; title?: string; local?: boolean; values: (string | number | null)[] }[],
  opts: { sheet?: string; headerRow?: number; formats?: string[]; extra?: TableColumn[] } = {},
): IndicatorTable {
  const headerRow = opts.headerRow ?? 2;
  const columns: TableColumn[] = [
    { col: 0, role: 'code', header: 'National Indicator Number' },
    { col: 1, role: 'title', header: 'Description' },
    ...years.map((y, i) => ({
      col: i + 2,
      role: 'year' as const,
      header: y.header ?? `${y.label} ${y.role}`,
      year: { role: y.role, year: y.year, label: y.label },
    })),
    ...(opts.extra ?? []),
  ];
  const lastCol = Math.max(...columns.map((c) => c.col));
  return {
    kind: 'targets',
    sheet: opts.sheet ?? 'Table A',
    range: { r0: headerRow, c0: 0, r1: headerRow + rows.length, c1: lastCol },
    headerRows: [headerRow],
    columns,
    rows: rows.map((r, i) => {
      const row = headerRow + 1 + i;
      return {
        row,
        code: r.code,
        title: r.title ?? r.code ?? 'Local Indicator',
        local: r.local ?? r.code === null,
        laa: false,
        group: null,
        values: r.values.map((v, j) => ({
          col: j + 2,
          cell: a1(row, j + 2),
          raw: v,
          format: opts.formats?.[j] ?? 'General',
          parsed: parseValue({ value: v, format: opts.formats?.[j] ?? 'General' }),
        })),
        subRows: [],
      };
    }),
    groups: [],
    footnotes: [],
  };
}

/** Bromley Table A's year columns (reference/seeds/bromley-cypp-2009-11.txt, ~line 1714). */
export const BROMLEY_YEARS: YearCol[] = [
  { role: 'actual', year: 2005, label: '2005/06', header: '2005/6 Actual' },
  { role: 'actual', year: 2006, label: '2006/07', header: '2006/7 Actual' },
  { role: 'actual', year: 2007, label: '2007/08', header: '2007/8 Actual' },
  { role: 'actual', year: 2008, label: '2008/09', header: '2008/09 Actual Full Year' },
  { role: 'target', year: 2008, label: '2008/09', header: '2008/9 Target Full year' },
  { role: 'target', year: 2009, label: '2009/10', header: '2009/10 Target' },
  { role: 'target', year: 2010, label: '2010/11', header: '2010/11 Target' },
];

/** Oxfordshire's NIS table (oxfordshire-delivery-plan-2010-11.txt, ~line 421). */
export const OXFORDSHIRE_YEARS: YearCol[] = [
  { role: 'baseline', year: 2008, label: '2008/09', header: 'Baseline 2008/09' },
  { role: 'actual', year: 2009, label: '2009/10' },
  { role: 'target', year: 2008, label: '2008/09' },
  { role: 'target', year: 2009, label: '2009/10' },
  { role: 'target', year: 2010, label: '2010/11' },
  { role: 'target', year: 2011, label: '2011/12' },
];

/** A catalogue of just the given definitions, for rows whose polarity a test controls. */
export function fakeCatalogue(defs: Partial<IndicatorDefinition>[]): Catalogue {
  const full = defs.map((d): IndicatorDefinition => ({
    code: d.code ?? 'NI 1',
    number: d.number ?? null,
    title: d.title ?? d.code ?? '',
    shortTitle: d.shortTitle ?? d.title ?? '',
    unit: d.unit ?? 'percent',
    polarity: d.polarity ?? 'none',
    period: d.period ?? 'financial',
    outcome: null,
    sources: {},
    local: d.local ?? false,
    ...d,
  }));
  return {
    lookup: (code) => {
      const d = full.find((x) => x.code === code);
      return d ? { definition: d } : null;
    },
    lookupLocalByTitle: (title) => full.find((x) => x.local && x.title === title) ?? null,
    national: () => full.filter((d) => !d.local),
    matchTitle: () => [],
    localPrefixes: () => new Set(),
  };
}
