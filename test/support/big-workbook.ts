/**
 * Big .xlsx files written a piece at a time (fflate's Zip, each compressed chunk
 * written straight to the file), so a test can make a sheet that inflates to
 * hundreds of megabytes while itself holding a few at most. The package is the
 * least Excel opens: content types, relationships, a workbook with one sheet,
 * inline strings (no shared strings), no styles.
 *
 * The sheet is deflated by Node's zlib through fflate's documented hook for other
 * compressors (a ZipPassThrough whose process() compresses): fflate's own deflate
 * took ~30 s for a 230 MB sheet on this machine, zlib takes a few. Each piece is
 * deflated on its own and ends on a full flush, so the pieces join into one valid
 * deflate stream; fflate keeps the CRC and sizes.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import * as zlib from 'node:zlib';
import { strToU8, Zip, ZipDeflate, ZipPassThrough } from 'fflate';

const { constants, deflateRawSync } = zlib;
/** zlib's CRC-32 (Node 20.15+), five times fflate's */
const crc32 = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;

class NativeDeflate extends ZipPassThrough {
  private running = 0;

  constructor(
    name: string,
    private readonly level: number,
  ) {
    super(name);
    this.compression = 8;
  }

  override push(chunk: Uint8Array, final = false): void {
    if (!crc32) return super.push(chunk, final);
    this.running = crc32(chunk, this.running);
    this.size += chunk.length;
    if (final) this.crc = this.running;
    this.process(chunk, final);
  }

  // a piece pushed again (a bomb repeats one) deflates to the same bytes: each piece is deflated on its own
  private last: { chunk: Uint8Array; out: Uint8Array } | null = null;

  override process(chunk: Uint8Array, final: boolean): void {
    const flush = final ? constants.Z_FINISH : constants.Z_FULL_FLUSH;
    if (final || this.last?.chunk !== chunk) {
      this.last = { chunk, out: deflateRawSync(chunk, { level: this.level, finishFlush: flush }) };
    }
    this.ondata(null, this.last.out, final);
  }
}

const NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const SMALL_PARTS: Record<string, string> = {
  '[Content_Types].xml':
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
  '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
};

export interface BigSheet {
  /** the tab's name */
  name: string;
  /**
   * The sheet's rows as XML, a piece at a time (each piece any number of whole <row>
   * elements); the same bytes given again are deflated once.
   */
  rows(): Iterable<string | Uint8Array>;
  /** deflate level: 1 is quick, 9 packs repetition hardest */
  level?: number;
}

/** Writes a one-sheet workbook to `file`; returns its size in bytes and the sheet's inflated size. */
export function writeBigWorkbook(file: string, sheet: BigSheet): { bytes: number; sheetBytes: number } {
  const fd = openSync(file, 'w');
  let bytes = 0;
  let sheetBytes = 0;
  let failed: Error | null = null;
  const zip = new Zip((err, chunk) => {
    if (err) failed = err;
    else {
      writeSync(fd, chunk);
      bytes += chunk.length;
    }
  });
  try {
    const parts = {
      ...SMALL_PARTS,
      'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8"?><workbook ${NS}><sheets><sheet name="${sheet.name}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    };
    for (const [name, text] of Object.entries(parts)) {
      const part = new ZipDeflate(name, { level: 6 });
      zip.add(part);
      part.push(strToU8(text), true);
    }
    const part = new NativeDeflate('xl/worksheets/sheet1.xml', sheet.level ?? 1);
    zip.add(part);
    const push = (text: string | Uint8Array, last = false): void => {
      const u8 = typeof text === 'string' ? strToU8(text) : text;
      sheetBytes += u8.length;
      part.push(u8, last);
    };
    push(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet ${NS}><sheetData>`);
    for (const piece of sheet.rows()) push(piece);
    push('</sheetData></worksheet>', true);
    zip.end();
  } finally {
    closeSync(fd);
  }
  if (failed) throw failed;
  return { bytes, sheetBytes };
}

/** Column letters of a 0-based column ("A", "XFD"). */
export function columnLetters(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Rows as they are written, `perPiece` at a time. */
export function* inPieces(count: number, row: (r: number) => string, perPiece = 4000): Iterable<string> {
  let piece = '';
  for (let r = 1; r <= count; r++) {
    piece += row(r);
    if (r % perPiece === 0) {
      yield piece;
      piece = '';
    }
  }
  if (piece !== '') yield piece;
}
