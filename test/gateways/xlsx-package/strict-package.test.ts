/**
 * A workbook saved as "Strict Open XML Spreadsheet": the same parts under the
 * purl.oclc.org namespaces. It reads as the transitional file does, and what rating
 * and reporting add (sheet parts, their relationships) is written in strict terms,
 * not as transitional parts mixed into a strict package.
 */
import { strFromU8, unzipSync, zipSync } from 'fflate';
import { openPackage } from '../../../src/gateways/xlsx-package/open-package';
import { STRICT, TRANSITIONAL } from '../../../src/gateways/xlsx-package/ooxml-dialect';
import { baseFiles, runPlans } from './corpus';
import { strict } from './other-tools';

describe('a strict workbook', () => {
  it('reads cell for cell as the same workbook saved transitional', async () => {
    const base = await baseFiles();
    const plain = await openPackage(zipSync(base), 'strict.xlsx').gateway.readSnapshot();
    const first = await openPackage(zipSync(strict(base)), 'strict.xlsx').gateway.readSnapshot();
    expect(first).toEqual(plain);
  });

  it('gets its new sheets and their relationships in strict terms, and they read back', async () => {
    const before = strict(await baseFiles());
    const { out } = await runPlans(zipSync(before), 'strict.xlsx');
    const saved = unzipSync(out);
    const added = Object.keys(saved).filter((n) => !before[n]);
    expect(added.filter((n) => n.startsWith('xl/worksheets/')).length).toBeGreaterThanOrEqual(2);
    for (const part of Object.keys(saved).filter((n) => /\.(xml|rels)$/.test(n))) {
      const xml = strFromU8(saved[part]);
      expect({
        part,
        transitional: xml.includes(TRANSITIONAL.main) || xml.includes(TRANSITIONAL.relationships),
      }).toEqual({
        part,
        transitional: false,
      });
    }
    const rels = strFromU8(saved['xl/_rels/workbook.xml.rels']);
    expect(rels).toContain(`Type="${STRICT.relationships}/worksheet"`);
    const reread = await openPackage(out, 'again.xlsx').gateway.readSnapshot();
    // the fixture's own sheet is called Table A, so the report's is "Table A (2)"
    expect(reread.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['Table A (2)', '_NITargets']));
  });
});
