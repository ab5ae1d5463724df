/**
 * A definitions file saved as CSV, read as a sheet so the definitions sheet's own reader
 * (definitions-sheet.ts) reads it with the same columns and the same words.
 *
 * The conventions are the ones the product writes (src/export/csv-field.ts): UTF-8 with or
 * without a byte-order mark, RFC 4180 quoting (a field in double quotes may hold commas,
 * line breaks and doubled quotes), CRLF or LF line ends, and the apostrophe Excel-safe
 * exports put before a field starting "=", "+", "-" or "@" taken off again.
 */
import type { CellValue, SheetSnapshot } from '../model/snapshot';

/** A CSV that cannot be read as rows (an unclosed quote): the message names the line. */
export class CsvProblem extends Error {}

const GUARDED = /^'[=+\-@\t\r]/;

/** The guard comes off inside or outside quotes alike; any other leading apostrophe stays. */
function unguard(field: string): string {
  return GUARDED.test(field) ? field.slice(1) : field;
}

interface Cursor {
  text: string;
  i: number;
  line: number;
}

/** A quoted field from its opening quote; the cursor ends after the closing one. */
function quotedField(c: Cursor): string {
  const startLine = c.line;
  let out = '';
  c.i++;
  for (;;) {
    const q = c.text.indexOf('"', c.i);
    if (q === -1) throw new CsvProblem(`a quote opened on line ${startLine} is never closed`);
    out += c.text.slice(c.i, q);
    for (let k = c.i; k < q; k++) if (c.text.charCodeAt(k) === 10) c.line++;
    if (c.text[q + 1] === '"') {
      out += '"';
      c.i = q + 2;
      continue;
    }
    c.i = q + 1;
    return out;
  }
}

/** A plain field: up to the next comma or line end. */
function plainField(c: Cursor): string {
  let j = c.i;
  while (j < c.text.length && c.text[j] !== ',' && c.text[j] !== '\n' && c.text[j] !== '\r') j++;
  const out = c.text.slice(c.i, j);
  c.i = j;
  return out;
}

/** One record's fields; the cursor ends after its line end. */
function record(c: Cursor): string[] {
  const fields: string[] = [];
  for (;;) {
    const quoted = c.text[c.i] === '"';
    let field = quoted ? quotedField(c) : plainField(c);
    // text after a closing quote ("a"b) is kept, as Excel does
    if (quoted && c.i < c.text.length && !',\r\n'.includes(c.text[c.i])) field += plainField(c);
    fields.push(unguard(field));
    if (c.text[c.i] === ',') {
      c.i++;
      continue;
    }
    if (c.text[c.i] === '\r') c.i++;
    if (c.text[c.i] === '\n') c.i++;
    c.line++;
    return fields;
  }
}

/** The rows of a CSV text, each a list of fields as typed (text, never converted). */
export function csvRows(text: string): string[][] {
  const c: Cursor = { text: text.replace(/^\uFEFF/, ''), i: 0, line: 1 };
  const rows: string[][] = [];
  while (c.i < c.text.length) rows.push(record(c));
  return rows;
}

/** The CSV as a one-sheet snapshot: blank fields are blank cells; every other field is text. */
export function csvSheet(text: string, name: string): SheetSnapshot {
  const values: CellValue[][] = csvRows(text).map((r) => r.map((f) => (f.trim() === '' ? null : f)));
  return {
    name,
    index: 0,
    visibility: 'visible',
    origin: { row: 0, col: 0 },
    values,
    formats: null,
    merges: [],
    tables: [],
    protected: false,
  };
}
