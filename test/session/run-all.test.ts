/**
 * The whole pass in Excel: one read (3 syncs) and one write (1 sync), whatever the
 * workbook's size, on the recording fake of the Excel object model.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readWorkbook } from '../../src/gateways/xlsx/read';
import { createOfficeGateway } from '../../src/gateways/office/gateway';
import { createSession } from '../../src/session/session';
import { readRegistry } from '../../src/engine/ownership/registry';
import { fakeExcelWith } from '../support/excel-fake';

const SAMPLE = readFileSync(join(__dirname, '../../samples/sample-plan.xlsx'));

it('rates and builds both reports in 4 syncs, and a second pass converges', async () => {
  const { snapshot } = await readWorkbook(SAMPLE, 'sample-plan.xlsx');
  const host = fakeExcelWith(snapshot);
  const gateway = createOfficeGateway(host.run, { requirement: host.isSetSupported, name: snapshot.name });
  const session = createSession(gateway, {
    selectCell: async () => undefined,
    getSelection: async () => null,
    yieldToHost: async () => undefined,
  });

  const before = host.syncs;
  const r = await session.runAll();
  expect(host.syncs - before).toBe(4);
  expect(r.addedSheets).toEqual(expect.arrayContaining(['Table A', 'Table B']));
  expect(r.rag.Green).toBeGreaterThan(0);

  const after = await gateway.readSnapshot();
  const reg = readRegistry(after);
  expect([...reg.ownedSheets.values()].sort()).toEqual(['Table A', 'Table B']);
  expect(reg.entries.some((e) => e.kind === 'range' && e.sheet === 'CYPP Targets')).toBe(true);

  await session.runAll();
  expect(await gateway.readSnapshot()).toEqual(after);
});
