import type { Finding } from '../../model/findings';
import { shown, unitName, withUnit, yearLabel } from '../message-words';
import { finding } from '../finding';
import { rowUnit, sameUnitFamily, type Reading } from '../numbers';
import { indicatorRows, type RowView, type YearCell } from '../rows';
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

/** What is wrong with a figure on a row written in `unit`: a bare number, or another unit. */
type Trouble = 'bare' | 'other';

function troubleOf(r: Reading | null, unit: Unit): Trouble | null {
  if (!r || r.signed) return null;
  if (r.unit === null) return r.value !== 0 || r.high !== 0 ? 'bare' : null;
  return sameUnitFamily(r.unit, unit) ? null : 'other';
}

/** What a message is made from; `beside` is worked out once per row, and only for a row that gets one. */
interface Mismatch {
  v: RowView;
  c: YearCell;
  r: Reading;
  unit: Unit;
  beside: () => string;
}

/** The message and fix for each trouble. */
const WORDS: Record<Trouble, (m: Mismatch) => [string, string]> = {
  bare: ({ v, c, r, unit, beside }) => {
    const read =
      r.kind === 'band' ? `${withUnit(r.value, null)}-${withUnit(r.high, unit)}` : withUnit(r.value, unit);
    return [
      `${v.label}, ${yearLabel(c.year)}: '${shown(c.value.raw, c.value.format)}' has no unit beside ${unitName(unit)}${beside()}; read as ${read}.`,
      `Type ${read} if that is what you mean, or the unit you meant.`,
    ];
  },
  other: ({ v, c, r, unit, beside }) => [
    `${v.label}, ${yearLabel(c.year)}: '${shown(c.value.raw, c.value.format)}' is in ${unitName(r.unit as Unit)} but the row's other figures are ${unitName(unit)}${beside()}.`,
    'Type every figure on the row in the same unit.',
  ],
};

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
      let words: string | null = null;
      const beside = () => (words ??= besideWords(v.years, unit));
      for (const c of v.years) {
        const trouble = troubleOf(c.reading, unit);
        if (trouble === null) continue;
        const [message, fix] = WORDS[trouble]({ v, c, r: c.reading as Reading, unit, beside });
        out.push(finding(this, { sheet: v.table.sheet, cell: c.value.cell }, message, fix));
      }
    }
    return out;
  },
};
