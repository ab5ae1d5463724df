/**
 * Each write-plan op as queued Office.js calls. Nothing here syncs: the caller
 * queues a whole block of ops and syncs once. Ops whose requirement set the
 * host lacks are skipped (or done in part) with a notice.
 */
import { colLetters, parseRangeA1 } from '../../engine/model/a1';
import type { CellStyle, WriteOp } from '../../engine/model/plan';
import { officeValue, officeValues } from './cell-text';
import type { GatewayOp, StyleAreasOp } from './style-areas';
import { sheetKey } from '../xlsx/sheet-names';
import { type Feature, Notices, type Requirement, supports } from './requirements';

export interface WriteTarget {
  context: Excel.RequestContext;
  requirement: Requirement;
  notices: Notices;
  /** worksheet proxies by lower-cased name, including sheets this plan added */
  sheets: Map<string, Excel.Worksheet>;
}

type OpOf<K extends WriteOp['op']> = Extract<WriteOp, { op: K }>;
type Writer<K extends WriteOp['op']> = (t: WriteTarget, op: OpOf<K>) => void;

function sheet(t: WriteTarget, name: string): Excel.Worksheet {
  const key = sheetKey(name);
  let ws = t.sheets.get(key);
  if (!ws) {
    ws = t.context.workbook.worksheets.getItem(name);
    t.sheets.set(key, ws);
  }
  return ws;
}

/** True when the host can do it; otherwise records the notice once. */
function can(t: WriteTarget, feature: Feature): boolean {
  if (supports(t.requirement, feature)) return true;
  t.notices.missing(feature);
  return false;
}

/**
 * Plan widths are Excel character widths (as in the file); Office.js sets
 * points. A width of w characters is about w × 7 + 5 pixels in Calibri 11,
 * and a pixel is 0.75 point at 96 dpi.
 */
export function charsToPoints(width: number): number {
  if (width <= 0) return 0;
  return Math.round((width * 7 + 5) * 0.75 * 100) / 100;
}

/**
 * For each entry, the index of the last entry of its run: consecutive rows of one
 * height. Table A has a height per row and most neighbours share one, so a run is
 * one call instead of one per row (100k rows: 100k calls, 46 MB, became ~31k).
 */
export function heightRunEnds(heights: readonly { row: number; height: number }[]): number[] {
  const ends = new Array<number>(heights.length);
  for (let i = heights.length - 1; i >= 0; i--) {
    const next = heights[i + 1];
    const joins = next !== undefined && next.row === heights[i].row + 1 && next.height === heights[i].height;
    ends[i] = joins ? ends[i + 1] : i;
  }
  return ends;
}

const H_ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;
const V_ALIGN = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;
const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const;

function setBorders(range: Excel.Range, rows: number, cols: number, thin: boolean): void {
  // inside lines only exist with more than one row or column
  const edges: string[] = [...EDGES];
  if (rows > 1) edges.push('InsideHorizontal');
  if (cols > 1) edges.push('InsideVertical');
  for (const edge of edges) {
    const b = range.format.borders.getItem(edge as Excel.BorderIndex);
    b.style = thin ? 'Continuous' : 'None';
    if (thin) b.weight = 'Thin';
  }
}

type StylePart<K extends keyof CellStyle> = (
  r: Excel.Range,
  v: NonNullable<CellStyle[K]>,
  rows: number,
  cols: number,
) => void;

/** Each CellStyle field as Office.js calls; a field the plan leaves out changes nothing. */
const STYLE: { [K in keyof CellStyle]-?: StylePart<K> } = {
  fill: (r, v) => {
    r.format.fill.color = v;
  },
  fontColor: (r, v) => {
    r.format.font.color = v;
  },
  bold: (r, v) => {
    r.format.font.bold = v;
  },
  italic: (r, v) => {
    r.format.font.italic = v;
  },
  fontSize: (r, v) => {
    r.format.font.size = v;
  },
  wrap: (r, v) => {
    r.format.wrapText = v;
  },
  hAlign: (r, v) => {
    r.format.horizontalAlignment = H_ALIGN[v];
  },
  vAlign: (r, v) => {
    r.format.verticalAlignment = V_ALIGN[v];
  },
  border: (r, v, rows, cols) => setBorders(r, rows, cols, v === 'thin'),
  numberFormat: (r, v, rows, cols) => {
    r.numberFormat = Array.from({ length: rows }, () => new Array<string>(cols).fill(v));
  },
};

const STYLE_FIELDS = Object.keys(STYLE) as (keyof CellStyle)[];

const VISIBILITY = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' } as const;

/** "'Sheet name'!A1" as a hyperlink's documentReference; always quoted, quotes doubled. */
function documentReference(sheetName: string, cell: string): string {
  return `'${sheetName.replace(/'/g, "''")}'!${cell.replace(/\$/g, '')}`;
}

