/**
 * A workbook whose structure the officer protected (Review > Protect Workbook):
 * Excel lets no one add, delete, hide or show a sheet in it, and nor do we. A plan
 * that would (the report's sheets, the hidden record of a first run) is refused
 * before anything is written, naming the sheets and what to do; writing into the
 * existing sheets is not structure and goes ahead.
 */
import type { WriteOp, WritePlan } from '../../engine/model/plan';
import type { Visibility, WorkbookInfo } from './workbook-part';
import { PatchRefusedError } from './errors';

/** Whether the op changes the structure: a sheet added or deleted, or shown or hidden (not one set as it is). */
function structural(op: WriteOp, visibility: Map<string, Visibility>): boolean {
  if (op.op === 'addSheet' || op.op === 'deleteSheet') return true;
  return op.op === 'visibility' && visibility.get(op.sheet) !== op.visibility;
}

export function checkStructureLock(info: WorkbookInfo, plan: WritePlan): void {
  if (!info.structureLocked) return;
  const visibility = new Map(info.tabs.map((t) => [t.name, t.visibility]));
  const changes = plan.ops.filter((op) => structural(op, visibility));
  if (changes.length === 0) return;
  const sheets = [...new Set(changes.map((op) => `"${op.sheet}"`))];
  throw new PatchRefusedError(
    plan.ops.indexOf(changes[0]),
    changes[0],
    "the workbook's structure is protected (Review > Protect Workbook), so its sheets cannot be added, " +
      `deleted, hidden or shown (this run would change ${sheets.join(', ')}): unprotect the workbook, ` +
      'run again, then protect it again',
  );
}
