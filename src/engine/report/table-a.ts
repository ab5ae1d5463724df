/**
 * Table A, the board's targets table, from every recognised targets table: one row
 * per indicator (local ones included) under its Every Child Matters outcome, with
 * past actuals, targets, comparators and the ratings as display text, and a link
 * back to the row's source cell. Pure: takes the analysis pieces, not the pipeline.
 */
import type { Catalogue } from '../catalogue/types';
import { a1 } from '../model/a1';
import type { Settings } from '../model/settings';
import type { IndicatorRow, IndicatorTable, RecognisedTable, TableColumn, ValueCell } from '../model/tables';
import { ratingRules, yearLabel } from '../rate/explain';
import { actualCell, pickCell, yearColumns, type YearColumns } from '../rate/series';
import type { Rating } from '../rate/types';
import { describeValue } from '../values/describe';
import { groupKey } from './outcome-groups';
import { directionText, ragText, trajectoryText } from './rating-words';
import { latestActualYear, tableAColumns } from './table-a-columns';
import type { TableAColumn, TableAModel, TableARow } from './types';

export interface TableAInputs {
  tables: RecognisedTable[];
  ratings: Map<IndicatorTable, Rating[]>;
  catalogue: Catalogue;
  settings: Settings;
}

export const TABLE_A_TITLE = 'Table A: Performance against targets';
const OTHER_GROUP = 'Other indicators';

/** A year label's first year: "2008/09" -> 2008. */
function firstYear(label: string): number | null {
  const m = /^(\d{4})/.exec(label);
  return m ? Number(m[1]) : null;
}

/** The setting when given, else the latest year any row was rated for, else the latest actual. */
function reportYearOf(inputs: TableAInputs, targets: IndicatorTable[]): number | null {
  if (inputs.settings.year !== null) return inputs.settings.year;
  let latest: number | null = null;
  for (const list of inputs.ratings.values()) {
    for (const r of list) {
      const y = r.ratedYear === null ? null : firstYear(r.ratedYear);
      if (y !== null && (latest === null || y > latest)) latest = y;
    }
  }
  return latest ?? latestActualYear(targets);
}

function shown(cell: ValueCell | null, colOf: Map<number, TableColumn>): string {
  if (!cell || cell.parsed.kind === 'empty') return '';
  const text = describeValue(cell.parsed);
  // a quarter standing in for the year says which quarter it is
  const q = colOf.get(cell.col)?.year?.quarter;
  return q === undefined ? text : `${text} (Q${q})`;
}

interface SourceTable {
  table: IndicatorTable;
  years: YearColumns;
  colOf: Map<number, TableColumn>;
  comparatorCols: Map<string, number[]>;
  ratingOf: Map<number, Rating>;
}

function sourceTable(table: IndicatorTable, ratings: Rating[] | undefined): SourceTable {
  const colOf = new Map<number, TableColumn>();
  const comparatorCols = new Map<string, number[]>();
  for (const c of table.columns) {
    colOf.set(c.col, c);
    if (c.role !== 'comparator') continue;
    const kind = c.comparator ?? 'other';
    comparatorCols.set(kind, [...(comparatorCols.get(kind) ?? []), c.col]);
  }
  const ratingOf = new Map<number, Rating>();
  for (const r of ratings ?? []) ratingOf.set(r.row, r);
  return { table, years: yearColumns(table), colOf, comparatorCols, ratingOf };
}

function rowCells(
  src: SourceTable,
  row: IndicatorRow,
  columns: TableAColumn[],
  reportLabel: string | null,
): Record<string, string> {
  const cells = new Map<number, ValueCell>();
  for (const v of row.values) cells.set(v.col, v);
  const out: Record<string, string> = {};
  const put = (key: string, text: string) => {
    if (text !== '') out[key] = text;
  };
  for (const col of columns) {
    const [kind, arg] = col.key.split(':');
    if (kind === 'actual') put(col.key, shown(actualCell(src.years, Number(arg), cells), src.colOf));
    else if (kind === 'target')
      put(col.key, shown(pickCell(src.years.target.get(Number(arg)), cells), src.colOf));
    else if (kind === 'comparator') {
      const found = (src.comparatorCols.get(arg) ?? [])
        .map((c) => cells.get(c) ?? null)
        .find((v) => v && v.parsed.kind !== 'empty');
      put(col.key, shown(found ?? null, src.colOf));
    }
  }
  const rating = src.ratingOf.get(row.row);
  if (rating) {
    put('rag', ragText(rating, reportLabel));
    put('direction', directionText(rating));
    put('trajectory', trajectoryText(rating));
  }
  return out;
}

function codeOf(row: IndicatorRow): string {
  if (row.code) return row.code;
  return row.local ? 'Local' : '';
}

/** The source's heading, else the catalogue's outcome for the code, else "Other indicators". */
function headingOf(row: IndicatorRow, catalogue: Catalogue): string {
  if (row.group && row.group.trim()) return row.group.trim();
  const def = row.code ? catalogue.lookup(row.code)?.definition : catalogue.lookupLocalByTitle(row.title);
  return def?.outcome ?? OTHER_GROUP;
}

function descriptionOf(row: IndicatorRow, catalogue: Catalogue): string {
  if (row.title.trim()) return row.title.trim();
  const found = row.code ? catalogue.lookup(row.code) : null;
  return found?.subTitle ?? found?.definition.title ?? '';
}

export function buildTableA(inputs: TableAInputs): TableAModel {
  const targets = inputs.tables.filter((t): t is IndicatorTable => t.kind === 'targets');
  const reportYear = reportYearOf(inputs, targets);
  const reportLabel = reportYear === null ? null : yearLabel(reportYear);
  const columns = tableAColumns(targets, reportYear);

  const groups = new Map<string, { title: string; rows: TableARow[] }>();
  let otherYear = false;
  for (const table of targets) {
    const src = sourceTable(table, inputs.ratings.get(table));
    for (const row of table.rows) {
      const heading = headingOf(row, inputs.catalogue);
      const key = groupKey(heading);
      let group = groups.get(key);
      if (!group) {
        group = { title: heading, rows: [] };
        groups.set(key, group);
      }
      const rating = src.ratingOf.get(row.row) ?? null;
      if (rating?.rag && rating.ratedYear !== null && rating.ratedYear !== reportLabel) otherYear = true;
      group.rows.push({
        code: codeOf(row),
        description: descriptionOf(row, inputs.catalogue),
        cells: rowCells(src, row, columns, reportLabel),
        rag: rating?.rag ?? null,
        reason: rating?.reason ?? '',
        local: row.local,
        source: {
          sheet: table.sheet,
          cell: row.codeCell ?? row.titleCell ?? a1(row.row, table.range.c0),
        },
      });
    }
  }

  const legend = ratingRules(inputs.settings, reportLabel);
  if (otherYear)
    legend.push(
      'A year in brackets after a RAG word is the year that row was rated for: its source has no actuals for the report year.',
    );
  legend.push(
    'Figures in round brackets are the comparators given in the source; in square brackets, counts.',
  );
  legend.push('Each indicator code links to its row in the source sheet.');

  return {
    title: TABLE_A_TITLE,
    asOf: inputs.settings.asOf,
    ratedYear: reportLabel,
    columns,
    groups: [...groups.values()],
    legend,
  };
}
