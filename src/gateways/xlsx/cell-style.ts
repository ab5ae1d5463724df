/**
 * A plan's CellStyle laid over an exceljs cell's style. exceljs shares one style
 * object (and its font, fill... objects) between every cell loaded with the same
 * style id, so a cell's style is always copied and its parts replaced, never
 * edited in place; otherwise styling one cell would restyle cells outside the plan.
 */
import type ExcelJS from 'exceljs';
import type { CellStyle } from '../../engine/model/plan';

type Style = Partial<ExcelJS.Style>;

/** "#1F4E79" to exceljs's opaque ARGB "FF1F4E79". */
export function argb(hex: string): string {
  return `FF${hex.slice(1).toUpperCase()}`;
}

const THIN: Partial<ExcelJS.Border> = { style: 'thin' };

/** Each plan style field and what it does to the copied style; fields left out of the plan change nothing. */
const PARTS: { [K in keyof CellStyle]-?: (s: Style, v: NonNullable<CellStyle[K]>) => void } = {
  fill: (s, v) => {
    s.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(v) } };
  },
  fontColor: (s, v) => {
    s.font = { ...s.font, color: { argb: argb(v) } };
  },
  bold: (s, v) => {
    s.font = { ...s.font, bold: v };
  },
  italic: (s, v) => {
    s.font = { ...s.font, italic: v };
  },
  fontSize: (s, v) => {
    s.font = { ...s.font, size: v };
  },
  wrap: (s, v) => {
    s.alignment = { ...s.alignment, wrapText: v };
  },
  hAlign: (s, v) => {
    s.alignment = { ...s.alignment, horizontal: v };
  },
  vAlign: (s, v) => {
    s.alignment = { ...s.alignment, vertical: v };
  },
  border: (s, v) => {
    if (v === 'thin') s.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
    else delete s.border;
  },
  numberFormat: (s, v) => {
    s.numFmt = v;
  },
};

const FIELDS = Object.keys(PARTS) as (keyof CellStyle)[];

/** The fields this plan style sets, worked out once per op rather than per cell. */
export function styleSetter(style: CellStyle): (cell: ExcelJS.Cell) => void {
  const used = FIELDS.filter((k) => style[k] !== undefined);
  return (cell) => {
    const next: Style = { ...cell.style };
    for (const k of used) (PARTS[k] as (s: Style, v: unknown) => void)(next, style[k]);
    cell.style = next;
  };
}
