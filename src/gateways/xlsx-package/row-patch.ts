/**
 * One <row> of a sheet the plan writes into, rebuilt: cells the plan does not name
 * keep their exact XML; cells it writes are made anew (their old style kept under
 * the plan's, unless a clear came first); cells a clear covers go; new cells are
 * placed in column order. The row's own attributes are kept, its height set when
 * the plan asks, and its "spans" hint dropped (optional, and now possibly wrong).
 */
import { a1 } from '../../engine/model/a1';
import { cellXml } from './cell-xml';
import { refCol } from './cell-ref';
import type { FormulaGuard } from './formula-guard';
import type { CellEdit, SheetEdits } from './sheet-edits';
import type { StyleBook } from './styles-write';
import { attrIn, withAttr } from './xml-text';
import { scanXml } from './xml-scan';
import { type OldCell, lastColumnIfPlain, plainRowCells, tagEndAt } from './row-cells';

export interface RowContext {
  edits: SheetEdits;
  styles: () => StyleBook;
  guard: FormulaGuard;
  part: string;
}

/** The cells of a row's XML, in order, with the <f> of each shown to the guard (tag by tag: any row). */
function scannedCells(rowXml: string, row: number, ctx: RowContext): OldCell[] {
  const out: OldCell[] = [];
  let start = -1;
  let col = -1;
  let style = 0;
  scanXml(
    rowXml,
    {
      open(x, name, s, e, selfClosing) {
        const local = name.slice(name.indexOf(':') + 1);
        if (local === 'c') {
          const r = attrIn(x, s, e, 'r');
          col = r === undefined ? col + 1 : refCol(r, 0, r.length);
          style = Number(attrIn(x, s, e, 's') ?? 0);
          start = s;
          if (selfClosing) out.push({ col, xml: x.slice(s, e), style });
        } else if (local === 'f') {
          ctx.guard.see(row, col, {
            t: attrIn(x, s, e, 't'),
            ref: attrIn(x, s, e, 'ref'),
            si: attrIn(x, s, e, 'si'),
          });
        }
      },
      close(x, name, _s, e) {
        if (name.slice(name.indexOf(':') + 1) === 'c') out.push({ col, xml: x.slice(start, e), style });
      },
    },
    ctx.part,
  );
  return out;
}

function writtenCell(
  row: number,
  col: number,
  old: OldCell | undefined,
  edit: CellEdit,
  ctx: RowContext,
): string | null {
  const base = edit.fromBlank || !old ? 0 : old.style;
  const style = edit.styles.length > 0 ? ctx.styles().xfFor(base, edit.styles) : base;
  if (edit.value === undefined && !edit.fromBlank && old) {
    // a style-only edit: keep the old value and formula, change only s
    return style === old.style
      ? old.xml
      : withAttr(old.xml.slice(0, old.xml.indexOf('>') + 1), 's', style > 0 ? String(style) : undefined) +
          old.xml.slice(old.xml.indexOf('>') + 1);
  }
  return cellXml(a1(row, col), style, edit.value);
}

function rowTag(rowXml: string, row: number, height: number | undefined): string {
  const gt = rowXml.indexOf('>');
  let tag = rowXml.slice(0, gt + 1);
  if (tag.endsWith('/>')) tag = `${tag.slice(0, -2)}>`;
  tag = withAttr(tag, 'spans', undefined);
  if (attrIn(tag, 0, tag.length, 'r') === undefined) tag = withAttr(tag, 'r', String(row + 1));
  return withHeight(tag, height);
}

function withHeight(tag: string, height: number | undefined): string {
  return height === undefined ? tag : withAttr(withAttr(tag, 'ht', String(height)), 'customHeight', '1');
}

/** The cells of a row's XML: plain rows split by hand (row-cells.ts), the rest by the scanner. */
function oldCells(rowXml: string, row: number, ctx: RowContext): OldCell[] {
  return plainRowCells(rowXml) ?? scannedCells(rowXml, row, ctx);
}

const NO_EDITS = new Map<number, CellEdit>();

/** The old cells are in column order and the plan's all lie to the right of them (rate's usual row). */
function appendsOnly(old: OldCell[], edits: Map<number, CellEdit>): boolean {
  for (let i = 1; i < old.length; i++) if (old[i].col <= old[i - 1].col) return false;
  const last = old.length === 0 ? -1 : old[old.length - 1].col;
  for (const col of edits.keys()) if (col <= last) return false;
  return true;
}