export const WRITERS: { [K in WriteOp['op']]: Writer<K> } = {
  addSheet: (t, op) => {
    const ws = t.context.workbook.worksheets.add(op.sheet);
    t.sheets.set(sheetKey(op.sheet), ws);
    if (op.tabColor && can(t, 'tabColor')) ws.tabColor = op.tabColor;
  },
  deleteSheet: (t, op) => {
    sheet(t, op.sheet).delete();
    t.sheets.delete(sheetKey(op.sheet));
  },
  clear: (t, op) => {
    const r = sheet(t, op.sheet).getRange(op.range);
    if (supports(t.requirement, 'merge')) r.unmerge();
    r.clear('All');
  },
  values: (t, op) => {
    sheet(t, op.sheet).getRange(op.range).values = officeValues(op.values);
  },
  style: (t, op) => {
    const range = parseRangeA1(op.range);
    const rows = range.r1 - range.r0 + 1;
    const cols = range.c1 - range.c0 + 1;
    const r = sheet(t, op.sheet).getRange(op.range);
    for (const k of STYLE_FIELDS) {
      const v = op.style[k];
      if (v !== undefined) (STYLE[k] as StylePart<typeof k>)(r, v as never, rows, cols);
    }
  },
  merge: (t, op) => {
    if (!can(t, 'merge')) return;
    const r = sheet(t, op.sheet).getRange(op.range);
    r.unmerge();
    const area = parseRangeA1(op.range);
    if (area.r0 !== area.r1 || area.c0 !== area.c1) r.merge(false);
  },
  columnWidths: (t, op) => {
    if (!can(t, 'sizes')) return;
    const ws = sheet(t, op.sheet);
    for (const { col, width } of op.widths) {
      const letters = colLetters(col);
      ws.getRange(`${letters}:${letters}`).format.columnWidth = charsToPoints(width);
    }
  },
  rowHeights: (t, op) => {
    if (!can(t, 'sizes')) return;
    const ws = sheet(t, op.sheet);
    const { heights } = op;
    const ends = heightRunEnds(heights);
    for (let i = 0; i < heights.length; i = ends[i] + 1) {
      ws.getRange(`${heights[i].row + 1}:${heights[ends[i]].row + 1}`).format.rowHeight = heights[i].height;
    }
  },
  freeze: (t, op) => {
    if (!can(t, 'freeze')) return;
    const panes = sheet(t, op.sheet).freezePanes;
    panes.unfreeze();
    if (op.rows > 0 && op.cols > 0) panes.freezeAt(`A1:${colLetters(op.cols - 1)}${op.rows}`);
    else if (op.rows > 0) panes.freezeRows(op.rows);
    else if (op.cols > 0) panes.freezeColumns(op.cols);
  },
  pageSetup: (t, op) => {
    if (!can(t, 'pageSetup')) return;
    const layout = sheet(t, op.sheet).pageLayout;
    const { setup } = op;
    layout.orientation = setup.orientation === 'landscape' ? 'Landscape' : 'Portrait';
    layout.paperSize = 'A4';
    // one page wide, as many tall as it takes (0 = automatic, as in the file format)
    if (setup.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    if (setup.printTitleRows) {
      const [a, b] = setup.printTitleRows.replace(/\$/g, '').split(':');
      layout.setPrintTitleRows(`$${a}:$${b}`);
    }
    const page = layout.headersFooters.defaultForAllPages;
    if (setup.header !== undefined) page.centerHeader = setup.header;
    if (setup.footer !== undefined) page.centerFooter = setup.footer;
  },
  link: (t, op) => {
    const r = sheet(t, op.sheet).getRange(op.cell);
    if (!can(t, 'links')) {
      r.values = [[officeValue(op.text)]];
      return;
    }
    r.hyperlink = { documentReference: documentReference(op.toSheet, op.toCell), textToDisplay: op.text };
  },
  visibility: (t, op) => {
    sheet(t, op.sheet).visibility = VISIBILITY[op.visibility];
  },
};

/** One style over many ranges: RangeAreas.format takes the same calls as a range's format. */
function styleAreas(t: WriteTarget, op: StyleAreasOp): void {
  const areas = sheet(t, op.sheet).getRanges(op.ranges.join(','));
  for (const k of STYLE_FIELDS) {
    const v = op.style[k];
    // grouping leaves borders and number formats per range (style-areas.ts): only format calls here
    if (v !== undefined) (STYLE[k] as StylePart<typeof k>)(areas as unknown as Excel.Range, v as never, 1, 1);
  }
}

export function queueOp(t: WriteTarget, op: GatewayOp): void {
  if (op.op === 'styleAreas') styleAreas(t, op);
  else (WRITERS[op.op] as Writer<WriteOp['op']>)(t, op);
}
