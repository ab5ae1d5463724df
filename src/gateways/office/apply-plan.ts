/**
 * Applies a write plan to the open workbook in a fixed number of syncs: one to
 * learn the sheet list (the plan is checked against it before anything is
 * written; saved when the caller passes the list of a snapshot just read), then
 * one per size-limited block, which is one for any ordinary plan. Events are off and screen updating suspended while writing, and values
 * go in before formats (plan-order.ts).
 *
 * Office batches are not transactional: if Excel fails part-way through a block,
 * what was queued before the failure stays written. Plans are therefore ordered
 * so a half-applied plan is harmless: renderers add or clear the add-in's own
 * sheets and ranges first and write the registry sheet last, so a re-run sees
 * the half-written output as the add-in's own and replaces it. The error thrown
 * says the workbook was partly changed and that running again will finish it.
 */
import type { WritePlan } from '../../engine/model/plan';
import type { WorkbookSnapshot } from '../../engine/model/snapshot';
import { checkPlanOnTabs } from '../xlsx/check-plan';
import { checkStructureLock } from '../xlsx-package/structure-lock';
import { sheetKey } from '../xlsx/sheet-names';
import { DEFAULT_BUDGET, REQUEST_BYTES } from './budget';
import { type Block, planBlocks } from './plan-blocks';
import { type GatewayOp, groupStyles } from './style-areas';
import { valuesBeforeFormats } from './plan-order';
import { hostRequirement, Notices, type Requirement, supports } from './requirements';
import { queueOp, type WriteTarget } from './write-ops';

export interface ApplyOptions {
  /** requirement-set check; defaults to Office.context.requirements.isSetSupported */
  requirement?: Requirement;
  /** estimated bytes per request (default 4 MB, under Excel on the web's 5 MB) */
  requestLimitBytes?: number;
  /**
   * The sheet list of a snapshot read just before. Given it, the plan is checked
   * against it and the sync that would learn the sheets is saved; if the officer
   * removed a sheet in between, Excel's error surfaces as a PartialWriteError.
   */
  knownSheets?: readonly { name: string; visibility: Visibility }[];
  /** whether that read found the workbook's structure protected (used with knownSheets) */
  structureLocked?: boolean;
  /** send like styles as one call over many ranges where Excel can (default true) */
  groupStyles?: boolean;
}

export interface ApplyResult {
  syncs: number;
  notices: string[];
}

/** Thrown when Excel stopped part-way through writing. */
export class PartialWriteError extends Error {
  constructor(
    override readonly cause: unknown,
    readonly blocksWritten: number,
    /** the refused block held styles grouped over many ranges (see gateway.ts) */
    readonly inGroupedStyles = false,
  ) {
    super(
      `Excel stopped while NI Targets was writing (${(cause as Error)?.message ?? String(cause)}). ` +
        'Some changes may have been made; run the command again to finish them.',
    );
    this.name = 'PartialWriteError';
  }
}

type Visibility = WorkbookSnapshot['sheets'][number]['visibility'];
const VISIBILITY: Record<string, Visibility> = {
  Visible: 'visible',
  Hidden: 'hidden',
  VeryHidden: 'veryHidden',
};

/** The ops as they go to Excel: values before formats, and like styles grouped where the host can. */
export function writeOrder(ops: WritePlan['ops'], requirement: Requirement, group = true): GatewayOp[] {
  const ordered = valuesBeforeFormats(ops);
  return group && supports(requirement, 'rangeAreas') ? groupStyles(ordered) : ordered;
}

/** What the sheet check leaves for the writing: Excel's sheets, whether events were on, and the syncs it took. */
interface KnownSheets {
  sheets: Map<string, Excel.Worksheet>;
  eventsWere: boolean;
  syncs: number;
}

/**
 * The .xlsx gateway's plan check, run on a sheet list (Excel's, or the snapshot's).
 * It only reads each sheet's name and state, so the list stands in for the workbook.
 */
async function checkSheets(
  context: Excel.RequestContext,
  plan: WritePlan,
  opts: ApplyOptions,
  can: { events: boolean; protection: boolean },
): Promise<KnownSheets> {
  const known = opts.knownSheets;
  if (known) {
    checkPlanOnTabs(known, plan);
    checkStructureLock(opts.structureLocked === true, known, plan);
    return { sheets: new Map(), eventsWere: true, syncs: 0 };
  }
  const worksheets = context.workbook.worksheets.load('items/name,items/visibility');
  if (can.events) context.runtime.load('enableEvents');
  const protection = can.protection ? context.workbook.protection.load('protected') : null;
  await context.sync();
  const tabs = worksheets.items.map((ws) => ({
    name: ws.name,
    visibility: VISIBILITY[ws.visibility] ?? 'visible',
  }));
  checkPlanOnTabs(tabs, plan);
  checkStructureLock(protection?.protected === true, tabs, plan);
  return {
    sheets: new Map(worksheets.items.map((ws) => [sheetKey(ws.name), ws])),
    eventsWere: can.events ? context.runtime.enableEvents : true,
    syncs: 1,
  };
}

/** A plan being written: its blocks, and the host switches set around them. */
interface Writing {
  target: WriteTarget;
  blocks: Block[];
  events: boolean;
  suspend: boolean;
  eventsWere: boolean;
}

/** Queues block `i`: events off before the first block, and back as they were after the last. */
function queueBlock(w: Writing, i: number): void {
  const { context } = w.target;
  if (w.suspend) context.application.suspendScreenUpdatingUntilNextSync();
  if (w.events && i === 0) context.runtime.enableEvents = false;
  for (const op of w.blocks[i].items) queueOp(w.target, op);
  if (w.events && i === w.blocks.length - 1) context.runtime.enableEvents = w.eventsWere;
}

/** The error for a write Excel stopped after `written` blocks, once events are put back. */
async function partialWrite(e: unknown, w: Writing, written: number): Promise<PartialWriteError> {
  if (w.events && written < w.blocks.length) {
    // the failed batch may have switched events off; put them back whatever happened
    w.target.context.runtime.enableEvents = w.eventsWere;
    await w.target.context.sync().catch(() => undefined);
  }
  const grouped = w.blocks[written]?.items.some((op) => op.op === 'styleAreas') ?? false;
  return new PartialWriteError(e, written, grouped);
}

export async function applyPlan(
  context: Excel.RequestContext,
  plan: WritePlan,
  opts: ApplyOptions = {},
): Promise<ApplyResult> {
  const requirement = opts.requirement ?? hostRequirement();
  const limit = opts.requestLimitBytes ?? DEFAULT_BUDGET.requestLimitBytes;
  const notices = new Notices();
  const events = supports(requirement, 'events');
  const suspend = supports(requirement, 'screenUpdating');
  const protection = supports(requirement, 'workbookProtection');
  const known = await checkSheets(context, plan, opts, { events, protection });

  const target: WriteTarget = { context, requirement, notices, sheets: known.sheets };
  const blocks = planBlocks(writeOrder(plan.ops, requirement, opts.groupStyles), limit - REQUEST_BYTES);
  const writing: Writing = { target, blocks, events, suspend, eventsWere: known.eventsWere };
  let written = 0;
  try {
    // one sync per size-limited block, never per op: one block for an ordinary plan
    for (; written < blocks.length; written++) {
      queueBlock(writing, written);
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per 4 MB block, not per op
      await context.sync();
    }
  } catch (e) {
    throw await partialWrite(e, writing, written);
  }
  return { syncs: known.syncs + blocks.length, notices: notices.list };
}
