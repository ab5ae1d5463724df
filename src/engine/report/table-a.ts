/**
 * Table A, the board's targets table, from every recognised targets table: one row
 * per indicator (local ones included) under its Every Child Matters outcome, with
 * past actuals, targets, comparators and the ratings as display text, and a link
 * back to the row's source cell. Pure: takes the analysis pieces, not the pipeline.
 */
import type { Catalogue } from '../catalogue/types';
import { nisEndedNote } from '../catalogue/status';
import { a1 } from '../model/a1';
import type { Settings } from '../model/settings';
import type { IndicatorRow, IndicatorTable, RecognisedTable, TableColumn, ValueCell } from '../model/tables';
import { ratingRules, yearLabel } from '../rate/explain';
import { actualCell, pickCell, yearColumns, type YearColumns } from '../rate/series';
import type { Rating } from '../rate/types';
import { SharedTexts } from '../model/shared-texts';
import { groupKey } from './outcome-groups';
import { directionText, ragText, trajectoryText } from './rating-words';
import {
  AGAINST_ENGLAND,
  latestActualYear,
  RATED_ACTUAL,
  RATED_TARGET,
  sinceColumn,
  tableAColumns,
} from './table-a-columns';
import { againstEngland, englandFigure, wayOf } from './compare-england';
import { NO_HISTORY, type ReportHistory } from './report-history';
import { SinceLast } from './since-last';
import { shownCell, type Unavailable } from './shown-figures';
import type { Unit } from '../values/types';
import type { TableAColumn, TableAModel, TableARow } from './types';

export interface TableAInputs {
  tables: RecognisedTable[];
  ratings: Map<IndicatorTable, Rating[]>;
  catalogue: Catalogue;
  settings: Settings;
  /** the ratings earlier reports recorded (registry kind 'rating'); none for a first report */
  history?: ReportHistory;
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
    // a table's rows share one rated year or none, so read each label once
    let label: string | null = null;
    for (const r of list) {
      if (r.ratedYear === null || r.ratedYear === label) continue;
      label = r.ratedYear;
      const y = firstYear(label);
      if (y !== null && (latest === null || y > latest)) latest = y;
    }
  }
  return latest ?? latestActualYear(targets);
}

/** Cells the paper cannot show (Excel errors), each named in a note under the table. */
type NoteUnavailable = (u: Unavailable) => void;

