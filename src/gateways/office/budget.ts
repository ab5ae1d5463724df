/**
 * Request sizes. Excel on the web refuses a request or response over 5 MB and
 * any single range read over 5,000,000 cells, so reads and writes are cut into
 * blocks whose estimated JSON size stays under a budget (4 MB by default, for
 * headroom over the estimate), and blocks are packed into as few syncs as fit.
 *
 * Estimates follow Office.js's wire format (excel-web-16.00.debug.js,
 * ClientRequestBase.buildRequestMessageBodyAndRequestFlags). A request is one
 * JSON body, {"Actions":[...],"ObjectPaths":{...}}: every object a call
 * reaches is an object path (a getRange with its address, a getItem, a
 * navigation such as range.format or format.font), sent once per request with
 * an Instantiate action and its id in one action's "L" list; every property
 * write, method call or load is an action carrying its arguments as JSON.
 * So a call costs far more than its arguments (a one-cell hyperlink is ~400
 * bytes) while a cell of a grid costs its JSON and a comma. test/support/excel-fake/wire.ts
 * builds the same bodies, and test/gateways/office/wire-budget.test.ts holds
 * these estimates to it.
 */
import type { RangeRef } from '../../engine/model/snapshot';

export interface Budget {
  /** estimated bytes per request; keep well under the 5 MB limit */
  requestLimitBytes: number;
  /** JSON bytes per cell of a read's answer, values and number formats together */
  bytesPerCell: number;
  /** rows per block at most, however narrow the sheet */
  maxRowsPerBlock: number;
}

export const DEFAULT_BUDGET: Budget = {
  requestLimitBytes: 4_000_000,
  // An empty cell answers "","General" (13 bytes with commas); the bench workbooks and
  // fixture plans average 20-24 with their texts and figures, an action plan of long
  // texts 49. 44 keeps a whole block of the latter (4 MB estimated, ~4.5 MB answered)
  // under the 5 MB limit while the usual sheet is not read in twice the syncs it needs.
  bytesPerCell: 44,
  maxRowsPerBlock: 20_000,
};

/**
 * Digits of an id. Office's counter runs through a whole Excel.run, paths and
 * actions alike, and passes a million in the biggest passes (100k rows).
 */
export const ID_DIGITS = 7;
const ID = ID_DIGITS;
/**
 * A path with arguments (getRange, getItem), its Instantiate action and its
 * entry in an "L" list; plus its name and its arguments' JSON.
 */
export const PATH_BYTES = 6 * ID + 151;
/** A navigation path (format, fill, font, borders...), the same; plus its name. */
export const NAV_BYTES = 6 * ID + 118;
/** A SetProperty or method action; plus its name and arguments' JSON. */
export const ACTION_BYTES = 2 * ID + 81;
/** A Query action (a load); plus the selected names' JSON. */
export const QUERY_BYTES = 2 * ID + 75;
/** A load's result in the answer, {"ActionId":n,"Value":{...}}; plus its properties. */
export const RESULT_BYTES = 32;
/** A property in a result, "Name":value, without its name and value. */
export const PROPERTY_BYTES = 4;
/** A worksheet's path as a read or a write names it: an item by its id or name (a GUID at most). */
export const SHEET_BYTES = PATH_BYTES + 3 + 40;

/** The body, the workbook's root path, and the worksheets collection any request goes through. */
export const BODY_BYTES = 56 + (5 * ID + 97) + NAV_BYTES + 'Worksheets'.length;
/** What every write request carries besides its ops: apply's screen-updating and events calls. */
export const REQUEST_BYTES =
  BODY_BYTES +
  NAV_BYTES * 2 +
  'Application_Runtime'.length +
  ACTION_BYTES +
  'SuspendScreenUpdatingUntilNextSync'.length +
  2 * (ACTION_BYTES + 'EnableEvents'.length + 5);

/**
 * A row block's read without its cells: its sheet, getRange with the address,
 * the load of values and numberFormat, and the result around the answer.
 */
const BLOCK_BYTES =
  SHEET_BYTES +
  PATH_BYTES +
  'GetRange'.length +
  20 +
  QUERY_BYTES +
  '"values","numberFormat"'.length +
  RESULT_BYTES +
  2 * PROPERTY_BYTES +
  'valuesnumberFormat'.length;

/** A row block read: per cell the budget's guess, per row the brackets and comma of two grids. */
export function blockReadBytes(area: RangeRef, budget: Budget): number {
  return BLOCK_BYTES + (area.r1 - area.r0 + 1) * 4 + cells(area) * budget.bytesPerCell;
}

/** One row's rowHidden probe: getRange("7:7"), its load, and "rowHidden":false in the answer. */
export const PROBE_BYTES =
  PATH_BYTES + 'GetRange'.length + 17 + QUERY_BYTES + 11 + RESULT_BYTES + PROPERTY_BYTES + 14;

/** JSON characters that are not one byte each: quotes, backslashes, controls, non-ASCII. */
const NOT_PLAIN = /[^\x20\x21\x23-\x5b\x5d-\x7e]/;

/** UTF-8 bytes of a string as JSON, quotes, escapes and multi-byte characters included. */
export function textBytes(s: string): number {
  if (!NOT_PLAIN.test(s)) return s.length + 2;
  let n = 2;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // a surrogate half counts 2: a pair is 4 bytes of UTF-8; a control is at most \u00XX
    if (c === 0x22 || c === 0x5c) n += 2;
    else if (c < 0x20) n += 6;
    else if (c < 0x80) n += 1;
    else if (c < 0x800 || (c >= 0xd800 && c < 0xe000)) n += 2;
    else n += 3;
  }
  return n;
}

/** JSON bytes of a value as Range.values takes it. */
export function valueBytes(v: string | number | boolean): number {
  if (typeof v === 'string') return textBytes(v);
  if (typeof v === 'boolean') return v ? 4 : 5;
  return Number.isFinite(v) ? String(v).length : 4;
}

export function cells(r: RangeRef): number {
  return (r.r1 - r.r0 + 1) * (r.c1 - r.c0 + 1);
}

/** The used range cut into row blocks, each small enough to read in one request. */
export function rowBlocks(area: RangeRef, budget: Budget): RangeRef[] {
  const cols = area.c1 - area.c0 + 1;
  const perRow = budget.bytesPerCell * cols + 4;
  const byBytes = Math.floor((budget.requestLimitBytes - BODY_BYTES - BLOCK_BYTES) / perRow);
  const rows = Math.max(1, Math.min(budget.maxRowsPerBlock, byBytes));
  const out: RangeRef[] = [];
  for (let r0 = area.r0; r0 <= area.r1; r0 += rows) {
    out.push({ r0, c0: area.c0, r1: Math.min(area.r1, r0 + rows - 1), c1: area.c1 });
  }
  return out;
}

/**
 * Packs items, in order, into batches whose summed size stays under the limit;
 * an item bigger than the limit on its own gets a batch to itself.
 */
export function packBySize<T>(
  items: T[],
  size: (item: T) => number,
  limit: number,
): { items: T[]; bytes: number }[] {
  const out: { items: T[]; bytes: number }[] = [];
  let current: { items: T[]; bytes: number } | null = null;
  for (const item of items) {
    const s = size(item);
    if (!current || (current.bytes + s > limit && current.items.length > 0)) {
      current = { items: [], bytes: 0 };
      out.push(current);
    }
    current.items.push(item);
    current.bytes += s;
  }
  return out;
}