/** Columns in ascending order, each once (a file may repeat a cell: the last one is kept). */
function columnsOf(old: OldCell[], edits: Map<number, CellEdit>): number[] {
  return [...new Set([...old.map((c) => c.col), ...edits.keys()])].sort((a, b) => a - b);
}

function keptOld(row: number, o: OldCell, ctx: RowContext): boolean {
  return ctx.edits.clears.length === 0 || ctx.edits.cleared(row, o.col) === undefined;
}

/** The row's cells as written: the plan's where it names them, the file's where no clear took them. */
function rowCells(row: number, old: OldCell[], ctx: RowContext): string[] {
  const edits = ctx.edits.cells.get(row) ?? NO_EDITS;
  const cells: string[] = [];
  if (appendsOnly(old, edits)) {
    for (const o of old) if (keptOld(row, o, ctx)) cells.push(o.xml);
    for (const col of [...edits.keys()].sort((a, b) => a - b)) {
      const x = writtenCell(row, col, undefined, edits.get(col) as CellEdit, ctx);
      if (x !== null) cells.push(x);
    }
    return cells;
  }
  const byCol = new Map<number, OldCell>();
  for (const c of old) byCol.set(c.col, c);
  for (const col of columnsOf(old, edits)) {
    const o = byCol.get(col);
    const e = edits.get(col);
    if (e) {
      const x = writtenCell(row, col, o, e, ctx);
      if (x !== null) cells.push(x);
    } else if (o && keptOld(row, o, ctx)) cells.push(o.xml);
  }
  return cells;
}

/** No clear reaches into the row at or left of `lastCol`, and every edit lies right of it. */
function onlyAppends(row: number, lastCol: number, ctx: RowContext): boolean {
  for (const c of ctx.edits.clears)
    if (row >= c.range.r0 && row <= c.range.r1 && c.range.c0 <= lastCol) return false;
  const edits = ctx.edits.cells.get(row);
  if (edits) for (const col of edits.keys()) if (col <= lastCol) return false;
  return true;
}

/**
 * Rate's usual row (its new columns right of the table, nothing cleared, no formula):
 * the old cells copied as one slice, white space between them included, and the new
 * ones after them. null when the row needs splitting cell by cell.
 */
function appendedRow(rowXml: string, row: number, ctx: RowContext): string | null {
  const tagEnd = tagEndAt(rowXml, 0);
  const closeAt = rowXml.lastIndexOf('</');
  if (tagEnd === -1 || rowXml.charCodeAt(tagEnd - 1) === 47 /* "/>" */ || closeAt < tagEnd) return null;
  const lastCol = lastColumnIfPlain(rowXml, tagEnd + 1, closeAt);
  if (lastCol === null || !onlyAppends(row, lastCol, ctx)) return null;
  const edits = ctx.edits.cells.get(row) ?? NO_EDITS;
  let added = '';
  for (const col of [...edits.keys()].sort((a, b) => a - b)) {
    added += writtenCell(row, col, undefined, edits.get(col) as CellEdit, ctx) ?? '';
  }
  const height = ctx.edits.heights.get(row);
  return rowTag(rowXml, row, height) + rowXml.slice(tagEnd + 1, closeAt) + added + rowXml.slice(closeAt);
}

/** The row rebuilt; `rowXml` is the original <row> element, or null for a row the file lacks. */
export function patchRow(rowXml: string | null, row: number, ctx: RowContext): string {
  if (rowXml === null) return newRow(row, ctx);
  const appended = appendedRow(rowXml, row, ctx);
  if (appended !== null) return appended;
  const cells = rowCells(row, oldCells(rowXml, row, ctx), ctx);
  const tag = withHeight(rowTag(rowXml, row, undefined), ctx.edits.heights.get(row));
  const close = rowXml.trimEnd().endsWith('/>') ? '</row>' : rowXml.slice(rowXml.lastIndexOf('</'));
  return tag + cells.join('') + close;
}

/** A row the file lacks; nothing when it has neither a cell nor a height. */
function newRow(row: number, ctx: RowContext): string {
  const fresh = ctx.edits.fresh;
  const cells = fresh ? fresh.cellsOf(row, ctx.styles) : rowCells(row, [], ctx).join('');
  const height = ctx.edits.heights.get(row);
  if (cells === '' && height === undefined) return '';
  return withHeight(`<row r="${row + 1}">`, height) + cells + '</row>';
}
