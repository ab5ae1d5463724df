/**
 * xl/sharedStrings.xml: the text cells point at by index. Rich text is its runs
 * joined; phonetic guides (<rPh>, furigana) are not part of the text, as in Excel.
 * Files from openpyxl's write-only mode, LibreOffice or Google Sheets may have no
 * such part (their text is inline in the sheet): then the table is empty.
 */
import { parseSmallXml } from './xml-parts';
import { decodeOoxmlEscapes } from './xml-text';

export function readSharedStrings(xml: string, file: string, part: string): string[] {
  const out: string[] = [];
  let current = '';
  let inItem = false;
  let inText = false;
  let phonetic = 0;
  let piece = '';
  parseSmallXml(xml, file, part, {
    open(name) {
      if (name === 'si') {
        inItem = true;
        current = '';
      } else if (name === 'rPh') phonetic++;
      else if (name === 't' && inItem && phonetic === 0) {
        inText = true;
        piece = '';
      }
    },
    text(t) {
      if (inText) piece += t;
    },
    close(name) {
      if (name === 't' && inText) {
        inText = false;
        current += decodeOoxmlEscapes(piece);
      } else if (name === 'rPh') phonetic--;
      else if (name === 'si') {
        inItem = false;
        out.push(current);
      }
    },
  });
  return out;
}
