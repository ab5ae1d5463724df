/**
 * What corrections tell the officer: which tables were read with them, those that no longer fit (a
 * warning at the cell, never a silent misapply), and "read with your correction of column D" on every
 * finding the correction shaped.
 */
import { a1, colLetters, parseA1, sheetRef } from '../model/a1';
import type { Finding } from '../model/findings';
import type { IndicatorTable } from '../model/tables';
import { yearLabelText } from '../recognise/year-label';
import type { ColumnProblem } from './apply-columns';
import type { TableCorrectionsApplied } from './table-map';
import type { ColumnCorrection, TableCorrection } from './types';

export const STALE_RULE = 'NI-CORRECTION-STALE';
export const CORRECTED_RULE = 'NI-CORRECTED';

const FIX =
  'Open the table’s map (Tables view in Excel, or `ni-targets map <workbook> --show`) and correct it again; ' +
  '`ni-targets map ... --reset` removes the old corrections.';

export function describeColumn(cc: ColumnCorrection): string {
  const year = cc.year ? ` ${yearLabelText(cc.year.year, cc.year.calendar)}` : '';
  return `column ${colLetters(cc.col)} as ${cc.role}${year}`;
}

const headed = (texts: readonly string[]): string =>
  texts
    .filter((t) => t.trim() !== '')
    .slice(0, 4)
    .join(' | ');

export function tableGone(c: TableCorrection, sheetExists: boolean): Finding {
  const where = sheetExists
    ? `no table on the sheet has the header "${headed(c.anchorTexts)}" any more`
    : `the sheet "${c.sheet}" is not in the workbook any more`;
  return {
    rule: STALE_RULE,
    severity: 'warning',
    sheet: c.sheet,
    cell: a1(c.anchor.row, c.anchor.col),
    message: `Your corrections to the table at ${sheetRef(c.sheet, a1(c.anchor.row, c.anchor.col))} no longer fit: ${where}. They were not applied.`,
    fix: FIX,
  };
}

const WHY: Record<ColumnProblem['why'], (p: ColumnProblem) => string> = {
  gone: (p) => `no column of the table is headed "${p.correction.header}" now (was it deleted or renamed?)`,
  outside: () => 'that column is outside the table now',
  'no-year': () => 'the column has no year to read it for; give one (target:2010/11)',
};

export function columnGone(t: IndicatorTable, p: ColumnProblem): Finding {
  const col = Math.min(Math.max(p.col, t.range.c0), t.range.c1);
  return {
    rule: STALE_RULE,
    severity: 'warning',
    sheet: t.sheet,
    cell: a1(t.headerRows[0] ?? t.range.r0, col),
    message: `Your correction of ${describeColumn(p.correction)} no longer fits: ${WHY[p.why](p)}. The column was read without it.`,
    fix: FIX,
  };
}

export function rowGone(t: IndicatorTable, row: number, what: 'exclusion' | 'inclusion'): Finding {
  return {
    rule: STALE_RULE,
    severity: 'warning',
    sheet: t.sheet,
    cell: a1(t.range.r0, t.range.c0),
    message: `Your ${what} of row ${row + 1} no longer fits: the row is outside the table (${t.range.r0 + 1} to ${t.range.r1 + 1}) now. It was not applied.`,
    fix: FIX,
  };
}

export function readWith(t: IndicatorTable, parts: string[]): Finding {
  return {
    rule: CORRECTED_RULE,
    severity: 'info',
    sheet: t.sheet,
    cell: a1(t.headerRows[0] ?? t.range.r0, t.range.c0),
    message: `This table was read with your corrections: ${parts.join(', ')}.`,
    fix: 'To go back to what the add-in reads by itself, reset the table’s map.',
  };
}

function inTable(t: IndicatorTable, f: Finding): { row: number; col: number } | null {
  if (f.sheet !== t.sheet || f.rule === STALE_RULE || f.rule === CORRECTED_RULE) return null;
  try {
    const p = parseA1(f.cell);
    return p.row >= t.range.r0 && p.row <= t.range.r1 && p.col >= t.range.c0 && p.col <= t.range.c1
      ? p
      : null;
  } catch {
    return null;
  }
}

/** Findings at a cell of a corrected column say so. */
export function annotate(
  findings: Finding[],
  applied: ReadonlyMap<IndicatorTable, TableCorrectionsApplied>,
): Finding[] {
  if (applied.size === 0) return findings;
  return findings.map((f) => {
    for (const [t, a] of applied) {
      const p = inTable(t, f);
      if (p && a.columns.has(p.col))
        return { ...f, message: `${f.message} (read with your correction of column ${colLetters(p.col)})` };
    }
    return f;
  });
}
