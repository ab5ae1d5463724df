/**
 * One exceljs cell as the value Office.js would report for it: the displayed
 * text of rich text and hyperlinks, the cached result of a formula, "#N/A" for
 * error cells, and a date as its Excel serial number.
 */
import ExcelJS from 'exceljs';
import type { CellValue } from '../../engine/model/snapshot';

const MS_PER_DAY = 86_400_000;
/**
 * Serial of 1970-01-01 in the 1900 date system. It already counts Excel's
 * fictitious 29 Feb 1900 (the Lotus leap-year bug), which is why it is one more
 * than the true day count; exceljs builds its Dates from serials with this same
 * constant, so inverting it returns exactly the serial stored in the file.
 */
const UNIX_EPOCH_SERIAL_1900 = 25569;
/** The 1904 date system (old Mac workbooks) starts 1462 days later. */
const DATE_1904_SHIFT = 1462;

export function dateToSerial(date: Date, date1904: boolean): number {
  const serial = date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL_1900;
  return date1904 ? serial - DATE_1904_SHIFT : serial;
}

type RichText = { richText: { text: string }[] };

function isRichText(v: unknown): v is RichText {
  return typeof v === 'object' && v !== null && Array.isArray((v as RichText).richText);
}

function joinRichText(v: RichText): string {
  let s = '';
  for (const run of v.richText) s += run.text;
  return s;
}

/** Empty text is an empty cell to Office.js, so it is to us. */
function text(s: string): CellValue {
  return s === '' ? null : s;
}

/** A formula's cached result, or any loose value, by its JavaScript shape. */
function plainValue(v: unknown, date1904: boolean): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'string') return text(v);
  if (v instanceof Date) return dateToSerial(v, date1904);
  if (isRichText(v)) return text(joinRichText(v));
  if (typeof v === 'object' && 'error' in v) return String((v as ExcelJS.CellErrorValue).error);
  return null;
}

type Reader = (cell: ExcelJS.Cell, date1904: boolean) => CellValue;

const { ValueType } = ExcelJS;

/** How to read each exceljs value type; a missing type reads as its loose value. */
const READERS: Partial<Record<ExcelJS.ValueType, Reader>> = {
  [ValueType.Null]: () => null,
  // exceljs answers the master's value for every cell of a merged area; Office.js
  // reports only the top-left cell, the rest are empty
  [ValueType.Merge]: () => null,
  [ValueType.Number]: (c) => c.value as number,
  [ValueType.Boolean]: (c) => c.value as boolean,
  [ValueType.String]: (c) => text(c.value as string),
  [ValueType.Date]: (c, d1904) => dateToSerial(c.value as Date, d1904),
  [ValueType.RichText]: (c) => text(joinRichText(c.value as ExcelJS.CellRichTextValue)),
  [ValueType.Hyperlink]: (c, d1904) => plainValue((c.value as ExcelJS.CellHyperlinkValue).text, d1904),
  [ValueType.Formula]: (c, d1904) => plainValue((c.value as ExcelJS.CellFormulaValue).result, d1904),
  [ValueType.Error]: (c) => String((c.value as ExcelJS.CellErrorValue).error),
};

export function readCellValue(cell: ExcelJS.Cell, date1904: boolean): CellValue {
  const read = READERS[cell.type];
  return read ? read(cell, date1904) : plainValue(cell.value, date1904);
}
