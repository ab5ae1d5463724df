/**
 * Every fixture workbook against its own answer key: for each sheet with an
 * `expect`, the tables recognised must be exactly those listed, with the same
 * range, rows, codes, groups, header rows, footnotes, sub-rows and tasks.
 */
import { builtInCatalogue, withDefinitions } from '../../../src/engine/catalogue/catalogue';
import { readDefinitionsSheet } from '../../../src/engine/catalogue/definitions-sheet';
import { rangeA1 } from '../../../src/engine/model/a1';
import type { RecognisedTable } from '../../../src/engine/model/tables';
import { recognise } from '../../../src/engine/recognise/recognise';
import { fixtureWorkbooks } from '../../fixtures/build-fixtures';
import { toSnapshot, type ExpectedTable } from '../../fixtures/spec';

const excel = (rows: number[]): number[] => rows.map((r) => r + 1);

/** What the recogniser found, in the answer key's terms (only the fields the key gives). */
function asExpected(t: RecognisedTable, key: ExpectedTable): ExpectedTable {
  const out: ExpectedTable = { kind: t.kind, range: rangeA1(t.range) };
  if (key.headerRows) out.headerRows = excel(t.headerRows);
  if ('listObject' in key) out.listObject = t.listObject;
  const targets = t.kind === 'targets' ? t : null;
  if (key.groupRows) out.groupRows = excel(targets?.groups.map((g) => g.row) ?? []);
  if (key.footnotes) out.footnotes = excel(targets?.footnotes ?? []);
  if (key.subRows) out.subRows = excel(targets?.rows.flatMap((r) => r.subRows) ?? []);
  if (key.rows && targets) {
    const withGroup = key.rows.some((r) => r.group !== undefined);
    out.rows = targets.rows.map((r) =>
      withGroup ? { row: r.row + 1, code: r.code, group: r.group } : { row: r.row + 1, code: r.code },
    );
  }
  if (key.tasks && t.kind === 'action-plan') {
    const withArea = key.tasks.some((x) => x.area !== undefined);
    out.tasks = t.tasks.map((x) =>
      withArea
        ? { row: x.row + 1, number: x.number, area: x.areaNumber ?? undefined }
        : { row: x.row + 1, number: x.number },
    );
  }
  return out;
}

for (const spec of fixtureWorkbooks()) {
  describe(`fixture ${spec.name}`, () => {
    const snapshot = toSnapshot(spec);
    let catalogue = builtInCatalogue();
    const definitionSheets = new Set<string>();
    for (const sheet of snapshot.sheets) {
      const defs = readDefinitionsSheet(sheet);
      if (defs) {
        catalogue = withDefinitions(catalogue, defs.definitions);
        definitionSheets.add(sheet.name);
      }
    }
    const result = recognise(snapshot, { catalogue, ignoreSheets: definitionSheets });

    for (const sheet of spec.sheets) {
      if (!sheet.expect) continue;
      const keys = sheet.expect.tables;
      it(`${sheet.name}: ${keys.length === 0 ? 'no tables' : keys.map((k) => `${k.kind} ${k.range}`).join(', ')}`, () => {
        const found = result.tables.filter((t) => t.sheet === sheet.name);
        expect(found.map((t, i) => asExpected(t, keys[i] ?? { kind: t.kind, range: '' }))).toEqual(keys);
      });
    }
  });
}
