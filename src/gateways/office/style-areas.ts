/**
 * Style ops that say the same thing sent as one call over many ranges
 * (Worksheet.getRanges, ExcelApi 1.9). Table A and the rating columns style each
 * run of one RAG word on its own: at 100k rows that was 84k calls, 87 MB of
 * requests, for 18 distinct styles. Grouped, they are a few hundred calls.
 *
 * Regrouping must not change what Excel ends up showing, so it only happens
 * inside a stretch of consecutive style ops whose ranges do not overlap: there
 * the order of the ops cannot matter. A range overlapping an earlier one of the
 * stretch (Table A's group headings over its body style) starts a new stretch.
 * Number formats (a grid, not on RangeAreas.format) and borders stay per range.
 */
import { parseRangeA1 } from '../../engine/model/a1';
import type { CellStyle, WriteOp } from '../../engine/model/plan';
import { sheetKey } from '../xlsx/sheet-names';

export interface StyleAreasOp {
  op: 'styleAreas';
  sheet: string;
  /** A1 ranges, none overlapping another */
  ranges: string[];
  style: CellStyle;
}

/** What the Office gateway writes: the plan's ops, and style ops grouped over many ranges. */
export type GatewayOp = WriteOp | StyleAreasOp;

/**
 * Characters of one getRanges address list. Excel refuses lists somewhere past
 * 8,000 characters (reported at 8,207; office-js issue 5198, undocumented), so
 * well under that.
 */
export const MAX_ADDRESS_CHARS = 2000;

type StyleOp = Extract<WriteOp, { op: 'style' }>;

function groupable(op: WriteOp): op is StyleOp {
  return op.op === 'style' && op.style.numberFormat === undefined && op.style.border === undefined;
}

/**
 * Which rows of each column a stretch has styled so far. Conservative: a range
 * that does not start below everything styled in one of its columns counts as
 * overlapping, which ends the stretch (plans style rows top to bottom).
 */
class Footprint {
  private readonly lastRow = new Map<string, number>();

  /** Records the range; false when it may overlap what is recorded. */
  add(sheet: string, range: string): boolean {
    const r = parseRangeA1(range);
    for (let c = r.c0; c <= r.c1; c++) {
      const last = this.lastRow.get(`${sheet}\u0000${c}`);
      if (last !== undefined && r.r0 <= last) return false;
    }
    for (let c = r.c0; c <= r.c1; c++) this.lastRow.set(`${sheet}\u0000${c}`, r.r1);
    return true;
  }
}

/** A style's identity for grouping: renderers share style objects, so each is keyed once. */
const keys = new WeakMap<CellStyle, string>();
function styleKey(style: CellStyle): string {
  let k = keys.get(style);
  if (k === undefined) {
    k = JSON.stringify(Object.entries(style).sort(([a], [b]) => (a < b ? -1 : 1)));
    keys.set(style, k);
  }
  return k;
}

/** One stretch of non-overlapping style ops, grouped by sheet and style, in order of first use. */
function flush(stretch: StyleOp[], out: GatewayOp[]): void {
  const groups = new Map<string, StyleOp[]>();
  for (const op of stretch) {
    const k = `${op.sheet}\u0000${styleKey(op.style)}`;
    const g = groups.get(k);
    if (g) g.push(op);
    else groups.set(k, [op]);
  }
  for (const g of groups.values()) {
    if (g.length === 1) {
      out.push(g[0]);
      continue;
    }
    let ranges: string[] = [];
    let chars = 0;
    for (const op of g) {
      if (ranges.length > 0 && chars + op.range.length + 1 > MAX_ADDRESS_CHARS) {
        out.push({ op: 'styleAreas', sheet: g[0].sheet, ranges, style: g[0].style });
        ranges = [];
        chars = 0;
      }
      ranges.push(op.range);
      chars += op.range.length + 1;
    }
    out.push(
      ranges.length === 1
        ? { op: 'style', sheet: g[0].sheet, range: ranges[0], style: g[0].style }
        : { op: 'styleAreas', sheet: g[0].sheet, ranges, style: g[0].style },
    );
  }
}

export function groupStyles(ops: readonly WriteOp[]): GatewayOp[] {
  const out: GatewayOp[] = [];
  let stretch: StyleOp[] = [];
  let footprint = new Footprint();
  const end = (): void => {
    flush(stretch, out);
    stretch = [];
    footprint = new Footprint();
  };
  for (const op of ops) {
    if (!groupable(op)) {
      end();
      out.push(op);
      continue;
    }
    const sheet = sheetKey(op.sheet);
    if (!footprint.add(sheet, op.range)) {
      end();
      footprint.add(sheet, op.range);
    }
    stretch.push(op);
  }
  end();
  return out;
}
