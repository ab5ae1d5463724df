/**
 * xl/styles.xml as the reader needs it: each cellXfs entry's number format code.
 * A file with no styles part (some exporters write none) has every cell General.
 */
import { BUILT_IN_FORMATS } from './number-formats';
import { GENERAL } from './sheet-cells';
import { parseSmallXml } from './xml-parts';

export function readXfFormats(xml: string, file: string, part: string): string[] {
  const custom = new Map<number, string>();
  const xfNumFmtIds: number[] = [];
  let inCellXfs = false;
  parseSmallXml(xml, file, part, {
    open(name, a) {
      if (name === 'numFmt') custom.set(Number(a.numFmtId), a.formatCode ?? GENERAL);
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) xfNumFmtIds.push(Number(a.numFmtId ?? 0));
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  // numFmtId 0 is General whatever a file says about it, as exceljs reads it
  return xfNumFmtIds.map((id) => (id ? (custom.get(id) ?? BUILT_IN_FORMATS.get(id) ?? GENERAL) : GENERAL));
}
