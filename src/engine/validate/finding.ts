import type { Finding, Severity } from '../model/findings';
import type { Rule } from './types';

/** A finding from a rule, at its usual severity unless told otherwise. */
export function finding(
  rule: Pick<Rule, 'id' | 'severity'>,
  at: { sheet: string; cell: string },
  message: string,
  fix?: string,
  severity: Severity = rule.severity,
): Finding {
  const f: Finding = { rule: rule.id, severity, sheet: at.sheet, cell: at.cell, message };
  if (fix) f.fix = fix;
  return f;
}
