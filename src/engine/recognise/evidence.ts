/**
 * Is this really a table of indicators? A budget with year columns, or a staff
 * list, also has a header with years. The rule: enough rows must show they are
 * indicators, by one of (cheapest first)
 *   - an NI code, a local code, "Local Indicator" or an LAA flag;
 *   - a title the catalogue knows (matchTitle score >= 0.8);
 *   - percentages or rates in a table that has target columns.
 * "Enough" is 30% of the rows and at least one: a finance sheet that mentions
 * NI (national insurance) once among twenty rows does not qualify.
 */
import type { Catalogue } from '../catalogue/types';
import type { IndicatorRow, TableColumn } from '../model/tables';
import type { ParsedValue } from '../values/types';

const SHARE = 0.3;
const TITLE_SCORE = 0.8;
/** matchTitle is the dearest test: ask it about this many rows at most */
const TITLE_SAMPLE = 60;
const RATE_UNITS = new Set(['percent', 'ppts', 'per1000', 'per10000', 'per100000']);

function isRate(p: ParsedValue): boolean {
  if (p.kind === 'compound') return p.parts.some((part) => isRate(part.value));
  return (
    (p.kind === 'number' || p.kind === 'bound' || p.kind === 'band' || p.kind === 'dated') &&
    p.unit !== null &&
    RATE_UNITS.has(p.unit)
  );
}

/** A test of one row, asked of the rows no cheaper test has shown to be indicators. */
type RowTest = (r: IndicatorRow) => boolean;

/**
 * An NI code, a local code of a prefix the workbook defines, "Local Indicator" or an LAA flag. A code of
 * an unknown prefix ("CC101") is no evidence: cost centres look just like it.
 */
function namedRow(localMarkers: ReadonlySet<number>): RowTest {
  return (r) => (r.code !== null && !r.local) || r.laa || localMarkers.has(r.row);
}

/** A title the catalogue knows; only the first TITLE_SAMPLE titles worth asking about are asked. */
function knownTitle(catalogue: Catalogue): RowTest {
  let asked = 0;
  return (r) => {
    const askable = r.title.length >= 8;
    const best = asked < TITLE_SAMPLE && askable ? catalogue.matchTitle(r.title, 1)[0] : undefined;
    if (askable) asked++;
    return best !== undefined && best.score >= TITLE_SCORE;
  };
}

/** Percentages or rates in the year columns, in a table that has target columns. */
function ratesUnderTargets(columns: TableColumn[]): RowTest {
  const hasTargets = columns.some((c) => c.year?.role === 'target');
  const yearCols = new Set(columns.filter((c) => c.role === 'year').map((c) => c.col));
  return (r) => hasTargets && r.values.some((v) => yearCols.has(v.col) && isRate(v.parsed));
}

export function hasIndicatorEvidence(
  rows: IndicatorRow[],
  columns: TableColumn[],
  catalogue: Catalogue,
  localMarkers: ReadonlySet<number>,
): boolean {
  if (rows.length === 0) return false;
  const needed = Math.max(1, Math.ceil(rows.length * SHARE));
  // cheapest first; each asks only about the rows the ones before it did not show
  const tests = [namedRow(localMarkers), knownTitle(catalogue), ratesUnderTargets(columns)];
  let found = 0;
  let rest = rows;
  for (const test of tests) {
    const unshown: IndicatorRow[] = [];
    for (const r of rest) {
      if (test(r)) found++;
      else unshown.push(r);
      if (found >= needed) return true;
    }
    rest = unshown;
  }
  return false;
}
