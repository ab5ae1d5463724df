/**
 * A plan cut into requests under the size budget. Most plans fit one request.
 * Ops are packed in order and each block is filled before the next starts: an
 * op too big for the room left (a long values, number-format, row-height or
 * column-width write) is cut there by rows or entries and goes on in the next
 * block, so a pass needs about its bytes over the budget in syncs, and no
 * single call is over the limit. Each op is priced as Office.js sends it
 * (budget.ts): its object paths, its actions, and its arguments' JSON.
 */
import { colLetters, parseRangeA1, rangeA1 } from '../../engine/model/a1';
import type { CellStyle, WriteOp } from '../../engine/model/plan';
import { ACTION_BYTES, ID_DIGITS, NAV_BYTES, PATH_BYTES, textBytes, valueBytes } from './budget';
import { officeValue } from './cell-text';
import { charsToPoints, heightRunEnds } from './write-ops';
import type { GatewayOp, StyleAreasOp } from './style-areas';
import { sheetKey } from '../xlsx/sheet-names';

type OpOf<K extends WriteOp['op']> = Extract<WriteOp, { op: K }>;

const range = (address: string): number => PATH_BYTES + 'GetRange'.length + textBytes(address);
const nav = (name: string): number => NAV_BYTES + name.length;
const act = (name: string, argsJson: number): number => ACTION_BYTES + name.length + argsJson;
/** A sheet as the ops of a block name it: getItem(name), or the add() that made it. */
const sheetBytes = (name: string): number => PATH_BYTES + 'Add'.length + textBytes(name);

/**
 * Office.js sends a grid over 1,500 cells as one SetProperty per slice of
 * rows, each on range.getRow(i).getBoundingRect(range.getRow(j))
 * (setRangePropertiesInBulk): three more paths and an action per slice.
 */
const SLICE_CELLS = 1500;
const SLICE_BYTES =
  2 * (PATH_BYTES + 'GetRow'.length + ID_DIGITS) +
  PATH_BYTES +
  'GetBoundingRect'.length +
  2 * ID_DIGITS +
  ',"ReferencedObjectPathIds":[]'.length +
  ACTION_BYTES +
  2;

/** A grid property write of `rows` rows whose rows' JSON (brackets and commas included) is `json` bytes. */
function gridBytes(name: string, rows: number, cols: number, json: number): number {
  if (rows * cols <= SLICE_CELLS) return act(name, json + 2);
  const step = Math.max(1, Math.round(SLICE_CELLS / cols));
  return json + Math.ceil(rows / step) * (SLICE_BYTES + name.length);
}

/** An op that can be cut into a leading and a trailing part: by rows, or by list entries. */
interface Cuttable {
  units: number;
  /** estimated bytes of units [from, to) as an op of their own */
  bytes: (from: number, to: number) => number;
  part: (from: number, to: number) => GatewayOp;
}

/** Running totals: sums[k] is the cost of the first k units. */
function prefix(n: number, cost: (i: number) => number): number[] {
  const sums = [0];
  for (let i = 0; i < n; i++) sums.push(sums[i] + cost(i));
  return sums;
}

function rowsOf<T extends OpOf<'values'> | OpOf<'style'>>(op: T, from: number, to: number): T {
  const r = parseRangeA1(op.range);
  const part = rangeA1({ r0: r.r0 + from, c0: r.c0, r1: r.r0 + to - 1, c1: r.c1 });
  if (op.op === 'values') return { ...op, range: part, values: op.values.slice(from, to) };
  return { ...op, range: part };
}

function valuesCut(op: OpOf<'values'>): Cuttable {
  const cols = op.values.reduce((n, row) => Math.max(n, row.length), 0);
  const sums = prefix(op.values.length, (i) => {
    let n = 2;
    for (const v of op.values[i]) n += valueBytes(officeValue(v)) + 1;
    return n;
  });
  const fixed = range(op.range);
  return {
    units: op.values.length,
    bytes: (from, to) => fixed + gridBytes('Values', to - from, cols, sums[to] - sums[from]),
    part: (from, to) => rowsOf(op, from, to),
  };
}

const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];

type PlainField = Exclude<keyof CellStyle, 'border' | 'numberFormat'>;

/** Each style field's call (the fill's under its own object), with its argument's JSON. */
const FIELD_BYTES: { [K in PlainField]-?: (v: NonNullable<CellStyle[K]>) => number } = {
  fill: (v) => nav('Fill') + act('Color', textBytes(v)),
  fontColor: (v) => act('Color', textBytes(v)),
  bold: () => act('Bold', 5),
  italic: () => act('Italic', 5),
  fontSize: (v) => act('Size', String(v).length),
  wrap: () => act('WrapText', 5),
  // "Center", "Bottom": the longest words either alignment sends
  hAlign: () => act('HorizontalAlignment', 8),
  vAlign: () => act('VerticalAlignment', 8),
};
const FIELDS = Object.keys(FIELD_BYTES) as PlainField[];
const FONT_FIELDS: PlainField[] = ['fontColor', 'bold', 'italic', 'fontSize'];

