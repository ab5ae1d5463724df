import type { Finding } from '../../model/findings';
import { shown, unitName, withUnit, yearLabel } from '../message-words';
import { finding } from '../finding';
import { rowUnit, sameUnitFamily } from '../numbers';
import { indicatorRows, type YearCell } from '../rows';
import type { Unit } from '../../values/types';
import type { Rule } from '../types';

/**
 * Figures on one row in different units: a target of 8 beside actuals of 7.3% is
 * read as 8%, and a "16 points" beside percentages cannot be compared at all.
 * Zero reads the same in any unit, so a bare 0 is left alone.
 */
/** " (7.3% in C7)": a figure in the row's unit, to show what the others are in. */
function besideWords(years: YearCell[], unit: Unit): string {
  const example = years.find((c) => c.reading?.unit === unit && !c.reading.signed);
  return example ? ` (${shown(example.value.raw, example.value.format)} in ${example.value.cell})` : '';
}

export const unitMismatch: Rule = {
  id: 'NI-UNIT-MISMATCH',
  severity: 'warning',
  title: 'Units disagree within a row',
  check(ctx) {
    const out: Finding[] = [];
    for (const v of indicatorRows(ctx)) {
      const unit = rowUnit(v.years.map((c) => c.reading));
      if (!unit) continue;
      // words for the message, made only for a row that gets one: most rows agree
      let beside: string | null = null;
      for (const c of v.years) {
        const r = c.reading;
        if (!r || r.signed) continue;
        const noUnit = r.unit === null && (r.value !== 0 || r.high !== 0);
        if (!noUnit && (r.unit === null || sameUnitFamily(r.unit, unit))) continue;
        const text = shown(c.value.raw, c.value.format);
        const at = { sheet: v.table.sheet, cell: c.value.cell };
        if (noUnit) {
          const read =
            r.kind === 'band'
              ? `${withUnit(r.value, null)}-${withUnit(r.high, unit)}`
              : withUnit(r.value, unit);
          out.push(
            finding(
              this,
              at,
              `${v.label}, ${yearLabel(c.year)}: '${text}' has no unit beside ${unitName(unit)}${(beside ??= besideWords(v.years, unit))}; read as ${read}.`,
              `Type ${read} if that is what you mean, or the unit you meant.`,
            ),
          );
        } else if (r.unit !== null) {
          out.push(
            finding(
              this,
              at,
              `${v.label}, ${yearLabel(c.year)}: '${text}' is in ${unitName(r.unit)} but the row's other figures are ${unitName(unit)}${(beside ??= besideWords(v.years, unit))}.`,
              'Type every figure on the row in the same unit.',
            ),
          );
        }
      }
    }
    return out;
  },
};
