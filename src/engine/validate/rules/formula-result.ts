import type { Finding } from '../../model/findings';
import type { FormulaDoubt, RangeRef } from '../../model/snapshot';
import { a1 } from '../../model/a1';
import { finding } from '../finding';
import type { Rule, SheetFormulaDoubts } from '../types';

const FIX = 'Open the workbook in Excel, let it calculate, save it, and run NI Targets again.';
/** cells named in a message before "and N more" */
const NAMED = 3;

function inRange(d: FormulaDoubt, r: RangeRef): boolean {
  return d.row >= r.r0 && d.row <= r.r1 && d.col >= r.c0 && d.col <= r.c1;
}

function cellList(doubts: readonly FormulaDoubt[]): string {
  const named = doubts.slice(0, NAMED).map((d) => a1(d.row, d.col));
  const more = doubts.length - named.length;
  return more > 0 ? `${named.join(', ')} and ${more} more` : named.join(', ');
}

function cells(n: number): string {
  return n === 1 ? '1 formula cell' : `${n} formula cells`;
}

/** "has"/"have", "was"/"were": the verb agreeing with n cells */
function verb(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}

/** What the officer is told about one table's doubts of one kind (saved or not). */
function tableMessage(doubts: readonly FormulaDoubt[]): string {
  const list = cellList(doubts);
  const n = doubts.length;
  if (!doubts[0].saved) {
    return (
      `${cells(n)} in this table ${verb(n, 'has', 'have')} no saved result, ` +
      `so ${verb(n, 'it was', 'they were')} read as empty: ${list}. ` +
      'The file was saved by a program that does not calculate formulas (openpyxl or pandas, for example).'
    );
  }
  return (
    `The workbook asks Excel to recalculate every formula when it opens, so the results saved in ` +
    `${cells(n)} of this table may be out of date, or placeholders (some programs save 0): ` +
    `${list} ${verb(n, 'was', 'were')} read as saved.`
  );
}

function outsideMessage(doubts: readonly FormulaDoubt[]): string {
  const n = doubts.length;
  const how = doubts.every((d) => !d.saved)
    ? `${verb(n, 'has', 'have')} no saved result and ${verb(n, 'was', 'were')} read as empty`
    : `${verb(n, 'was', 'were')} read without a result the file vouches for`;
  return (
    `${cells(n)} on this sheet, outside the tables read, ${how} (first at ${a1(doubts[0].row, doubts[0].col)}). ` +
    'If they hold indicators or their figures, a table made of them could not be recognised.'
  );
}

function sheetFindings(rule: Rule, sheet: SheetFormulaDoubts, ranges: RangeRef[]): Finding[] {
  const out: Finding[] = [];
  for (const range of ranges) {
    const inside = sheet.doubts.filter((d) => inRange(d, range));
    for (const kind of [inside.filter((d) => !d.saved), inside.filter((d) => d.saved)]) {
      if (kind.length === 0) continue;
      const at = { sheet: sheet.sheet, cell: a1(kind[0].row, kind[0].col) };
      out.push(finding(rule, at, tableMessage(kind), FIX));
    }
  }
  const outside = sheet.doubts.filter((d) => !ranges.some((r) => inRange(d, r)));
  if (outside.length > 0) {
    const at = { sheet: sheet.sheet, cell: a1(outside[0].row, outside[0].col) };
    out.push(finding(rule, at, outsideMessage(outside), FIX, 'info'));
  }
  return out;
}

/**
 * Formula cells read without a result the file vouches for: programs that do not
 * calculate save none (the cell reads as empty), or save a placeholder and ask Excel to
 * recalculate on opening. Without this the figures would be misread in silence.
 */
export const formulaResult: Rule = {
  id: 'NI-FORMULA-RESULT',
  severity: 'warning',
  title: 'Formula with no saved result',
  check(ctx) {
    const out: Finding[] = [];
    for (const sheet of ctx.formulaDoubts ?? []) {
      const ranges = ctx.tables.filter((t) => t.sheet === sheet.sheet).map((t) => t.range);
      out.push(...sheetFindings(this, sheet, ranges));
    }
    return out;
  },
};
