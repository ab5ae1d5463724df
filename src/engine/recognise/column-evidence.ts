/**
 * What a targets table's header says about each of its columns: the role, and
 * for a year column its year, quarter and use. Each kind of evidence is its own
 * function, listed strongest first in HEADER_EVIDENCE; the first that speaks
 * decides. What the cells hold (codes in an unnamed column) is read later, by
 * sniffCodeColumn.
 */
import type { TableColumn, YearRole } from '../model/tables';
import { LAA_COLUMN, columnWordFor, type ColumnWord } from './column-words';
import { headerText, type HeaderCell } from './header';
import { parseYearLabel, type YearLabel } from './year-label';

/** A column as its header reads, before quarters get their years. */
export interface Draft {
  cell: HeaderCell;
  column: TableColumn | null;
  /** year columns awaiting a year (quarters) */
  label?: YearLabel;
}

/** What one kind of evidence says about a column, or null when it says nothing. */
type Reading = { column: TableColumn; label?: YearLabel } | null;
type HeaderEvidence = (cell: HeaderCell, header: string) => Reading;

function otherColumn(cell: HeaderCell, header: string): TableColumn {
  return { col: cell.col, role: 'other', header };
}

function wordColumn(cell: HeaderCell, header: string, word: ColumnWord): TableColumn {
  return { col: cell.col, role: word.role, header, comparator: word.comparator };
}

/** "LAA?", "In LAA": a flag read on each row, not a value column. */
function laaFlagHeader(cell: HeaderCell, header: string): Reading {
  return LAA_COLUMN.test(cell.own) ? { column: otherColumn(cell, header) } : null;
}

/** The column's own header word ("NI", "Indicator", "Notes", "England"). */
function ownHeaderWord(cell: HeaderCell, header: string): Reading {
  const word = columnWordFor(cell.own);
  return word ? { column: wordColumn(cell, header, word) } : null;
}

/** A comparator band ("England" over 2008/09, 2009/10): every column under it is that comparator. */
function comparatorBand(cell: HeaderCell, header: string): Reading {
  const word = columnWordFor(cell.band);
  return word?.role === 'comparator' ? { column: wordColumn(cell, header, word) } : null;
}

/**
 * The use of a year column: its own words, else its band's. Position under the band
 * counts: only the first column under a Baseline band is the baseline.
 */
function yearRole(
  cell: HeaderCell,
  own: YearLabel | null,
  band: YearLabel | null,
): YearRole | 'other' | null {
  if (own?.role) return own.role;
  if (!band?.role) return null;
  if (band.role === 'baseline' && cell.col > cell.bandStart) return 'actual';
  return band.role;
}

/** Calendar year or period: from whichever header gave the year. */
function isCalendar(own: YearLabel | null, band: YearLabel | null): boolean {
  return own?.year != null ? own.calendar : (band?.calendar ?? false);
}

/** A year written wrong (2008/10) in the column's own header, or in the band when the column gives none. */
function isUnreadable(own: YearLabel | null, band: YearLabel | null): boolean {
  return Boolean(own?.unreadable || (own?.year == null && band?.unreadable));
}

/** The column's own year and quarter, the band's for what it lacks. */
function yearAndQuarter(
  own: YearLabel | null,
  band: YearLabel | null,
): { year: number | null; quarter: number | null } {
  return { year: own?.year ?? band?.year ?? null, quarter: own?.quarter ?? band?.quarter ?? null };
}

/** The year column's label; null when neither header names a year or quarter, readable or not. */
function yearLabelOf(own: YearLabel | null, band: YearLabel | null, role: YearRole | null): YearLabel | null {
  const { year, quarter } = yearAndQuarter(own, band);
  if (year === null && quarter === null && !own?.unreadable && !band?.unreadable) return null;
  return { year, quarter, calendar: isCalendar(own, band), role, unreadable: isUnreadable(own, band) };
}

/**
 * A year, quarter or year word ("Target 2010/11", "Q2", "Baseline") in the column's
 * header, or in the band over a column with none.
 */
function yearHeader(cell: HeaderCell, header: string): Reading {
  const own = parseYearLabel(cell.own);
  const band = parseYearLabel(cell.band);
  if (!own && !(cell.own === '' && band)) return null;
  const role = yearRole(cell, own, band);
  // "Budget 2009/10", "Forecast": years, but not the indicator's figures
  if (role === 'other') return { column: otherColumn(cell, header) };
  const label = yearLabelOf(own, band, role);
  return label ? { column: { col: cell.col, role: 'year', header }, label } : null;
}

/**
 * A baseline that names no year: "Baseline", "Baseline or current performance",
 * "Current performance", "Latest position". Whatever year it was, it came before
 * every target, and validation judges the targets against it. A year in the header
 * or the band makes it a year column instead (yearHeader, tried first).
 */
const YEARLESS_BASELINE =
  /^(?:baseline(?:\s+(?:position|figure|data|performance|value|level))?(?:\s*(?:or|\/|&|and)\s*(?:current|latest)\s+(?:performance|position|figure|level|outturn))?|(?:current|latest)\s+(?:performance|position|figure|level|outturn))\s*:?$/i;

function yearlessBaseline(cell: HeaderCell, header: string): Reading {
  const own = cell.own.trim();
  const words = own === '' ? cell.band.trim() : own;
  return YEARLESS_BASELINE.test(words) ? { column: { col: cell.col, role: 'baseline', header } } : null;
}

/** Any other band word, over a column with no header of its own. */
function bandWord(cell: HeaderCell, header: string): Reading {
  const word = cell.own === '' ? columnWordFor(cell.band) : null;
  return word ? { column: wordColumn(cell, header, word) } : null;
}

/** The column's own header speaks first, the band above it second. */
const HEADER_EVIDENCE: readonly HeaderEvidence[] = [
  laaFlagHeader,
  ownHeaderWord,
  comparatorBand,
  yearHeader,
  yearlessBaseline,
  bandWord,
];

export function draftColumn(cell: HeaderCell): Draft {
  const header = headerText(cell);
  if (header === '') return { cell, column: null };
  for (const evidence of HEADER_EVIDENCE) {
    const reading = evidence(cell, header);
    if (reading) return { cell, ...reading };
  }
  return { cell, column: otherColumn(cell, header) };
}
