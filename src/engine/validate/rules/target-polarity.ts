import type { Finding } from '../../model/findings';
import type { Unit } from '../../values/types';
import { shown, yearLabel } from '../message-words';
import { finding } from '../finding';
import { rowUnit, sameUnitFamily, type Reading } from '../numbers';
import { indicatorRows, type BaselineCell, type RowView, type YearCell } from '../rows';
import type { Rule } from '../types';

/**
 * Whether a target lets performance get worse than the latest figure before it.
 * A band or bound is judged by its most lenient edge; a bound pointing the
 * "wrong" way for the polarity (">5%" where lower is better) is not judged.
 */
function allowsWorse(target: Reading, actual: number, higherIsBetter: boolean): boolean {
  if (target.op) {
    const upper = target.op === '<' || target.op === '<=';
    if (upper === higherIsBetter) return false;
  }
  return higherIsBetter ? target.high < actual : target.value > actual;
}

/** A level an earlier figure can be compared with: not a change, a band or a bound. */
function isLevel(r: Reading | null): r is Reading {
  return !!r && !r.signed && r.kind !== 'band' && r.kind !== 'bound';
}

/** The latest actual or baseline for a year before the target's, if it has a figure. */
function latestBefore(cells: YearCell[], year: number): YearCell | null {
  let best: YearCell | null = null;
  for (const c of cells) {
    if (c.year.role === 'target' || c.year.quarter || c.year.year >= year) continue;
    if (!isLevel(c.reading)) continue;
    if (!best || c.year.year > best.year.year || (c.year.year === best.year.year && c.year.role === 'actual'))
      best = c;
  }
  return best;
}

/** The figure a target is judged against, and how the message names it. */
interface Earlier {
  cell: YearCell | BaselineCell;
  reading: Reading;
  /** "2008/09 actual", "baseline ('Baseline or current performance')" */
  name: string;
}

/**
 * The figure before a target: the latest dated actual or baseline for an earlier
 * year; failing that, a baseline with no year, which by definition comes before
 * every target.
 */
function earlierFigure(v: RowView, year: number): Earlier | null {
  const dated = latestBefore(v.years, year);
  if (dated?.reading) return { cell: dated, reading: dated.reading, name: yearLabel(dated.year) };
  for (const b of v.baselines) {
    if (!isLevel(b.reading)) continue;
    const header = b.column.header.trim();
    const name = header === '' || /^baseline$/i.test(header) ? 'baseline' : `baseline ('${header}')`;
    return { cell: b, reading: b.reading, name };
  }
  return null;
}

/** The polarity the row's targets are judged by: null when unknown, a band, or a sub-indicator's. */
function judgedPolarity(v: RowView): 'higher' | 'lower' | null {
  const polarity = v.definition?.polarity;
  if (polarity !== 'higher' && polarity !== 'lower') return null;
  // a sub-indicator may be measured the other way from its parent (NI 55b counts children measured)
  if (v.row.code && /\d[a-h]$/.test(v.row.code)) return null;
  return polarity;
}

/** The earlier figure a target cell lets performance get worse than, if it does. */
function worseThan(v: RowView, t: YearCell, unit: Unit | null, higher: boolean): Earlier | null {
  const r = t.reading;
  if (t.year.role !== 'target' || t.year.quarter || !r || r.signed) return null;
  const a = earlierFigure(v, t.year.year);
  if (!a) return null;
  if (!sameUnitFamily(r.unit ?? unit, a.reading.unit ?? unit)) return null;
  return allowsWorse(r, a.reading.value, higher) ? a : null;
}

function message(v: RowView, t: YearCell, a: Earlier, higher: boolean): string {
  const was = a.cell.value;
  return `${v.label}: the ${yearLabel(t.year)} of '${shown(t.value.raw, t.value.format)}' is ${higher ? 'below' : 'above'} the ${a.name} of '${shown(was.raw, was.format)}', though ${higher ? 'higher' : 'lower'} is better.`;
}

export const targetPolarity: Rule = {
  id: 'NI-TARGET-POLARITY',
  severity: 'warning',
  title: 'Target worse than the latest figure',
  check(ctx) {
    const out: Finding[] = [];
    for (const v of indicatorRows(ctx)) {
      const polarity = judgedPolarity(v);
      if (polarity === null) continue;
      const higher = polarity === 'higher';
      const cells = v.baselines.length === 0 ? v.years : [...v.years, ...v.baselines];
      const unit = rowUnit(cells.map((c) => c.reading));
      for (const t of v.years) {
        const a = worseThan(v, t, unit, higher);
        if (!a) continue;
        out.push(
          finding(
            this,
            { sheet: v.table.sheet, cell: t.value.cell },
            message(v, t, a, higher),
            'Check the target; if a fall is planned (a small cohort, a new definition), say why in the notes.',
          ),
        );
      }
    }
    return out;
  },
};
