import type { Finding, Severity } from '../model/findings';
import { SharedTexts } from '../model/shared-texts';
import { rules as allRules } from './rules';
import type { Rule, RuleContext } from './types';
import { forgetIndicatorRows } from './rows';

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * "AB12" -> row and column numbers to sort by, without a regex per finding (a big
 * workbook can have a six-figure number of them). Anything else sorts last.
 */
function position(cell: string): { row: number; col: number } {
  let col = 0;
  let i = 0;
  for (; i < cell.length; i++) {
    const c = cell.charCodeAt(i) | 32;
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  const row = Number(cell.slice(i));
  if (i === 0 || i > 3 || !Number.isInteger(row) || row < 1) {
    return { row: Number.MAX_SAFE_INTEGER, col: Number.MAX_SAFE_INTEGER };
  }
  return { row, col };
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

/** Each rule's findings, in rule order; a rule that throws becomes one finding. */
function run(rules: readonly Rule[], ctx: RuleContext, texts: SharedTexts): Finding[] {
  const found: Finding[] = [];
  for (const rule of rules) {
    try {
      for (const f of rule.check(ctx)) {
        f.message = texts.text(f.message);
        if (f.fix !== undefined) f.fix = texts.text(f.fix);
        found.push(f);
      }
    } catch (err) {
      found.push(internal(rule, ctx, err));
    }
  }
  return found;
}

/** Sheet (in the order the tables were found), row, column, then severity. */
function inReadingOrder(found: Finding[], ctx: RuleContext): Finding[] {
  const sheetOrder = new Map<string, number>();
  for (const t of ctx.tables) if (!sheetOrder.has(t.sheet)) sheetOrder.set(t.sheet, sheetOrder.size);
  // sort keys worked out once per finding, not once per comparison
  const keyed = found.map((f, i) => {
    const pos = position(f.cell);
    return {
      f,
      i,
      sheet: sheetOrder.get(f.sheet) ?? Number.MAX_SAFE_INTEGER,
      row: pos.row,
      col: pos.col,
      severity: SEVERITY_ORDER[f.severity],
    };
  });
  keyed.sort(
    (a, b) =>
      a.sheet - b.sheet ||
      (a.sheet === Number.MAX_SAFE_INTEGER ? a.f.sheet.localeCompare(b.f.sheet) : 0) ||
      a.row - b.row ||
      a.col - b.col ||
      a.severity - b.severity ||
      a.i - b.i,
  );
  return keyed.map((k) => k.f);
}

/**
 * Runs every rule over the recognised workbook. Findings come back in reading
 * order: sheet (in the order the tables were found), row, column, then severity;
 * before them, as given, those of the rules that read first (the definitions sheets).
 */
export function validate(ctx: RuleContext, rules: readonly Rule[] = allRules): Finding[] {
  // messages and fixes are built from pieces, and a built string keeps its pieces alive
  // (V8); the same fix recurs on every row a rule flags: one flat string per distinct text
  const texts = new SharedTexts();
  const readFirst = rules.filter((r) => r.readFirst);
  const rest = rules.filter((r) => !r.readFirst);
  const first = run(readFirst, ctx, texts);
  const found = run(rest, ctx, texts);
  forgetIndicatorRows(ctx);
  const sorted = inReadingOrder(found, ctx);
  return first.length === 0 ? sorted : first.concat(sorted);
}
