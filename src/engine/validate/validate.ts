import type { Finding, Severity } from '../model/findings';
import { parseA1 } from '../model/a1';
import { rules as allRules } from './rules';
import type { Rule, RuleContext } from './types';

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function position(cell: string): { row: number; col: number } {
  try {
    return parseA1(cell);
  } catch {
    return { row: Number.MAX_SAFE_INTEGER, col: Number.MAX_SAFE_INTEGER };
  }
}

/** A rule that breaks must not hide the other rules' findings: it becomes one finding itself. */
function internal(rule: Rule, ctx: RuleContext, err: unknown): Finding {
  const reason = err instanceof Error ? err.message : String(err);
  const first = ctx.tables[0];
  return {
    rule: 'NI-INTERNAL',
    severity: 'error',
    sheet: first?.sheet ?? '',
    cell: 'A1',
    message: `The check ${rule.id} (${rule.title}) failed and was skipped: ${reason}. The other checks ran.`,
    fix: `Report this as "Rule ${rule.id}: ${reason}", with the workbook if you can share it.`,
  };
}

/**
 * Runs every rule over the recognised workbook. Findings come back in reading
 * order: sheet (in the order the tables were found), row, column, then severity.
 */
export function validate(ctx: RuleContext, rules: readonly Rule[] = allRules): Finding[] {
  const found: Finding[] = [];
  for (const rule of rules) {
    try {
      for (const f of rule.check(ctx)) found.push(f);
    } catch (err) {
      found.push(internal(rule, ctx, err));
    }
  }
  const sheetOrder = new Map<string, number>();
  for (const t of ctx.tables) if (!sheetOrder.has(t.sheet)) sheetOrder.set(t.sheet, sheetOrder.size);
  const keyed = found.map((f, i) => ({ f, i, pos: position(f.cell) }));
  keyed.sort((a, b) => {
    const sa = sheetOrder.get(a.f.sheet) ?? Number.MAX_SAFE_INTEGER;
    const sb = sheetOrder.get(b.f.sheet) ?? Number.MAX_SAFE_INTEGER;
    return (
      sa - sb ||
      (sa === Number.MAX_SAFE_INTEGER ? a.f.sheet.localeCompare(b.f.sheet) : 0) ||
      a.pos.row - b.pos.row ||
      a.pos.col - b.pos.col ||
      SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] ||
      a.i - b.i
    );
  });
  return keyed.map((k) => k.f);
}
