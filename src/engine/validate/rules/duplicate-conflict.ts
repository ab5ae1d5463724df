import type { Finding } from '../../model/findings';
import { sheetRef } from '../../model/a1';
import type { ParsedValue } from '../../values/types';
import type { ValueCell } from '../../model/tables';
import { shown, yearLabel } from '../message-words';
import { finding } from '../finding';
import { indicatorRows } from '../rows';
import type { Rule } from '../types';

/**
 * What a value says, as a key: 8 and 8% agree (the unit is the row's business),
 * 8% and 9% do not; statuses compare by meaning, prose by its words.
 */
function meaning(p: ParsedValue, raw: unknown): string | null {
  switch (p.kind) {
    case 'empty':
      return null;
    case 'number':
    case 'dated':
      return `n:${p.value}`;
    case 'bound':
      return `b:${p.op}${p.value}`;
    case 'band':
      return `r:${p.low}-${p.high}`;
    case 'status':
      return `s:${p.status}`;
    default:
      return `t:${String(raw).replace(/\s+/g, ' ').trim().toLowerCase()}`;
  }
}

// module-level, not a closure per call: tsx names every closure it makes (the bench runs under tsx)
function figureOf(p: ParsedValue): number | null {
  return p.kind === 'number' || p.kind === 'dated' ? p.value : null;
}

/** Do two values say the same thing? `meaning` compared, without making its string for every cell. */
function sameMeaning(a: ParsedValue, rawA: unknown, b: ParsedValue, rawB: unknown): boolean {
  const na = figureOf(a);
  if (na !== null) {
    const nb = figureOf(b);
    // as the strings compare: NaN agrees with NaN, -0 with 0
    return nb !== null && (na === nb || (na !== na && nb !== nb));
  }
  if (a.kind !== b.kind) {
    // text of any other kind: compare the words
    return textLike(a) && textLike(b) && meaning(a, rawA) === meaning(b, rawB);
  }
  if (a.kind === 'bound' && b.kind === 'bound') return meaning(a, rawA) === meaning(b, rawB);
  if (a.kind === 'band' && b.kind === 'band') return meaning(a, rawA) === meaning(b, rawB);
  if (a.kind === 'status' && b.kind === 'status') return a.status === b.status;
  return meaning(a, rawA) === meaning(b, rawB);
}

/** Kinds `meaning` reads as their words. */
function textLike(p: ParsedValue): boolean {
  return !NOT_TEXT.has(p.kind);
}
const NOT_TEXT = new Set<ParsedValue['kind']>(['empty', 'number', 'dated', 'bound', 'band', 'status']);

const ROLES = ['actual', 'baseline', 'target'];

/** role, year and quarter of a year column as one number: no string per cell */
function slotOf(year: { role: string; year: number; quarter?: number }): number {
  return (
    (year.year * 8 + (year.quarter === undefined ? 0 : year.quarter + 1)) * 4 + ROLES.indexOf(year.role) + 1
  );
}

interface Seen {
  sheet: string;
  value: ValueCell;
  row: object;
}

/**
 * The same indicator on two rows (on any sheet) with different figures for the same
 * year: reported where each different figure first appears, naming the first cell.
 */
export const duplicateConflict: Rule = {
  id: 'NI-DUPLICATE-CONFLICT',
  severity: 'warning',
  title: 'Same indicator twice with different values',
  check(ctx) {
    const out: Finding[] = [];
    const first = new Map<string, Map<number, Seen>>();
    const reported = new Set<string>();
    for (const v of indicatorRows(ctx)) {
      if (!v.row.code) continue;
      let slots = first.get(v.row.code);
      if (!slots) {
        slots = new Map();
        first.set(v.row.code, slots);
      }
      for (const c of v.years) {
        const p = c.value.parsed;
        if (p.kind === 'empty') continue;
        const slot = slotOf(c.year);
        const seen = slots.get(slot);
        if (!seen) {
          slots.set(slot, { sheet: v.table.sheet, value: c.value, row: v.row });
          continue;
        }
        if (seen.row === v.row || sameMeaning(seen.value.parsed, seen.value.raw, p, c.value.raw)) continue;
        // a third copy with the same wrong figure adds nothing the second did not say
        const told = `${v.row.code}|${c.year.role}|${c.year.year}|${c.year.quarter ?? ''}|${meaning(p, c.value.raw)}`;
        if (reported.has(told)) continue;
        reported.add(told);
        const text = shown(c.value.raw, c.value.format);
        const before = shown(seen.value.raw, seen.value.format);
        const where = seen.sheet === v.table.sheet ? seen.value.cell : sheetRef(seen.sheet, seen.value.cell);
        out.push(
          finding(
            this,
            { sheet: v.table.sheet, cell: c.value.cell },
            `${v.label} appears twice: its ${yearLabel(c.year)} is '${text}' here but '${before}' at ${where}.`,
            'Make the two rows agree, or delete the one that is out of date.',
          ),
        );
      }
    }
    return out;
  },
};
