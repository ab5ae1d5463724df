/**
 * A worksheet part read for the engine: cell values as Excel stored them (numbers
 * exactly as written in <v>, no trip through a Date), each cell's number format,
 * merged areas, hidden rows and sheet protection. Fed text chunks as the part
 * inflates; keeps only filled cells (sheet-cells.ts), so time and memory follow
 * the cells that exist. The grid is shaped afterwards (sheet-grid.ts).
 */
import type { CellValue, FormulaDoubt, RangeRef } from '../../engine/model/snapshot';
import { parseRangeA1 } from '../../engine/model/a1';
import { attrSpan, digits, refCol, refRow, skipSpace, trimEnd } from './cell-ref';
import { GENERAL, RowBuilder, type RowCells } from './sheet-cells';
import { readCellText, type CellKind, kindAt } from './cell-text';
import { RowScanner, type RowSink } from './sheet-rows';
import { attrIn, decodeOoxmlEscapes, decodeXml, localName } from './xml-text';
import { type XmlEvents, XmlScanner } from './xml-scan';
import { DAYS_1900_TO_1904 } from '../../engine/values/date-system';

export interface SheetRead {
  rows: RowCells[];
  hiddenRows: number[];
  merges: RangeRef[];
  protected: boolean;
  /** formula cells whose value the file does not vouch for, in reading order */
  formulaDoubts: FormulaDoubt[];
  /** filled cells kept */
  cells: number;
  /** the cell furthest right and furthest down, for messages */
  far: { row: number; col: number };
}

export interface SheetReadContext {
  sharedStrings: readonly string[];
  /** number format of each cellXfs entry */
  xfFormats: readonly string[];
  /** called for each filled cell kept, so the caller can stop at its limit */
  onCell(count: number, row: number, col: number): void;
  /** the workbook counts dates from 1904: an ISO date (t="d") is kept as the serial such a workbook stores */
  date1904?: boolean;
  /** the workbook asks Excel to recalculate on opening: every formula's saved result is in doubt */
  recalcOnOpen?: boolean;
}

const enum Capture {
  None,
  Value,
  InlineText,
}

class SheetEvents implements XmlEvents, RowSink {
  readonly out: SheetRead = {
    rows: [],
    hiddenRows: [],
    merges: [],
    protected: false,
    formulaDoubts: [],
    cells: 0,
    far: { row: 0, col: 0 },
  };
  private readonly row = new RowBuilder();
  private rowIndex = -1;
  private rowHidden = false;
  private col = -1;
  private kind: CellKind = 'n';
  private format = GENERAL;
  private formula = false;
  // the cell has a <v>, even an empty one: a formula's result was saved
  private saved = false;
  private value: string | null = null;
  private inline: string | null = null;
  private capture = Capture.None;
  private phonetic = 0;
  private buffer = '';
  // the state before the row the fast path is reading, to take it back
  private markCells = 0;
  private markRow = -1;
  private markDoubts = 0;

  constructor(private readonly ctx: SheetReadContext) {}

  mark(): void {
    this.markCells = this.out.cells;
    this.markRow = this.rowIndex;
    this.markDoubts = this.out.formulaDoubts.length;
  }

  /** Forgets the row begun since mark(): its cells were not kept for good (the far cell may stay, it is seen again). */
  rollback(): void {
    this.row.clear();
    this.out.cells = this.markCells;
    this.rowIndex = this.markRow;
    this.out.formulaDoubts.length = this.markDoubts;
  }

  beginRow(r: number | null, hidden: boolean): void {
    this.rowIndex = r === null ? this.rowIndex + 1 : r;
    this.rowHidden = hidden;
    this.col = -1;
  }

  endRow(): void {
    this.closeRow();
  }

  beginCell(col: number, row: number, style: number, kind: CellKind): void {
    if (row !== -1 && this.rowIndex < 0) this.rowIndex = row;
    this.col = col === -1 ? this.col + 1 : col;
    this.kind = kind;
    // exceljs reads s="0" as no style at all, so xf 0's format never shows; the same here
    this.format = style === 0 ? GENERAL : (this.ctx.xfFormats[style] ?? GENERAL);
    this.formula = false;
    this.saved = false;
    this.value = null;
    this.inline = null;
    this.phonetic = 0;
  }

  keepFormula(v: CellValue, saved: boolean): void {
    if (!saved || this.ctx.recalcOnOpen)
      this.out.formulaDoubts.push({ row: this.rowIndex, col: this.col, saved });
    this.keep(v);
  }

  keep(v: CellValue): void {
    if (v === null) return;
    if (this.kind === 'd' && this.ctx.date1904 && typeof v === 'number') v -= DAYS_1900_TO_1904;
    this.row.put(this.col, v, this.format);
    const out = this.out;
    out.cells++;
    if (this.rowIndex > out.far.row) out.far.row = this.rowIndex;
    if (this.col > out.far.col) out.far.col = this.col;
    this.ctx.onCell(out.cells, this.rowIndex, this.col);
  }

