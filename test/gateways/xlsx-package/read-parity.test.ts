/**
 * The package reader against the exceljs reader (src/gateways/xlsx) on every
 * fixture workbook and the sample plan: the same snapshot, cell for cell, with one
 * deliberate difference: a date-formatted number is the number the file holds,
 * where exceljs's is that number sent through a JavaScript Date and back (it can
 * move in the 11th significant digit: 40000.123456789 -> 40000.12345679398).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CellValue, WorkbookSnapshot } from '../../../src/engine/model/snapshot';
import { readWorkbook } from '../../../src/gateways/xlsx/read';
import { openPackage } from '../../../src/gateways/xlsx-package/open-package';
import { fixtureWorkbooks } from '../../fixtures/build-fixtures';
import { toXlsx } from '../../fixtures/to-xlsx';

/** Replaces exceljs's Date-rounded numbers by ours where they agree to a millisecond. */
function alignDates(ours: WorkbookSnapshot, theirs: WorkbookSnapshot): WorkbookSnapshot {
  return {
    ...theirs,
    sheets: theirs.sheets.map((s, i) => {
      const mine = ours.sheets[i];
      if (!mine) return s;
      const values = s.values.map((row, r) =>
        row.map((v: CellValue, c) => {
          const m = mine.values[r]?.[c];
          const close = typeof v === 'number' && typeof m === 'number' && Math.abs(v - m) < 1e-8;
          return close ? m : v;
        }),
      );
      return { ...s, values };
    }),
  };
}

async function both(bytes: Buffer, name: string): Promise<[WorkbookSnapshot, WorkbookSnapshot]> {
  const theirs = (await readWorkbook(bytes, name)).snapshot;
  const ours = await openPackage(bytes, name).gateway.readSnapshot();
  return [ours, theirs];
}

describe('package reader matches the exceljs reader', () => {
  for (const spec of fixtureWorkbooks()) {
    it(`fixture ${spec.name}`, async () => {
      const [ours, theirs] = await both(await toXlsx(spec), `${spec.name}.xlsx`);
      expect(ours).toEqual(alignDates(ours, theirs));
    });
  }

  it('samples/sample-plan.xlsx', async () => {
    const bytes = readFileSync(join(__dirname, '../../../samples/sample-plan.xlsx'));
    const [ours, theirs] = await both(bytes, 'sample-plan.xlsx');
    expect(ours).toEqual(alignDates(ours, theirs));
  });
});
