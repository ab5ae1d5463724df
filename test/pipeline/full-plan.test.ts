/**
 * One plan for rating columns and both reports: the registry it leaves lists all of
 * them, and running the pass again on its own output changes nothing.
 */
import * as fs from 'fs';
import * as path from 'path';
import { readWorkbook } from '../../src/gateways/xlsx/read';
import { applyPlan } from '../../src/gateways/xlsx/apply';
import { toBuffer } from '../../src/gateways/xlsx/write';
import { snapshotWorkbook } from '../../src/gateways/xlsx/to-snapshot';
import { analyse } from '../../src/pipeline/analyse';
import { fullPlan } from '../../src/pipeline/full-plan';
import { readRegistry } from '../../src/engine/ownership/registry';

const SAMPLE = path.join(__dirname, '..', '..', 'samples', 'sample-plan.xlsx');
const settings = { asOf: '2010-06-30' };

async function pass(bytes: Buffer): Promise<Buffer> {
  const { snapshot, workbook } = await readWorkbook(bytes, 'sample-plan.xlsx');
  applyPlan(workbook, fullPlan(analyse(snapshot, { settings })).plan);
  return toBuffer(workbook);
}

describe('fullPlan', () => {
  it('records the rating columns and both report sheets, and a second pass changes nothing', async () => {
    const once = await pass(fs.readFileSync(SAMPLE));
    const first = await readWorkbook(once, 'sample-plan.xlsx');
    const reg = readRegistry(first.snapshot);
    expect([...reg.ownedSheets.values()].sort()).toEqual(['Table A', 'Table B']);
    const rated = reg.entries.filter((e) => e.kind === 'range').map((e) => e.sheet);
    expect(new Set(rated)).toEqual(new Set(['CYPP Targets', 'NIS 2010-11', 'Quarterly 2009-10']));

    const twice = await pass(once);
    const second = snapshotWorkbook(
      (await readWorkbook(twice, 'sample-plan.xlsx')).workbook,
      'sample-plan.xlsx',
    );
    expect(second).toEqual(first.snapshot);
  }, 30_000); // two whole passes with exceljs round trips: seconds on a busy machine
});
