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

export function hasIndicatorEvidence(
  rows: IndicatorRow[],
  columns: TableColumn[],
  catalogue: Catalogue,
  localMarkers: ReadonlySet<number>,
): boolean {
  if (rows.length === 0) return false;
  const needed = Math.max(1, Math.ceil(rows.length * SHARE));
  let found = 0;
  const rest: IndicatorRow[] = [];
  for (const r of rows) {
    if (r.code !== null || r.laa || localMarkers.has(r.row)) found++;
    else rest.push(r);
    if (found >= needed) return true;
  }

  let asked = 0;
  const unmatched: IndicatorRow[] = [];
  for (const r of rest) {
    const best =
      asked < TITLE_SAMPLE && r.title.length >= 8 ? catalogue.matchTitle(r.title, 1)[0] : undefined;
    if (r.title.length >= 8) asked++;
    if (best && best.score >= TITLE_SCORE) found++;
    else unmatched.push(r);
    if (found >= needed) return true;
  }

  if (!columns.some((c) => c.year?.role === 'target')) return false;
  const yearCols = new Set(columns.filter((c) => c.role === 'year').map((c) => c.col));
  for (const r of unmatched) {
    if (r.values.some((v) => yearCols.has(v.col) && isRate(v.parsed))) found++;
    if (found >= needed) return true;
  }
  return false;
}