function shown(
  cell: ValueCell | null,
  colOf: Map<number, TableColumn>,
  texts: SharedTexts,
  unit: Unit | null,
  note: NoteUnavailable,
): string {
  if (!cell || cell.parsed.kind === 'empty') return '';
  const text = shownCell(cell, texts, unit, note);
  // a quarter standing in for the year says which quarter it is
  const q = colOf.get(cell.col)?.year?.quarter;
  return q === undefined ? text : texts.text(`${text} (Q${q})`);
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

/** What fills a Table A column from a source row, worked out once per column rather than per cell. */
type Filler =
  | { key: string; kind: 'actual' | 'target'; year: number }
  | { key: string; kind: 'comparator'; comparator: string };

function fillers(columns: TableAColumn[]): Filler[] {
  const out: Filler[] = [];
  for (const col of columns) {
    const [kind, arg] = col.key.split(':');
    if (kind === 'actual' || kind === 'target') out.push({ key: col.key, kind, year: Number(arg) });
    else if (kind === 'comparator') out.push({ key: col.key, kind, comparator: arg });
  }
  return out;
}

function firstFilled(src: SourceTable, kind: string, cells: Map<number, ValueCell>): ValueCell | null {
  for (const c of src.comparatorCols.get(kind) ?? []) {
    const v = cells.get(c);
    if (v && v.parsed.kind !== 'empty') return v;
  }
  return null;
}

// not a closure per row: tsx (which the benchmark runs under) names every closure it makes
function put(out: Record<string, string>, key: string, text: string): void {
  if (text !== '') out[key] = text;
}

/**
 * The rated year's actual and target, as the RAG read them (a bare 8 read as 8% prints 8%);
 * a row rated for another year than the report's says which ("2008/09: 50%").
 */
function ratedCells(m: RowMaking, src: SourceTable, rating: Rating, out: Record<string, string>): void {
  const year = rating.ratedYear === null ? null : firstYear(rating.ratedYear);
  if (year === null) return;
  const prefix = rating.ratedYear === m.reportLabel ? '' : `${rating.ratedYear}: `;
  const actual = shown(actualCell(src.years, year, m.cells), src.colOf, m.texts, rating.unit, m.note);
  const target = shown(
    pickCell(src.years.target.get(year), m.cells),
    src.colOf,
    m.texts,
    rating.unit,
    m.note,
  );
  if (actual) out[RATED_ACTUAL] = prefix ? m.texts.text(prefix + actual) : actual;
  if (target) out[RATED_TARGET] = prefix ? m.texts.text(prefix + target) : target;
}

function rowCells(
  m: RowMaking,
  src: SourceTable,
  row: IndicatorRow,
  rating: Rating | null,
): Record<string, string> {
  const cells = m.cells;
  cells.clear();
  for (const v of row.values) cells.set(v.col, v);
  const out: Record<string, string> = {};
  // figures typed bare in a row read in % (or another unit) print in that unit, as the RAG read them
  const unit = rating?.assumedUnits ? rating.unit : null;
  for (const f of m.fill) {
    let cell: ValueCell | null;
    if (f.kind === 'comparator') cell = firstFilled(src, f.comparator, cells);
    else if (f.kind === 'actual') cell = actualCell(src.years, f.year, cells);
    else cell = pickCell(src.years.target.get(f.year), cells);
    // a bare comparator (6.3 beside 5.4%) reads in the row's unit, as the comparison reads it
    const cellUnit = f.kind === 'comparator' ? (rating?.unit ?? null) : unit;
    put(out, f.key, shown(cell, src.colOf, m.texts, cellUnit, m.note));
  }
  if (rating) {
    ratedCells(m, src, rating, out);
    put(out, 'rag', m.texts.text(ragText(rating, m.reportLabel)));
    put(out, 'direction', m.texts.text(directionText(rating)));
    put(out, 'trajectory', m.texts.text(trajectoryText(rating)));
    if (m.england) put(out, AGAINST_ENGLAND, englandWord(m, src, row, rating));
  }
  return out;
}

/** Better / Similar / Worse than England for the rated actual, or '' when there is nothing to compare. */
function englandWord(m: RowMaking, src: SourceTable, row: IndicatorRow, rating: Rating): string {
  const england = englandFigure(firstFilled(src, 'england', m.cells), rating.unit);
  return againstEngland(rating, england, wayOf(definitionOf(row, m.catalogue))) ?? '';
}

function definitionOf(row: IndicatorRow, catalogue: Catalogue) {
  return row.code
    ? (catalogue.lookup(row.code)?.definition ?? null)
    : catalogue.lookupLocalByTitle(row.title);
}

function codeOf(row: IndicatorRow): string {
  if (row.code) return row.code;
  return row.local ? 'Local' : '';
}

/** The source's heading, else the catalogue's outcome for the code, else "Other indicators". */
function headingOf(row: IndicatorRow, catalogue: Catalogue): string {
  if (row.group && row.group.trim()) return row.group.trim();
  return definitionOf(row, catalogue)?.outcome ?? OTHER_GROUP;
}

function descriptionOf(row: IndicatorRow, catalogue: Catalogue): string {
  if (row.title.trim()) return row.title.trim();
  const found = row.code ? catalogue.lookup(row.code) : null;
  return found?.subTitle ?? found?.definition.title ?? '';
}

/** Rows under their outcome headings, in the order the headings first appear. */
class OutcomeGroups {
  private readonly groups = new Map<string, { title: string; rows: TableARow[] }>();
  // a handful of headings recur on every row: their patterns are tried once each
  private readonly keyOf = new Map<string, string>();

  /** The rows of the heading's group; a new group takes the first heading seen for its key as its title. */
  rowsFor(heading: string): TableARow[] {
    let key = this.keyOf.get(heading);
    if (key === undefined) {
      key = groupKey(heading);
      this.keyOf.set(heading, key);
    }
    let group = this.groups.get(key);
    if (!group) {
      group = { title: heading, rows: [] };
      this.groups.set(key, group);
    }
    return group.rows;
  }

  all(): { title: string; rows: TableARow[] }[] {
    return [...this.groups.values()];
  }
}

/** What every row is made with. */
interface RowMaking {
  fill: Filler[];
  /** one map reused down every table: a map per row would be garbage at 100k rows */
  cells: Map<number, ValueCell>;
  texts: SharedTexts;
  reportLabel: string | null;
  catalogue: Catalogue;
  /** records an Excel error met in the table being read */
  note: NoteUnavailable;
  /** some source has an England column: each rated row is compared with it */
  england: boolean;
}

function tableARow(m: RowMaking, src: SourceTable, row: IndicatorRow, rating: Rating | null): TableARow {
  return {
    code: codeOf(row),
    description: m.texts.text(descriptionOf(row, m.catalogue)),
    cells: rowCells(m, src, row, rating),
    rag: rating?.rag ?? null,
    reason: rating?.reason ?? '',
    local: row.local,
    source: {
      sheet: src.table.sheet,
      cell: row.codeCell ?? row.titleCell ?? a1(row.row, src.table.range.c0),
    },
  };
}

/** A RAG for another year than the report's: the legend then explains the year in brackets. */
function ratedOtherYear(rating: Rating | null, reportLabel: string | null): boolean {
  return !!rating?.rag && rating.ratedYear !== null && rating.ratedYear !== reportLabel;
}

/** The rule for Better / Similar / Worse, with the tolerance it uses. */
function englandLegend(settings: Settings): string {
  const t = settings.tolerance;
  const margin =
    t.kind === 'relative'
      ? `${t.value}% of England's figure`
      : `${t.value} (percentage points on a % indicator)`;
  return (
    "Against England: the rated year's actual against the England figure in the source, polarity-aware " +
    `(Better, Similar or Worse than England). Similar when the gap is no more than the RAG tolerance, ${margin} (or the indicator's own tolerance); ` +
    'Higher / Lower where it is not known which way is better. A comparator typed without a unit is read in ' +
    "the row's unit (6.3 beside 5.4% as 6.3%)."
  );
}

function legendOf(
  settings: Settings,
  reportLabel: string | null,
  otherYear: boolean,
  england: boolean,
): string[] {
  const legend = ratingRules(settings, reportLabel);
  if (otherYear)
    legend.push(
      'A year in brackets after a RAG word is the year that row was rated for: its source has no actuals for the report year.',
    );
  legend.push(
    'Figures in round brackets are the comparators given in the source; in square brackets, counts.',
  );
  if (england) legend.push(englandLegend(settings));
  // true of every export: the sheet holds the links; Word and HTML name the source cell where they show it
  legend.push("On the workbook's Table A sheet, each indicator code links to its row in the source sheet.");
  return legend;
}

/** One note per cell shown as "Not available": where it is and what Excel holds there. */
function unavailableNotes(found: { sheet: string; cell: string; error: string }[]): string[] {
  return found.map(
    (u) =>
      `Not available: '${u.sheet}'!${u.cell} holds the Excel error ${u.error}; correct it in the source.`,
  );
}

export function buildTableA(inputs: TableAInputs): TableAModel {
  const targets = inputs.tables.filter((t): t is IndicatorTable => t.kind === 'targets');
  const reportYear = reportYearOf(inputs, targets);
  const reportLabel = reportYear === null ? null : yearLabel(reportYear);
  const columns = tableAColumns(targets, reportYear);
  const since = new SinceLast(inputs.history ?? NO_HISTORY, inputs.settings.asOf);
  // the column appears only when there was a report before this one
  if (since.lastDate !== null) columns.push(sinceColumn());
  const england = columns.some((c) => c.key === AGAINST_ENGLAND);
  const making: RowMaking = {
    fill: fillers(columns),
    cells: new Map<number, ValueCell>(),
    texts: new SharedTexts(),
    reportLabel,
    catalogue: inputs.catalogue,
    note: () => undefined,
    england,
  };

  const groups = new OutcomeGroups();
  let otherYear = false;
  const unavailable: { sheet: string; cell: string; error: string }[] = [];
  for (const table of targets) {
    const src = sourceTable(table, inputs.ratings.get(table));
    making.note = (u) => unavailable.push({ sheet: table.sheet, ...u });
    for (const row of table.rows) {
      const rows = groups.rowsFor(headingOf(row, inputs.catalogue));
      const rating = src.ratingOf.get(row.row) ?? null;
      if (ratedOtherYear(rating, reportLabel)) otherYear = true;
      const made = tableARow(making, src, row, rating);
      since.note(table.sheet, made);
      rows.push(made);
    }
  }

  return {
    title: TABLE_A_TITLE,
    asOf: inputs.settings.asOf,
    ratedYear: reportLabel,
    columns,
    groups: groups.all(),
    legend: [
      ...legendOf(inputs.settings, reportLabel, otherYear, england),
      since.legend(),
      ...nisEndedNote(inputs.settings.asOf, targets),
      ...unavailableNotes(unavailable),
    ],
    records: since.records,
  };
}
