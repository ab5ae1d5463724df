/**
 * A layout written with --write and read back through the product's .xlsx gateway
 * gives the same snapshot the corpus builds in memory: the corpus measures what the
 * product would see in a real file.
 */
import { generateCorpus } from '../../corpus/generate';
import { writeLayout } from '../../corpus/write-xlsx';
import type { SheetSnapshot } from '../../src/engine/model/snapshot';
import { readWorkbookFile } from '../../src/gateways/xlsx/read';
import { tempDir } from '../support/temp-dir';

function comparable(s: SheetSnapshot): unknown {
  const formats = s.formats ?? s.values.map((r) => r.map(() => 'General'));
  const merges = [...s.merges].sort((a, b) => a.r0 - b.r0 || a.c0 - b.c0);
  return { name: s.name, origin: s.origin, values: s.values, formats, merges, tables: s.tables };
}

describe('--write', () => {
  it('writes .xlsx files the gateway reads back as the same snapshot', async () => {
    const dir = tempDir('corpus-');
    const layouts = ['excel-tables', 'bands', 'typed-values', 'local-codes', 'combined'].flatMap((family) => [
      ...generateCorpus({ seed: 2, count: 3, family }),
    ]);
    for (const layout of layouts) {
      const file = await writeLayout(layout, dir);
      const { snapshot } = await readWorkbookFile(file);
      expect(snapshot.sheets.map(comparable)).toEqual(layout.snapshot.sheets.map(comparable));
    }
  }, 30_000);
});
