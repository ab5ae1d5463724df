/**
 * Streams a worksheet part through, writing the patched part as it goes: text the
 * plan does not touch is copied span by span from the original (untouched rows
 * are never parsed into cells), rows the plan writes into or clears are rebuilt
 * (row-patch.ts), rows it adds are placed in order, and the sheet-level elements it
 * changes are replaced or inserted at their place in the schema's order.
 * Memory holds one chunk of the original and the compressed output.
 */
import { refRow } from './cell-ref';
import type { FormulaGuard } from './formula-guard';
import { patchRow, type RowContext } from './row-patch';
import { tagEndAt } from './row-cells';
import { type ElementEdit, WORKSHEET_ORDER } from './sheet-settings';
import { attrIn, localName } from './xml-text';
import { defaultNamespaceAt } from './root-namespace';
import { type FastPath, type XmlEvents, XmlScanner } from './xml-scan';
import type { PartWriter } from './zip-write';

const RANK = new Map(WORKSHEET_ORDER.map((n, i) => [n, i]));

export const NEW_SHEET =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
  '<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><sheetData/>' +
  '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';

class Patcher implements XmlEvents {
  private level = 0;
  private copied = 0;
  private capture: string[] | null = null;
  private captureKind: 'row' | 'element' | null = null;
  private captureName = '';
  private rowIndex = -1;
  private readonly pendingRows: number[];
  private readonly pendingElements: Map<string, ElementEdit>;
  private cellStart = -1;
  private cellXml = '';

  constructor(
    private readonly out: PartWriter,
    private readonly ctx: RowContext,
    private readonly guard: FormulaGuard,
    elements: Map<string, ElementEdit>,
    private readonly rowsToPatch: (row: number) => boolean,
    editedRows: number[],
  ) {
    this.pendingElements = new Map(elements);
    this.pendingRows = editedRows.slice().reverse(); // popped from the end, lowest first
  }

  open(xml: string, name: string, start: number, end: number, selfClosing: boolean): void {
    const local = localName(name);
    if (this.level === 0) this.openRoot(xml, start, end);
    else if (this.level === 1) this.openTop(xml, local, start, end, selfClosing);
    else if (this.level === 2 && local === 'row' && this.inSheetData)
      this.openRow(xml, start, end, selfClosing);
    else if (this.captureKind !== 'row' && this.inSheetData) this.watchCell(xml, local, start, end);
    if (!selfClosing) this.level++;
  }

  close(xml: string, name: string, start: number, end: number): void {
    this.level--;
    const local = localName(name);
    if (this.level === 2 && this.captureKind === 'row' && local === 'row') this.finishRow(xml, end);
    else if (this.level === 1 && this.captureKind === 'element' && local === this.captureName)
      this.finishElement(xml, end);
    else if (this.level === 1 && local === 'sheetData') {
      this.flush(xml, start);
      this.newRowsBefore(Infinity);
      this.inSheetData = false;
    } else if (this.level === 0) {
      this.flush(xml, start);
      this.insertBefore(Infinity);
    }
  }

  consumed(xml: string, upTo: number): void {
    this.flush(xml, upTo);
    this.copied = 0;
    this.cellStart = -1;
  }

  private inSheetData = false;

  private emit(text: string): void {
    if (this.capture) this.capture.push(text);
    else this.out.write(text);
  }

  private flush(xml: string, to: number): void {
    if (to > this.copied) this.emit(xml.slice(this.copied, to));
    this.copied = to;
  }

  /** Rows, cells and elements are written unprefixed: a prefixed root must declare their namespace. */
  private openRoot(xml: string, start: number, end: number): void {
    const insert = defaultNamespaceAt(xml, start, end);
    if (!insert) return;
    this.flush(xml, insert.at);
    this.emit(insert.text);
  }

  /** Inserts the missing elements that come before rank `before`. */
  private insertBefore(before: number): void {
    for (const [name, edit] of this.pendingElements) {
      if ((RANK.get(name) ?? Infinity) >= before) continue;
      this.pendingElements.delete(name);
      const x = edit(null);
      if (x !== null) this.emit(x);
    }
  }

  private openTop(xml: string, local: string, start: number, end: number, selfClosing: boolean): void {
    const rank = RANK.get(local);
    if (rank !== undefined) {
      this.flush(xml, start);
      this.insertBefore(rank);
    }
    const edit = this.pendingElements.get(local);
    if (local === 'sheetData') this.openSheetData(xml, start, end, selfClosing);
    else if (edit) {
      this.pendingElements.delete(local);
      if (selfClosing) {
        const x = edit(xml.slice(start, end));
        if (x !== null) this.emit(x);
        this.copied = end;
      } else this.startCapture('element', local);
    }
  }

  private openSheetData(xml: string, start: number, end: number, selfClosing: boolean): void {
    this.inSheetData = !selfClosing;
    if (!selfClosing) return;
    // an empty sheet: open it up and write the new rows inside
    this.flush(xml, start);
    this.emit(xml.slice(start, end - 2) + '>');
    this.newRowsBefore(Infinity);
    this.emit(
      `</${
        xml
          .slice(start + 1, end - 2)
          .trim()
          .split(/\s/)[0]
      }>`,
    );
    this.copied = end;
  }

  private startCapture(kind: 'row' | 'element', name: string): void {
    this.capture = [];
    this.captureKind = kind;
    this.captureName = name;
  }

  private endCapture(xml: string, end: number): string {
    this.flush(xml, end);
    const text = (this.capture ?? []).join('');
    this.capture = null;
    this.captureKind = null;
    return text;
  }

