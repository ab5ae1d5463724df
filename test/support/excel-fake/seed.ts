/**
 * A fake Excel holding the workbook a snapshot describes, so the Office gateway
 * can read the same cells the .xlsx gateway reads from a fixture file.
 */
import type { SheetSnapshot, WorkbookSnapshot } from '../../../src/engine/model/snapshot';
import { FakeExcelHost } from './host';
import { cellFor, newSheet, type SheetState, type WorkbookState } from './state';

const VISIBILITY: Record<SheetSnapshot['visibility'], SheetState['visibility']> = {
  visible: 'Visible',
  hidden: 'Hidden',
  veryHidden: 'VeryHidden',
};

function seedSheet(wb: WorkbookState, snap: SheetSnapshot): SheetState {
  const sheet = newSheet(wb, snap.name);
  sheet.visibility = VISIBILITY[snap.visibility];
  sheet.protected = snap.protected;
  sheet.merges = snap.merges.map((m) => ({ ...m }));
  sheet.tables = snap.tables.map((t) => ({
    name: t.name,
    range: { ...t.range },
    showHeaders: t.showHeaders,
  }));
  for (const r of snap.hiddenRows ?? []) sheet.hiddenRows.add(r);
  snap.values.forEach((line, i) =>
    line.forEach((v, j) => {
      const format = snap.formats?.[i]?.[j] ?? 'General';
      if (v === null && format === 'General') return;
      const cell = cellFor(sheet, snap.origin.row + i, snap.origin.col + j);
      cell.value = v;
      if (format !== 'General') cell.format = format;
    }),
  );
  return sheet;
}

export function workbookStateFrom(snapshot: WorkbookSnapshot): WorkbookState {
  const wb: WorkbookState = { name: snapshot.name, sheets: [], nextSheetId: 1 };
  if (snapshot.date1904) wb.date1904 = true;
  for (const s of [...snapshot.sheets].sort((a, b) => a.index - b.index)) wb.sheets.push(seedSheet(wb, s));
  return wb;
}

/** A fake Excel with this workbook open; `apiVersion` is the ExcelApi 1.x minor version (default 13). */
export function fakeExcelWith(snapshot: WorkbookSnapshot, apiVersion = 13): FakeExcelHost {
  const host = new FakeExcelHost(workbookStateFrom(snapshot));
  host.apiVersion = apiVersion;
  return host;
}
