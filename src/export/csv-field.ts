/**
 * One CSV field: RFC 4180 quoting, and a guard against formula injection.
 *
 * Excel evaluates a field that starts with "=", "+", "-" or "@" as a formula,
 * so a workbook cell reading =HYPERLINK(...) or -cmd|'/C calc'!A0 would run
 * when the CSV is opened. A leading apostrophe makes it text. But officers type
 * "-2%", "+8%", "-4.4 ppts" and "-7 [714.5]" as targets and results, and an
 * apostrophe in front of those would spoil the figures a board reads. So:
 * - "=" or "@" first, or a tab / carriage return first (Excel strips them and
 *   reads what follows): always guarded;
 * - "+" or "-" first: guarded only when what follows holds something a formula
 *   needs to do harm: a function call "(", a DDE link "|", a reference "!", or
 *   a further operator or quote. A signed figure with units or a bracketed
 *   count carries none of those and is left as typed.
 */
const ALWAYS = new Set(['=', '@', '\t', '\r']);
const SIGNS = new Set(['+', '-']);
const FORMULA_PARTS = /[()|!=+\-@"';&^*/<>]/;

export function guardFormula(value: string): string {
  if (value === '') return value;
  const first = value[0];
  if (ALWAYS.has(first)) return `'${value}`;
  if (SIGNS.has(first) && FORMULA_PARTS.test(value.slice(1))) return `'${value}`;
  return value;
}

const NEEDS_QUOTES = /[",\r\n]/;

/** Quoted when it holds a comma, quote or line break; quotes doubled inside. */
export function csvField(value: string): string {
  const safe = guardFormula(value);
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
