/**
 * Nothing lost: after validate, rate and report, every cell the officer had on
 * every sheet is exactly as it was (value, formula, number format, merges), and
 * anything the add-in added to an officer's sheet lies inside a range its
 * registry lists. Running the job again on its own output changes nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseA1 } from '../../src/engine/model/a1';
import { ownsCell, readRegistry } from '../../src/engine/ownership/registry';
import { readWorkbook } from '../../src/gateways/xlsx/read';
import { fixtureWorkbooks } from '../fixtures/build-fixtures';
import { toXlsx } from '../fixtures/spec';
import { dumpWorkbook, loadWorkbook, recordSheets, type SheetRecord } from './cell-dump';
import { runJob } from './xlsx-job';

interface Input {
  name: string;
  bytes: () => Promise<Buffer>;
}

const inputs: Input[] = [
  ...fixtureWorkbooks().map((spec) => ({ name: `${spec.name}.xlsx`, bytes: () => toXlsx(spec) })),
  {
    name: 'sample-plan.xlsx',
    bytes: async () => readFileSync(join(__dirname, '../../samples/sample-plan.xlsx')),
  },
];

async function sheetsOf(data: Buffer): Promise<SheetRecord[]> {
  return recordSheets(await loadWorkbook(data));
}

describe.each(inputs)('$name', ({ name, bytes }) => {
  let input: Buffer;
  let once: Buffer;
  let before: SheetRecord[];
  let after: SheetRecord[];

  beforeAll(async () => {
    input = await bytes();
    before = await sheetsOf(input);
    once = (await runJob(input, name)).output;
    after = await sheetsOf(once);
  });

  it('the job did something to check (a report or rating columns), or the workbook has no tables', async () => {
    const registry = readRegistry((await readWorkbook(once, name)).snapshot);
    const wroteAnything = registry.entries.some((e) => e.kind !== 'setting');
    const hadCells = before.some((s) => s.cells.size > 0);
    expect(hadCells).toBe(true);
    // every fixture but a pure finance workbook has a table to rate or report
    if (name !== 'finance.xlsx') expect(wroteAnything).toBe(true);
  });

  it('keeps every original sheet, in its place, with its name and visibility', () => {
    expect(after.slice(0, before.length).map((s) => [s.name, s.state])).toEqual(
      before.map((s) => [s.name, s.state]),
    );
  });

  it('keeps every original cell: value, formula and number format', () => {
    for (const [i, sheet] of before.entries()) {
      const now = after[i].cells;
      for (const [address, cell] of sheet.cells) {
        expect({ at: `${sheet.name}!${address}`, cell: now.get(address) }).toEqual({
          at: `${sheet.name}!${address}`,
          cell,
        });
      }
    }
  });

  it('keeps every original merge', () => {
    for (const [i, sheet] of before.entries()) {
      expect(after[i].merges).toEqual(expect.arrayContaining(sheet.merges));
    }
  });

  it("writes on officers' sheets only inside ranges the registry lists", async () => {
    const registry = readRegistry((await readWorkbook(once, name)).snapshot);
    const strays: string[] = [];
    let written = 0;
    for (const [i, sheet] of before.entries()) {
      for (const [address, cell] of after[i].cells) {
        const was = sheet.cells.get(address);
        if (was && JSON.stringify(was) === JSON.stringify(cell)) continue;
        written++;
        const { row, col } = parseA1(address);
        if (!ownsCell(registry, sheet.name, row, col)) strays.push(`${sheet.name}!${address}`);
      }
    }
    expect(strays).toEqual([]);
    // when the registry lists rating columns, the add-in did write there: the check above had cells to judge
    if (registry.entries.some((e) => e.kind === 'range')) expect(written).toBeGreaterThan(0);
  });

  it('running the job again on its own output gives the same workbook', async () => {
    const twice = (await runJob(once, name)).output;
    expect(dumpWorkbook(await loadWorkbook(twice))).toEqual(dumpWorkbook(await loadWorkbook(once)));
  });
});
