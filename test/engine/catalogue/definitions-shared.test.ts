/**
 * Shared definitions in the engine: a file's definitions (all or nothing), kept in the workbook's record
 * and read back, then read before the workbook's own definitions sheets, which win; and the rule that
 * says where the two disagree (NI-DEFINITION-CONFLICT).
 */
import {
  definitionsFromSheets,
  DefinitionsFileProblem,
} from '../../../src/engine/catalogue/definitions-file';
import { csvSheet } from '../../../src/engine/catalogue/definitions-csv';
import {
  importedFiles,
  withImportedFile,
  withoutImportedFile,
} from '../../../src/engine/catalogue/definitions-record';
import { workbookDefinitions } from '../../../src/engine/catalogue/definitions-workbook';
import { definitionConflict } from '../../../src/engine/validate/rules/definition-conflict';
import { emptyRegistry, readRegistry, registryOps } from '../../../src/engine/ownership/registry';
import type { Registry } from '../../../src/engine/ownership/registry';
import { toSnapshot } from '../../fixtures/to-snapshot';
import type { SheetSpec } from '../../fixtures/spec';
import { context } from '../validate/build';

const file = (text: string, name = 'team.csv') => definitionsFromSheets(name, [csvSheet(text, name)], false);

const TEAM =
  'Code,Title,Polarity,Unit,Tolerance,Outcome\r\n' +
  'CSC 014,Conferences within 15 days,Lower is better,%,2pp,Stay safe\r\n' +
  'CSC 020,Reviews on time,Band 90-95%,,,\r\n' +
  'NI 112,,Lower is better,,,\r\n';

/** The registry as the workbook would hold it after the record ops are written and read again. */
function roundTrip(registry: Registry): Registry {
  const values = registryOps(registry).find((op) => op.op === 'values');
  if (!values || values.op !== 'values') throw new Error('no values op');
  return readRegistry(
    toSnapshot({
      name: 'wb',
      sheets: [{ name: '_NITargets', rows: values.values.map((r) => r.map(String)) }],
    }),
  );
}

describe('a definitions file', () => {
  it('gives each definition with the cell it was read at, its sources naming the file', () => {
    const read = file(TEAM);
    expect(read.definitions.map((d) => [d.definition.code, d.at])).toEqual([
      ['CSC 014', 'B2'],
      ['CSC 020', 'B3'],
      ['NI 112', 'C4'],
    ]);
    expect(read.definitions[0].definition.sources.polarity).toEqual({
      from: 'workbook',
      note: 'team.csv B2',
    });
  });

  it('in a workbook of several sheets, cells name their sheet, and the first definitions sheet is read', () => {
    const sheets = toSnapshot({
      name: 'defs',
      sheets: [
        { name: 'Notes', rows: [['Agreed May 2010']] },
        {
          name: 'Local PIs',
          rows: [
            ['Code', 'Title', 'Polarity'],
            ['CSC 1', 'One', 'Higher is better'],
          ],
        },
        {
          name: 'Old',
          rows: [
            ['Code', 'Title', 'Polarity'],
            ['CSC 1', 'One', 'Lower is better'],
          ],
        },
      ],
    }).sheets;
    const read = definitionsFromSheets('defs.xlsx', sheets, true);
    expect(read.definitions.map((d) => [d.at, d.definition.polarity])).toEqual([
      ["'Local PIs'!B2", 'higher'],
    ]);
  });

  it('with no indicators under its header is refused', () => {
    expect(() => file('Code,Title,Polarity\r\n')).toThrow(
      new DefinitionsFileProblem('team.csv has a definitions header but no indicators under it'),
    );
  });
});

