/**
 * Tells from the first bytes what kind of file an officer handed us, so a .csv,
 * an old .xls or a password-protected workbook gets a sentence saying what to do
 * instead of a zip-library stack trace.
 */
import { UnusableWorkbookError } from './errors';

const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Stream names Office writes into the OLE2 wrapper of a password-encrypted .xlsx. */
const ENCRYPTION_STREAMS = ['EncryptedPackage', 'EncryptionInfo'];
/** OLE2 directory entries are 128 bytes each and sector-aligned, so names sit on these offsets. */
const OLE2_DIR_ENTRY = 128;

const SAVE_AS = 'open it in Excel and save it as an Excel Workbook (.xlsx)';

/** Zips that are Office files but not .xlsx, by a part only they contain. */
const OTHER_ZIPS: { marker: string; what: string }[] = [
  { marker: 'xl/workbook.bin', what: 'an Excel binary workbook (.xlsb)' },
  { marker: 'word/document.xml', what: 'a Word document' },
  { marker: 'ppt/presentation.xml', what: 'a PowerPoint file' },
  { marker: 'application/vnd.oasis.opendocument', what: 'an OpenDocument file (.ods)' },
];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  if (bytes.length < magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (bytes[i] !== magic[i]) return false;
  return true;
}

function hasOle2Stream(buf: Buffer, name: string): boolean {
  const needle = Buffer.from(name, 'utf16le');
  let at = buf.indexOf(needle);
  while (at !== -1) {
    if (at % OLE2_DIR_ENTRY === 0) return true;
    at = buf.indexOf(needle, at + 1);
  }
  return false;
}

function looksLikeText(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 1024);
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    // control bytes other than tab, CR, LF never appear in CSV or HTML exports
    if (b < 0x09 || (b > 0x0d && b < 0x20)) return false;
  }
  return true;
}

function describeNonZip(bytes: Uint8Array): string {
  if (!looksLikeText(bytes)) return 'is not an Excel workbook';
  let i = 0;
  while (
    i < bytes.length &&
    i < 64 &&
    (bytes[i] <= 0x20 || bytes[i] === 0xef || bytes[i] === 0xbb || bytes[i] === 0xbf)
  )
    i++;
  if (bytes[i] === 0x3c /* < */) return 'is a web page or XML export, not an Excel workbook';
  return 'looks like a CSV or text file, not an Excel workbook';
}

/**
 * The reason these bytes cannot be read as .xlsx, or null when they look like an
 * .xlsx package. `name` is the file name the officer knows.
 */
export function sniffWorkbookBytes(bytes: Uint8Array, name: string): UnusableWorkbookError | null {
  if (bytes.length === 0) {
    return new UnusableWorkbookError('empty', `${name} is empty (0 bytes): was it saved properly?`);
  }
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (startsWith(bytes, OLE2)) {
    if (ENCRYPTION_STREAMS.some((s) => hasOle2Stream(buf, s))) {
      return new UnusableWorkbookError(
        'encrypted',
        `${name} is password-protected: remove the password in Excel (File > Info > Protect Workbook > Encrypt with Password), save, and try again`,
      );
    }
    return new UnusableWorkbookError('not-xlsx', `${name} is an old-style .xls workbook: ${SAVE_AS}`);
  }
  if (startsWith(bytes, ZIP_LOCAL) || startsWith(bytes, ZIP_EMPTY)) {
    if (buf.indexOf('xl/workbook.xml') !== -1) return null;
    const other = OTHER_ZIPS.find((o) => buf.indexOf(o.marker) !== -1);
    if (other)
      return new UnusableWorkbookError(
        'not-xlsx',
        `${name} is ${other.what}, not an .xlsx workbook: ${SAVE_AS}`,
      );
    return new UnusableWorkbookError(
      'corrupt',
      `${name} is damaged: it has no workbook inside. Open it in Excel to repair it, or use a backup`,
    );
  }
  return new UnusableWorkbookError('not-xlsx', `${name} ${describeNonZip(bytes)}: ${SAVE_AS}`);
}
