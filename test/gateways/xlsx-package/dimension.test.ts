/**
 * A sheet's <dimension> after rating and reporting takes in every cell the sheet holds: Excel works it
 * out again on opening, but openpyxl's read-only mode (and so pandas.read_excel) stops at its last
 * column and row, and would not see the rating columns. Where the file has no <dimension>, none is added.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { parseA1, parseRangeA1 } from '../../../src/engine/model/a1';
import { baseFiles, runPlans } from './corpus';

function sheetsOf(files: Record<string, Uint8Array>): [string, string][] {
  return Object.keys(files)
    .filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n))
    .map((n) => [n, strFromU8(files[n])]);
}

describe('<dimension> after rate and report', () => {
  it('covers every cell of every sheet that has one', async () => {
    const before = await baseFiles();
    const { out } = await runPlans(zipSync(before), 'w.xlsx');
    const saved = unzipSync(out);
    let checked = 0;
    let grown = 0;
    for (const [part, xml] of sheetsOf(saved)) {
      const ref = /<dimension ref="([^"]+)"/.exec(xml)?.[1];
      if (!ref) continue;
      const dim = parseRangeA1(ref);
      const outside = [...xml.matchAll(/<c r="([A-Z]+\d+)"/g)]
        .map((m) => m[1])
        .filter((r) => {
          const { row, col } = parseA1(r);
          return row < dim.r0 || row > dim.r1 || col < dim.c0 || col > dim.c1;
        });
      expect({ part, ref, outside }).toEqual({ part, ref, outside: [] });
      checked++;
      if (before[part] && !strFromU8(before[part]).includes(`<dimension ref="${ref}"`)) grown++;
    }
    expect(checked).toBeGreaterThan(0);
    // the rating columns go right of the table: at least the rated sheet's dimension grew
    expect(grown).toBeGreaterThan(0);
  });

  it('is not added to a sheet that had none', async () => {
    const files = await baseFiles();
    for (const [part, xml] of sheetsOf(files)) files[part] = strToU8(xml.replace(/<dimension [^>]*\/>/, ''));
    const saved = unzipSync((await runPlans(zipSync(files), 'w.xlsx')).out);
    for (const [part, xml] of sheetsOf(saved)) {
      if (files[part]) expect({ part, has: xml.includes('<dimension') }).toEqual({ part, has: false });
    }
  });
});
