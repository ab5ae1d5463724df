/**
 * Addresses as Office.js reports them: "Sheet1!A1:C4", "'Targets 09/10'!B2",
 * whole rows "Sheet1!3:5", and multi-area lists "Sheet1!A1:B2, Sheet1!D4:E5"
 * (RangeAreas.address). Sheet names may hold commas, "!" and doubled quotes,
 * so the list is split outside quotes only.
 */
import { parseRangeA1 } from '../../engine/model/a1';
import type { RangeRef } from '../../engine/model/snapshot';

const MAX_ROW = 1_048_575;
const MAX_COL = 16_383;

/** Splits at commas that are not inside a quoted sheet name. */
function splitAreas(list: string): string[] {
  const out: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const ch = list[i];
    if (ch === "'") quoted = !quoted;
    else if (ch === ',' && !quoted) {
      out.push(list.slice(start, i));
      start = i + 1;
    }
  }
  out.push(list.slice(start));
  return out.map((s) => s.trim()).filter((s) => s !== '');
}

/** The local part of an address ("A1:C4", "3:5", "B:D") as a RangeRef. */
export function parseLocalRange(local: string): RangeRef {
  const clean = local.replace(/\$/g, '');
  const rows = /^(\d+):(\d+)$/.exec(clean);
  if (rows) return { r0: Number(rows[1]) - 1, c0: 0, r1: Number(rows[2]) - 1, c1: MAX_COL };
  const cols = /^([A-Za-z]{1,3}):([A-Za-z]{1,3})$/.exec(clean);
  if (cols) {
    const r = parseRangeA1(`${cols[1]}1:${cols[2]}1`);
    return { r0: 0, c0: r.c0, r1: MAX_ROW, c1: r.c1 };
  }
  return parseRangeA1(clean);
}

/** "Sheet1!A1:C4" to its RangeRef; the sheet part is dropped (callers know the sheet). */
export function parseSheetAddress(address: string): RangeRef {
  const bang = address.lastIndexOf('!');
  return parseLocalRange(bang >= 0 ? address.slice(bang + 1) : address);
}

/** Every area of a RangeAreas address. */
export function parseAreaList(list: string): RangeRef[] {
  return splitAreas(list).map(parseSheetAddress);
}
