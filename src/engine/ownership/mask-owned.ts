/**
 * The add-in's own output is never read back as input: cells the registry says the
 * add-in wrote on an officer's sheet (rating columns, notes) are blanked in the copy
 * of the snapshot that recognition sees. Only the touched rows are copied.
 */
import { parseRangeA1 } from '../model/a1';
import type { Registry } from './registry';
import type { SheetSnapshot, WorkbookSnapshot } from '../model/snapshot';

export function maskOwnedCells(snapshot: WorkbookSnapshot, registry: Registry): WorkbookSnapshot {
  const bySheet = new Map<string, ReturnType<typeof parseRangeA1>[]>();
  for (const e of registry.entries) {
    if (e.kind !== 'range') continue;
    const list = bySheet.get(e.sheet) ?? [];
    list.push(parseRangeA1(e.range));
    bySheet.set(e.sheet, list);
  }
  if (bySheet.size === 0) return snapshot;
  return { ...snapshot, sheets: snapshot.sheets.map((s) => maskSheet(s, bySheet.get(s.name))) };
}

function maskSheet(
  sheet: SheetSnapshot,
  ranges: ReturnType<typeof parseRangeA1>[] | undefined,
): SheetSnapshot {
  if (!ranges) return sheet;
  const values = sheet.values.slice();
  const { row: or, col: oc } = sheet.origin;
  for (const r of ranges) {
    for (let row = Math.max(r.r0, or); row <= Math.min(r.r1, or + values.length - 1); row++) {
      const i = row - or;
      const copy = values[i].slice();
      for (let col = Math.max(r.c0, oc); col <= Math.min(r.c1, oc + copy.length - 1); col++)
        copy[col - oc] = null;
      values[i] = copy;
    }
  }
  return { ...sheet, values };
}