  private finishElement(xml: string, end: number): void {
    const edit = this.editFor(this.captureName);
    const original = this.endCapture(xml, end);
    const x = edit ? edit(original) : original;
    if (x !== null) this.emit(x);
  }

  private readonly done = new Map<string, ElementEdit>();

  private editFor(name: string): ElementEdit | undefined {
    return this.done.get(name);
  }

  private openRow(xml: string, start: number, end: number, selfClosing: boolean): void {
    const r = attrIn(xml, start, end, 'r');
    this.rowIndex = r === undefined ? this.rowIndex + 1 : refRow(r, 0, r.length);
    this.flush(xml, start);
    this.newRowsBefore(this.rowIndex);
    if (!this.rowsToPatch(this.rowIndex)) return;
    if (this.pendingRows[this.pendingRows.length - 1] === this.rowIndex) this.pendingRows.pop();
    this.startCapture('row', 'row');
    if (selfClosing) this.finishRow(xml, end);
  }

  /**
   * The scanner's fast path inside <sheetData>: a row the plan writes into is taken whole, from
   * "<row" to its "</row>", and rebuilt, rather than captured a tag at a time (rate rebuilds every
   * indicator row). patchRow checks the row it is given. Rows copied as they are, and anything
   * else, are left to the scanner (returns where it stopped).
   */
  rowsFrom(xml: string, from: number): number {
    let i = from;
    for (;;) {
      const lt = xml.indexOf('<', i);
      if (lt === -1) return i;
      const taken = this.inSheetData && this.capture === null ? this.wholeRow(xml, lt) : -1;
      if (taken === -1) return lt;
      i = taken;
    }
  }

  /** The row at `lt` rebuilt and written, returning the index after it; -1 to leave it to the scanner. */
  private wholeRow(xml: string, lt: number): number {
    if (!xml.startsWith('<row', lt) || !isTagBreak(xml.charCodeAt(lt + 4))) return -1;
    const gt = tagEndAt(xml, lt);
    if (gt === -1) return -1;
    const r = attrIn(xml, lt, gt + 1, 'r');
    const row = r === undefined ? this.rowIndex + 1 : refRow(r, 0, r.length);
    if (!this.rowsToPatch(row)) return -1;
    const selfClosing = xml.charCodeAt(gt - 1) === 47; /* / */
    const close = selfClosing ? gt + 1 : xml.indexOf('</row>', gt);
    if (close === -1) return -1;
    const end = selfClosing ? close : close + 6;
    this.flush(xml, lt);
    this.rowIndex = row;
    this.newRowsBefore(row);
    if (this.pendingRows[this.pendingRows.length - 1] === row) this.pendingRows.pop();
    this.emit(patchRow(xml.slice(lt, end), row, this.ctx));
    this.copied = end;
    return end;
  }

  private finishRow(xml: string, end: number): void {
    const original = this.endCapture(xml, end);
    this.emit(patchRow(original, this.rowIndex, this.ctx));
  }

  /** Writes the plan's rows that the file lacks and that come before `row`. */
  private newRowsBefore(row: number): void {
    const rows = this.pendingRows;
    while (rows.length > 0 && rows[rows.length - 1] < row)
      this.emit(patchRow(null, rows.pop() as number, this.ctx));
    while (rows.length > 0 && rows[rows.length - 1] === row && !this.rowsToPatch(row)) rows.pop();
  }

  /** In rows copied as they are, formulas are still shown to the guard (an array formula may reach into a written row). */
  private watchCell(xml: string, local: string, start: number, end: number): void {
    if (local === 'c') {
      this.cellStart = start;
      this.cellXml = '';
    } else if (local === 'f') {
      const cell =
        this.cellStart >= 0 ? xml.slice(this.cellStart, xml.indexOf('>', this.cellStart)) : this.cellXml;
      const r = attrIn(cell + ' ', 0, cell.length + 1, 'r');
      const col = r === undefined ? -1 : refColOf(r);
      this.guard.see(col < 0 ? -1 : this.rowIndex, col, {
        t: attrIn(xml, start, end, 't'),
        ref: attrIn(xml, start, end, 'ref'),
        si: attrIn(xml, start, end, 'si'),
      });
    }
  }

  /** Remembers element edits once their capture starts, so the close can apply them. */
  track(elements: Map<string, ElementEdit>): void {
    for (const [k, v] of elements) this.done.set(k, v);
  }
}

function isTagBreak(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 62 /* > */ || c === 47; /* / */
}

function refColOf(ref: string): number {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  return i === 0 ? -1 : col - 1;
}

export interface PatchInput {
  /** hands the part's text to `onWindow` a window at a time (text-windows.ts); returns what was left unread */
  read(onWindow: (text: string) => number): string;
  part: string;
}

/** Streams `input` through the patcher into `out`. */
export function patchSheet(
  input: PatchInput,
  out: PartWriter,
  ctx: RowContext,
  elements: Map<string, ElementEdit>,
  rowsToPatch: (row: number) => boolean,
): void {
  const patcher = new Patcher(out, ctx, ctx.guard, elements, rowsToPatch, ctx.edits.editedRows());
  patcher.track(elements);
  const rows: FastPath = { parent: 'sheetData', run: (xml, from) => patcher.rowsFrom(xml, from) };
  const scanner = new XmlScanner(patcher, input.part, rows);
  scanner.finish(input.read((text) => scanner.feed(text)));
}
