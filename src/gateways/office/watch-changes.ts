/**
 * The officer's edits while the pane is open: each worksheet's onChanged (ExcelApi 1.7). The add-in's
 * own writes do not come back here, because applyPlan switches runtime.enableEvents off while it
 * writes (ExcelApi 1.8); an Excel with 1.7 but not 1.8 would report them, so the watcher is only
 * offered where both are supported.
 */
import type { ExcelRun } from './gateway';
import type { Requirement } from './requirements';

export interface CellChange {
  sheet: string;
  /** "E6" or "E6:G9", on that sheet */
  address: string;
  /** rows, columns or cells inserted or deleted, not values typed */
  structural?: boolean;
}

/** Excel's changeType for values typed or pasted; anything else moves cells */
const EDITED = new Set(['RangeEdited', 'Unknown', undefined]);

/** stops watching */
export type StopWatching = () => Promise<void>;

export function canWatchChanges(requirement: Requirement): boolean {
  return requirement('ExcelApi', '1.7') && requirement('ExcelApi', '1.8');
}

/** Registers onChanged on every sheet; null where this Excel cannot report changes. */
export async function watchChanges(
  run: ExcelRun,
  requirement: Requirement,
  onChange: (change: CellChange) => void,
): Promise<StopWatching | null> {
  if (!canWatchChanges(requirement)) return null;
  return run(async (context) => {
    const sheets = context.workbook.worksheets.load('items/id,items/name');
    await context.sync();
    const names = new Map(sheets.items.map((ws) => [ws.id, ws.name]));
    const handlers = sheets.items.map((ws) =>
      ws.onChanged.add(async (e: Excel.WorksheetChangedEventArgs) => {
        const sheet = names.get(e.worksheetId) ?? '';
        onChange(
          EDITED.has(e.changeType)
            ? { sheet, address: e.address }
            : { sheet, address: e.address, structural: true },
        );
      }),
    );
    await context.sync();
    return async () => {
      for (const h of handlers) h.remove();
      // a context whose run has ended may refuse to sync; the handlers then end with the pane
      await context.sync().catch(() => undefined);
    };
  });
}