  open(xml: string, name: string, start: number, end: number, selfClosing: boolean): void {
    switch (localName(name)) {
      case 'c':
        this.openCell(xml, start, end);
        if (selfClosing) this.closeCell();
        return;
      case 'v':
        this.saved = true;
        if (!selfClosing) this.startText(Capture.Value);
        return;
      case 'f':
        this.formula = true;
        return;
      case 't':
        if (!selfClosing && this.inline !== null && this.phonetic === 0) this.startText(Capture.InlineText);
        return;
      case 'is':
        this.inline = '';
        return;
      case 'rPh':
        if (!selfClosing) this.phonetic++;
        return;
      case 'row':
        this.openRow(xml, start, end);
        if (selfClosing) this.closeRow();
        return;
      default:
        this.openOther(xml, localName(name), start, end);
    }
  }

  close(_xml: string, name: string): void {
    switch (localName(name)) {
      case 'c':
        this.closeCell();
        return;
      case 'v':
        if (this.capture === Capture.Value) this.value = decodeXml(this.buffer);
        this.capture = Capture.None;
        return;
      case 't':
        if (this.capture === Capture.InlineText) this.inline += decodeOoxmlEscapes(decodeXml(this.buffer));
        this.capture = Capture.None;
        return;
      case 'rPh':
        this.phonetic--;
        return;
      case 'row':
        this.closeRow();
        return;
    }
  }

  text(xml: string, start: number, end: number, cdata: boolean): void {
    if (this.capture === Capture.None) return;
    const t = xml.slice(start, end);
    // CDATA is literal: escape what decodeXml would otherwise undo at the close
    this.buffer += cdata ? t.replace(/&/g, '&amp;') : t;
  }

  private startText(capture: Capture): void {
    this.capture = capture;
    this.buffer = '';
  }

  private openRow(xml: string, start: number, end: number): void {
    const r = attrSpan(xml, start, end, 'r');
    const hidden = attrIn(xml, start, end, 'hidden');
    this.beginRow(r === -1 ? null : refRow(xml, r, end), hidden === '1' || hidden === 'true');
  }

  private closeRow(): void {
    const cells = this.row.take(this.rowIndex);
    if (cells === null) return;
    this.out.rows.push(cells);
    if (this.rowHidden) this.out.hiddenRows.push(this.rowIndex);
  }

  /** Reads r, s and t of a <c> tag in one pass, making no substrings: a sheet has millions of these. */
  private openCell(xml: string, start: number, end: number): void {
    let col = -1;
    let row = -1;
    let style = 0;
    let kind: CellKind = 'n';
    let i = xml.indexOf(' ', start);
    while (i !== -1 && i < end) {
      const eq = xml.indexOf('=', i);
      if (eq === -1 || eq >= end) break;
      const from = skipSpace(xml, i);
      const to = trimEnd(xml, from, eq);
      const q = skipSpace(xml, eq + 1);
      const close = xml.indexOf(xml[q], q + 1);
      if (to - from === 1) {
        const n = xml.charCodeAt(from);
        if (n === 114 /* r */) {
          col = refCol(xml, q + 1, close);
          row = refRow(xml, q + 1, close);
        } else if (n === 115 /* s */) style = digits(xml, q + 1, close);
        else if (n === 116 /* t */) kind = kindAt(xml, q + 1, close);
      }
      i = close + 1;
    }
    this.beginCell(col, row, style, kind);
  }

  private closeCell(): void {
    this.capture = Capture.None;
    const value = readCellText(this.kind, this.value, this.inline, this.ctx.sharedStrings);
    if (this.formula) this.keepFormula(value, this.saved);
    else this.keep(value);
  }

  private openOther(xml: string, local: string, start: number, end: number): void {
    if (local === 'mergeCell') {
      const ref = attrIn(xml, start, end, 'ref');
      if (ref) this.out.merges.push(parseRangeA1(ref));
    } else if (local === 'sheetProtection') {
      const sheet = attrIn(xml, start, end, 'sheet');
      this.out.protected = sheet === '1' || sheet === 'true';
    }
  }
}

export interface SheetReader {
  /** scans a window of text and returns how much of it was used; the rest comes back at the start of the next */
  feed(text: string): number;
  /** scans the next chunk of text, keeping the rest itself */
  write(text: string): void;
  /** the part ended (with `rest` unread, when it was fed windows); what the sheet held */
  finish(rest?: string): SheetRead;
}

/** A reader for one sheet part. `fast` false reads every row tag by tag (the tests compare the two). */
export function sheetReader(ctx: SheetReadContext, part: string, fast = true): SheetReader {
  const events = new SheetEvents(ctx);
  const rows = new RowScanner(events, ctx.sharedStrings);
  const scanner = new XmlScanner(
    events,
    part,
    fast ? { parent: 'sheetData', run: (xml, from) => rows.run(xml, from) } : undefined,
  );
  return {
    feed: (text) => scanner.feed(text),
    write: (text) => scanner.write(text),
    finish: (rest) => {
      if (rest === undefined) scanner.end();
      else scanner.finish(rest);
      return events.out;
    },
  };
}
