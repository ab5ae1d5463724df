/**
 * A workbook whose structure the officer protected (Review > Protect Workbook):
 * Excel lets no one add, delete, hide or show a sheet in it, and nor do we. A plan
 * that would (the report's sheets, the hidden record of a first run) is refused
 * before anything is written, naming the sheets and what to do; writing into the
 * existing sheets is not structure and goes ahead. Both gateways check here: the
 * package writer from the workbook part, the Office one from workbook.protection.
 */
import type { WriteOp, WritePlan } from '../../engine/model/plan';
import { PatchRefusedError } from './errors';
import type { Visibility } from './workbook-part';

/** Refused for a locked structure; its message is the officer's sentence alone (the pane shows it as it is). */
export class StructureLockedError extends PatchRefusedError {
  constructor(index: number, op: WriteOp, problem: string) {
    super(index, op, problem);
    this.name = 'StructureLockedError';
    this.message = `${problem.charAt(0).toUpperCase()}${problem.slice(1)}.`;
  }
}

/** Whether the op changes the structure: a sheet added or deleted, or shown or hidden (not one set as it is). */
function structural(op: WriteOp, visibility: Map<string, Visibility>): boolean {
  if (op.op === 'addSheet' || op.op === 'deleteSheet') return true;
  return op.op === 'visibility' && visibility.get(op.sheet.toLowerCase()) !== op.visibility;
}

export function checkStructureLock(
  locked: boolean,
  tabs: readonly { name: string; visibility: Visibility }[],
  plan: WritePlan,
): void {
  if (!locked) return;
  const visibility = new Map(tabs.map((t) => [t.name.toLowerCase(), t.visibility]));
  const changes = plan.ops.filter((op) => structural(op, visibility));
  if (changes.length === 0) return;
  const sheets = [...new Set(changes.map((op) => `"${op.sheet}"`))];
  throw new StructureLockedError(
    plan.ops.indexOf(changes[0]),
    changes[0],
    "the workbook's structure is protected (Review > Protect Workbook), so its sheets cannot be added, " +
      `deleted, hidden or shown (this run would change ${sheets.join(', ')}): unprotect the workbook, ` +
      'run again, then protect it again',
  );
}
