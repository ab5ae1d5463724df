/**
 * Values before formats: style, width and height ops move after the value
 * writes that follow them, which is the order the plan contract allows
 * (plan.ts). Writing values first also means a number written to a cell the
 * plan later formats as text ("@") stays a number, as in the .xlsx gateway.
 *
 * A deferred format never jumps a clear or a delete of its own sheet, so
 * "style then clear" still ends cleared, and never jumps a write to the
 * registry sheet: the registry stays last, so if Excel stops part-way the
 * registry never claims output that was not finished.
 */
import { REGISTRY_SHEET, type WriteOp } from '../../engine/model/plan';
import { sheetKey } from '../xlsx/sheet-names';

const FORMATS = new Set<WriteOp['op']>(['style', 'columnWidths', 'rowHeights']);
const BARRIERS = new Set<WriteOp['op']>(['clear', 'deleteSheet', 'addSheet']);

export function valuesBeforeFormats(ops: WriteOp[]): WriteOp[] {
  const out: WriteOp[] = [];
  let pending: WriteOp[] = [];
  const registry = sheetKey(REGISTRY_SHEET);
  for (const op of ops) {
    if (sheetKey(op.sheet) === registry) {
      out.push(...pending);
      pending = [];
    }
    if (FORMATS.has(op.op)) {
      pending.push(op);
      continue;
    }
    if (BARRIERS.has(op.op)) {
      const key = sheetKey(op.sheet);
      out.push(...pending.filter((p) => sheetKey(p.sheet) === key));
      pending = pending.filter((p) => sheetKey(p.sheet) !== key);
    }
    out.push(op);
  }
  return out.concat(pending);
}
