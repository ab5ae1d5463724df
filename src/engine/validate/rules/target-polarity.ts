import type { Finding } from '../../model/findings';
import type { Unit } from '../../values/types';
import { shown, yearLabel } from '../message-words';
import { finding } from '../finding';
import { rowUnit, sameUnitFamily, type Reading } from '../numbers';
import { indicatorRows, type RowView, type YearCell } from '../rows';
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

/** The latest actual or baseline for a year before the target's, if it has a figure. */
function latestBefore(cells: YearCell[], year: number): YearCell | null {
  let best: YearCell | null = null;
  for (const c of cells) {
    if (c.year.role === 'target' || c.year.quarter || c.year.year >= year) continue;
    const r = c.reading;
    if (!r || r.signed || r.kind === 'band' || r.kind === 'bound') continue;
    if (!best || c.year.year > best.year.year || (c.year.year === best.year.year && c.year.role === 'actual'))
      best = c;
  }
  return best;
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
function worseThan(years: YearCell[], t: YearCell, unit: Unit | null, higher: boolean): YearCell | null {
  const r = t.reading;
  if (t.year.role !== 'target' || t.year.quarter || !r || r.signed) return null;
  const a = latestBefore(years, t.year.year);
  if (!a?.reading) return null;
  if (!sameUnitFamily(r.unit ?? unit, a.reading.unit ?? unit)) return null;
  return allowsWorse(r, a.reading.value, higher) ? a : null;
}

function message(v: RowView, t: YearCell, a: YearCell, higher: boolean): string {
  return `${v.label}: the ${yearLabel(t.year)} of '${shown(t.value.raw, t.value.format)}' is ${higher ? 'below' : 'above'} the ${yearLabel(a.year)} of '${shown(a.value.raw, a.value.format)}', though ${higher ? 'higher' : 'lower'} is better.`;
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
      const unit = rowUnit(v.years.map((c) => c.reading));
      for (const t of v.years) {
        const a = worseThan(v.years, t, unit, higher);
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