/** Borders on every edge, and between the cells where the range has more than one row or column. */
function bordersBytes(border: NonNullable<CellStyle['border']>, rows: number, cols: number): number {
  const edges = [...EDGES];
  if (rows > 1) edges.push('InsideHorizontal');
  if (cols > 1) edges.push('InsideVertical');
  const style = border === 'thin' ? act('Style', 12) + act('Weight', 6) : act('Style', 6);
  let n = nav('Borders');
  for (const e of edges) n += PATH_BYTES + textBytes(e) + style;
  return n;
}

/** Every style field but the number format: calls on range.format and its fill, font and borders. */
function formatBytes(s: CellStyle, rows: number, cols: number): number {
  const fields = FIELDS.filter((f) => s[f] !== undefined);
  if (fields.length === 0 && s.border === undefined) return 0;
  let n = nav('Format');
  if (FONT_FIELDS.some((f) => s[f] !== undefined)) n += nav('Font');
  for (const f of fields) n += (FIELD_BYTES[f] as (v: unknown) => number)(s[f]);
  if (s.border !== undefined) n += bordersBytes(s.border, rows, cols);
  return n;
}

/** Only a number format grows with the rows; any other style costs the same on one row or a million. */
function styleCut(op: OpOf<'style'>, fmt: string): Cuttable {
  const r = parseRangeA1(op.range);
  const cols = r.c1 - r.c0 + 1;
  const perRow = cols * (textBytes(fmt) + 1) + 2;
  return {
    units: r.r1 - r.r0 + 1,
    bytes: (from, to) =>
      range(op.range) +
      formatBytes(op.style, to - from, cols) +
      gridBytes('NumberFormat', to - from, cols, (to - from) * perRow),
    part: (from, to) => rowsOf(op, from, to),
  };
}

function styleBytes(op: OpOf<'style'>): number {
  const r = parseRangeA1(op.range);
  return range(op.range) + formatBytes(op.style, r.r1 - r.r0 + 1, r.c1 - r.c0 + 1);
}

/**
 * Heights as write-ops.ts sends them: one getRange("7:9").format.rowHeight per run of
 * consecutive rows of one height. A part cut inside a run starts a run of its own.
 */
function heightsCut(op: OpOf<'rowHeights'>): Cuttable {
  const { heights } = op;
  const ends = heightRunEnds(heights);
  const runCost = (i: number): number =>
    range(`${heights[i].row + 1}:${heights[ends[i]].row + 1}`) +
    nav('Format') +
    act('RowHeight', String(heights[i].height).length);
  const starts = (i: number): boolean => i === 0 || ends[i - 1] !== ends[i];
  const sums = prefix(heights.length, (i) => (starts(i) ? runCost(i) : 0));
  return {
    units: heights.length,
    bytes: (from, to) => sums[to] - sums[from] + (from < to && !starts(from) ? runCost(from) : 0),
    part: (from, to) => ({ ...op, heights: heights.slice(from, to) }),
  };
}

function widthsCut(op: OpOf<'columnWidths'>): Cuttable {
  const each = (i: number): number => {
    const { col, width } = op.widths[i];
    const letters = colLetters(col);
    const points = String(charsToPoints(width)).length;
    return range(`${letters}:${letters}`) + nav('Format') + act('ColumnWidth', points);
  };
  const sums = prefix(op.widths.length, each);
  return {
    units: op.widths.length,
    bytes: (from, to) => sums[to] - sums[from],
    part: (from, to) => ({ ...op, widths: op.widths.slice(from, to) }),
  };
}

function cuttable(op: WriteOp): Cuttable | null {
  if (op.op === 'values') return valuesCut(op);
  if (op.op === 'style' && op.style.numberFormat !== undefined) return styleCut(op, op.style.numberFormat);
  if (op.op === 'rowHeights') return heightsCut(op);
  if (op.op === 'columnWidths') return widthsCut(op);
  return null;
}

/** An op as units to pack: rows or entries where it can be cut, else one unit, the whole op. */
function unitsOf(op: GatewayOp): Cuttable {
  const cut = op.op === 'styleAreas' ? null : cuttable(op);
  return cut ?? { units: 1, bytes: () => opBytes(op), part: () => op };
}