describe('the record', () => {
  it('keeps only the facts the file stated, and reads them back as they were', () => {
    const back = importedFiles(roundTrip(withImportedFile(emptyRegistry(), file(TEAM))));
    expect(back).toHaveLength(1);
    const [csc14, csc20, ni112] = back[0].definitions.map((d) => d.definition);
    expect(csc14).toMatchObject({
      code: 'CSC 014',
      title: 'Conferences within 15 days',
      polarity: 'lower',
      unit: 'percent',
      outcome: 'Stay safe',
      tolerance: { kind: 'absolute', value: 2 },
      local: true,
      number: null,
    });
    expect(csc20).toMatchObject({ polarity: 'band', band: { low: 90, high: 95 } });
    expect(csc20.sources.unit).toBeUndefined();
    expect(ni112).toMatchObject({ code: 'NI 112', number: 112, local: false, polarity: 'lower' });
    expect(Object.keys(ni112.sources)).toEqual(['polarity']);
  });

  it('a file imported again replaces its rows; another file keeps its own; remove takes one file out', () => {
    let r = withImportedFile(emptyRegistry(), file(TEAM));
    r = withImportedFile(r, file('Code,Title,Polarity\r\nLPI 1,Carers,Higher is better\r\n', 'other.csv'));
    r = withImportedFile(r, file('Code,Title,Polarity\r\nCSC 014,Conferences,Higher is better\r\n'));
    expect(importedFiles(r).map((f) => [f.file, f.definitions.map((d) => d.definition.code)])).toEqual([
      ['other.csv', ['LPI 1']],
      ['team.csv', ['CSC 014']],
    ]);
    expect(importedFiles(withoutImportedFile(r, 'TEAM.csv')).map((f) => f.file)).toEqual(['other.csv']);
  });
});

const sheet = (polarity: string, unit = '%'): SheetSpec => ({
  name: 'Our definitions',
  rows: [
    ['Code', 'Title', 'Polarity', 'Unit'],
    ['CSC 014', 'Conferences within 15 days', polarity, unit],
  ],
});

function defsOf(sheets: SheetSpec[], registry: Registry) {
  return workbookDefinitions(toSnapshot({ name: 'wb', sheets }), registry);
}

describe('imported definitions beside the workbook’s own', () => {
  const recorded = withImportedFile(emptyRegistry(), file(TEAM));

  it('rate by the file where the workbook says nothing', () => {
    const d = defsOf([], recorded);
    expect(d.catalogue.lookup('CSC 014')?.definition.polarity).toBe('lower');
    expect(d.catalogue.lookup('NI 112')?.definition.polarity).toBe('lower');
    expect(d.conflicts).toEqual([]);
  });

  it('give way to the sheet, fact by fact: the sheet’s polarity, the file’s tolerance and outcome', () => {
    const d = defsOf([sheet('Higher is better')], recorded);
    const csc14 = d.catalogue.lookup('CSC 014')?.definition;
    expect(csc14).toMatchObject({
      polarity: 'higher',
      tolerance: { kind: 'absolute', value: 2 },
      outcome: 'Stay safe',
    });
    expect(d.conflicts).toEqual([
      {
        code: 'CSC 014',
        sheet: 'Our definitions',
        cell: 'B2',
        file: 'team.csv',
        fileAt: 'B2',
        differences: [{ field: 'polarity', sheet: 'higher is better', file: 'lower is better' }],
      },
    ]);
  });

  it('NI-DEFINITION-CONFLICT names every fact that differs, at the sheet’s row', () => {
    const d = defsOf([sheet('Higher is better', 'days')], recorded);
    expect(definitionConflict.check({ ...context([]), definitionConflicts: d.conflicts })).toEqual([
      {
        rule: 'NI-DEFINITION-CONFLICT',
        severity: 'warning',
        sheet: 'Our definitions',
        cell: 'B2',
        message:
          'CSC 014 is defined here and in the imported file team.csv (B2) differently: unit days here, % in the ' +
          "file; polarity higher is better here, lower is better in the file. This sheet's definition is used.",
        fix:
          'Make the two agree: correct this row, or correct team.csv and import it again (the pane: Settings, ' +
          'Import definitions; the command line: --definitions).',
      },
    ]);
  });

  it('a title in other case or spacing, or a fact only one states, is no conflict', () => {
    const same: SheetSpec = {
      name: 'Ours',
      rows: [
        ['Code', 'Title', 'Polarity', 'Unit'],
        ['CSC014', 'CONFERENCES  within 15 days', '', '%'],
      ],
    };
    expect(defsOf([same], recorded).conflicts).toEqual([]);
    expect(definitionConflict.check(context([]))).toEqual([]);
  });
});
