/** What a workbook-changing run tells the officer: the plan's summary, notes, and where to look first. */
import { REGISTRY_SHEET, type WritePlan } from '../engine/model/plan';

export interface WriteOutcome {
  summary: string;
  notices: string[];
  /** the first cell the plan wrote outside the add-in's hidden registry, to select afterwards */
  firstCell: { sheet: string; cell: string } | null;
  /** sheets the plan added, in order ("Table A", "Table B") */
  addedSheets: string[];
}

export function writeOutcome(plan: WritePlan, notices: string[]): WriteOutcome {
  let firstCell: WriteOutcome['firstCell'] = null;
  const addedSheets: string[] = [];
  for (const op of plan.ops) {
    if (op.sheet === REGISTRY_SHEET) continue;
    if (op.op === 'addSheet') addedSheets.push(op.sheet);
    if (!firstCell && op.op === 'values') firstCell = { sheet: op.sheet, cell: op.range.split(':')[0] };
  }
  return { summary: plan.summary, notices, firstCell, addedSheets };
}