function freezeBytes(op: OpOf<'freeze'>): number {
  const n = nav('FreezePanes') + act('Unfreeze', 0);
  if (op.rows > 0 && op.cols > 0)
    return n + act('FreezeAt', textBytes(`A1:${colLetters(op.cols - 1)}${op.rows}`));
  if (op.rows > 0) return n + act('FreezeRows', String(op.rows).length);
  return op.cols > 0 ? n + act('FreezeColumns', String(op.cols).length) : n;
}

function pageSetupBytes(op: OpOf<'pageSetup'>): number {
  const { fitToWidth, printTitleRows, header, footer } = op.setup;
  // "Landscape", "A4", {"horizontalFitToPages":1,"verticalFitToPages":0}
  let n = nav('PageLayout') + act('Orientation', 11) + act('PaperSize', 4);
  if (fitToWidth) n += act('Zoom', 49);
  if (printTitleRows) n += act('SetPrintTitleRows', textBytes(printTitleRows) + 2);
  if (header !== undefined || footer !== undefined) n += nav('HeadersFooters') + nav('DefaultForAllPages');
  if (header !== undefined) n += act('CenterHeader', textBytes(header));
  if (footer !== undefined) n += act('CenterFooter', textBytes(footer));
  return n;
}

function linkBytes(op: OpOf<'link'>): number {
  const ref = `'${op.toSheet.replace(/'/g, "''")}'!${op.toCell.replace(/\$/g, '')}`;
  // {"documentReference":...,"textToDisplay":...}
  return range(op.cell) + act('Hyperlink', 39 + textBytes(ref) + textBytes(op.text));
}

const ONE_CELL = /^\$?[A-Z]+\$?\d+$/i;

/** getRanges with the address list, then the style's format calls once for all of them. */
function styleAreasBytes(op: StyleAreasOp): number {
  return PATH_BYTES + 'GetRanges'.length + textBytes(op.ranges.join(',')) + formatBytes(op.style, 1, 1);
}

/** Estimated bytes an op adds to a request, besides its sheet's path. */
export function opBytes(op: GatewayOp): number {
  if (op.op === 'styleAreas') return styleAreasBytes(op);
  const cut = cuttable(op);
  if (cut) return cut.bytes(0, cut.units);
  switch (op.op) {
    case 'style':
      return styleBytes(op);
    case 'addSheet':
      // the add() path is the sheet's path, priced once per block with the sheet
      return op.tabColor ? act('TabColor', textBytes(op.tabColor)) : 0;
    case 'deleteSheet':
      return act('Delete', 0);
    case 'clear':
      return range(op.range) + act('Unmerge', 0) + act('Clear', 5);
    case 'merge':
      return range(op.range) + act('Unmerge', 0) + (ONE_CELL.test(op.range) ? 0 : act('Merge', 5));
    case 'freeze':
      return freezeBytes(op);
    case 'pageSetup':
      return pageSetupBytes(op);
    case 'link':
      return linkBytes(op);
    default:
      // visibility: "VeryHidden" at most
      return act('Visibility', 12);
  }
}

/** The end of the longest run of units from `from` that fits in `room` bytes (`from` if none does). */
function fitTo(c: Cuttable, from: number, room: number): number {
  let lo = from;
  let hi = c.units;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (c.bytes(from, mid) <= room) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export interface Block {
  items: GatewayOp[];
  bytes: number;
}

/**
 * Where the part of an op from unit `from` ends in `room` bytes: all of it if it fits, else
 * the longest run that does; an empty block takes at least one row or entry, even one over
 * the limit on its own.
 */
function reach(c: Cuttable, from: number, room: number, empty: boolean): number {
  const to = c.bytes(from, c.units) <= room ? c.units : fitTo(c, from, room);
  return to === from && empty ? from + 1 : to;
}

export function planBlocks(ops: readonly GatewayOp[], limit: number): Block[] {
  const blocks: Block[] = [];
  let block: Block = { items: [], bytes: 0 };
  let sheets = new Set<string>();
  for (const op of ops) {
    const c = unitsOf(op);
    let from = 0;
    while (from < c.units) {
      const sheet = sheetKey(op.sheet);
      const sheetCost = sheets.has(sheet) ? 0 : sheetBytes(op.sheet);
      const to = reach(c, from, limit - block.bytes - sheetCost, block.items.length === 0);
      if (to > from) {
        if (block.items.length === 0) blocks.push(block);
        block.items.push(from > 0 || to < c.units ? c.part(from, to) : op);
        block.bytes += c.bytes(from, to) + sheetCost;
        sheets.add(sheet);
        from = to;
      }
      if (from < c.units) {
        block = { items: [], bytes: 0 };
        sheets = new Set();
      }
    }
  }
  return blocks;
}
