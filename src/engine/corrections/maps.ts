/** Every table's map, in the order of the analysis' tables. */
import type { WorkbookSnapshot } from '../model/snapshot';
import type { IndicatorTable, RecognisedTable } from '../model/tables';
import { SheetView } from '../recognise/sheet-view';
import type { RecognitionNote } from '../recognise/types';
import { actionPlanMap, tableMap, type TableCorrectionsApplied } from './table-map';
import type { TableMap } from './types';

export function tableMaps(
  snapshot: WorkbookSnapshot,
  tables: readonly RecognisedTable[],
  notes: readonly RecognitionNote[],
  applied: ReadonlyMap<IndicatorTable, TableCorrectionsApplied>,
): Map<RecognisedTable, TableMap> {
  const views = new Map<string, SheetView>();
  const out = new Map<RecognisedTable, TableMap>();
  for (const t of tables) {
    if (t.kind === 'action-plan') {
      out.set(t, actionPlanMap(t));
      continue;
    }
    let view = views.get(t.sheet);
    if (!view) {
      const sheet = snapshot.sheets.find((s) => s.name === t.sheet);
      if (!sheet) continue;
      view = new SheetView(sheet);
      views.set(t.sheet, view);
    }
    out.set(t, tableMap(t, view, notes, applied.get(t)));
  }
  return out;
}
