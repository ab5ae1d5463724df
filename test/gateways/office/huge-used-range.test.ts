/**
 * A used range too big to read block by block (a stray value at XFD1048576 makes
 * A1:XFD1048576): with ExcelApi 1.9 the gateway asks Excel for the filled cells
 * and reads those areas only, in a few syncs, giving the snapshot the file reader
 * gives; without it, or past the cell ceiling, it stops with the file reader's one
 * line naming the sheet and the far cell. Ordinary workbooks keep their three syncs.
 */
import { zipSync } from 'fflate';
import type { WorkbookSnapshot } from '../../../src/engine/model/snapshot';
import { readSnapshot } from '../../../src/gateways/office/read-snapshot';
import { WorkbookTooBigError } from '../../../src/gateways/xlsx-package/errors';
import { openPackage } from '../../../src/gateways/xlsx-package/open-package';
import { fakeExcelWith } from '../../support/excel-fake';
import { cellFor } from '../../support/excel-fake/state';
import { minimalPackage } from '../../support/minimal-package';
import { grid, sheet, workbook } from './helpers';

const FAR_ROW = 1_048_575;
const FAR_COL = 16_383;

/** The file reader's snapshot of a sheet "Data" holding these rows (sheetData XML). */
async function fileSnapshot(rows: string): Promise<WorkbookSnapshot> {
  const snap = await openPackage(zipSync(minimalPackage(rows)), 'far.xlsx').gateway.readSnapshot();
  return { ...snap, name: 'test.xlsx' };
}

const FAR_ROWS =
  '<row r="1"><c r="A1" t="inlineStr"><is><t>Title</t></is></c><c r="B1"><v>2.5</v></c></row>' +
  '<row r="3"><c r="C3"><v>7</v></c></row>' +
  '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>';

function hostFor(snap: WorkbookSnapshot, api = 13) {
  const host = fakeExcelWith(snap, api);
  const read = (opts: { maxCellsPerSheet?: number; narrowFromCells?: number } = {}) =>
    host.run((ctx) =>
      readSnapshot(ctx, {
        requirement: host.isSetSupported,
        limits: opts.maxCellsPerSheet ? { maxCellsPerSheet: opts.maxCellsPerSheet } : undefined,
        narrowFromCells: opts.narrowFromCells,
      }),
    );
  return { host, read };
}

/** A sheet's filled rows, for comparing million-row snapshots quickly. */
function filledRows(snap: WorkbookSnapshot): unknown[] {
  const s = snap.sheets[0];
  const rows: unknown[] = [s.origin, s.values.length, s.formats];
  s.values.forEach((line, i) => {
    if (line.length > 0) rows.push([i, line]);
  });
  return rows;
}

describe('a used range too big to read block by block', () => {
  it('reads only the filled areas of A1:XFD1048576, in five syncs, as the file reader reads them', async () => {
    const file = await fileSnapshot(FAR_ROWS);
    const { host, read } = hostFor(file);
    const r = await read();
    expect(filledRows(r.snapshot)).toEqual(filledRows(file));
    const s = r.snapshot.sheets[0];
    expect(s.values).toHaveLength(FAR_ROW + 1);
    expect(s.values[0]).toEqual(['Title', 2.5]);
    expect(s.values[FAR_ROW][FAR_COL]).toBe(1);
    // sheet list, used ranges, filled cells counted, their areas listed, the areas read
    expect(r.syncs).toBe(5);
    expect(host.syncLog.every((x) => x.requestBytes < 5_000_000 && x.responseBytes < 5_000_000)).toBe(true);
    const asked = host.calls.filter((c) => c.member === 'getSpecialCellsOrNullObject').map((c) => c.args[0]);
    expect(asked.sort()).toEqual(['Constants', 'Formulas']);
  });

  it('gives the file reader’s snapshot, shape and all, for a sparse sheet', async () => {
    const rows =
      '<row r="2"><c r="B2" t="inlineStr"><is><t>NI 1</t></is></c><c r="C2"><v>0.5</v></c></row>' +
      '<row r="40"><c r="D40"><v>3</v></c><c r="F40" t="inlineStr"><is><t>note</t></is></c></row>' +
      '<row r="5000"><c r="Z5000"><v>9</v></c></row>';
    const file = await fileSnapshot(rows);
    const { read } = hostFor(file);
    const r = await read({ narrowFromCells: 1_000 });
    expect(r.snapshot).toEqual(file);
    expect(r.syncs).toBe(5);
  });

  it('counts formula cells as filled and reads their cached values', async () => {
    const file = await fileSnapshot(FAR_ROWS);
    const { host, read } = hostFor(file);
    const far = cellFor(host.state.sheets[0], 40, 2000);
    far.value = 12;
    far.formula = '=6*2';
    const s = (await read()).snapshot.sheets[0];
    expect(s.values[40][2000]).toBe(12);
    expect(s.values[FAR_ROW][FAR_COL]).toBe(1);
  });

  it('asks rowHidden only of the rows that hold cells', async () => {
    const file = await fileSnapshot(FAR_ROWS);
    const { host, read } = hostFor(file);
    host.state.sheets[0].hiddenRows.add(2);
    host.state.sheets[0].hiddenRows.add(500);
    const r = await read();
    expect(r.snapshot.sheets[0].hiddenRows).toEqual([2]);
    const probes = host.calls.filter((c) => c.member === 'getRange' && /^\d+:\d+$/.test(String(c.args[0])));
    expect(probes.map((c) => c.args[0])).toEqual(['1:1', '3:3', '1048576:1048576']);
    expect(r.syncs).toBe(5);
  });

  it('without ExcelApi 1.9 stops with one line naming the sheet and the far cell', async () => {
    const { host, read } = hostFor(await fileSnapshot(FAR_ROWS), 8);
    const err = await read().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WorkbookTooBigError);
    expect((err as WorkbookTooBigError).reason).toBe('too-big');
    const message = (err as Error).message;
    expect(message).toMatch(/^test\.xlsx: sheet "Data" is used as far as XFD1048576/);
    expect(message).toMatch(/cannot tell the add-in which of them are filled.*delete what lies beyond/);
    expect(message).not.toMatch(/\n/);
    expect(host.syncs).toBe(2);
  });

  it('stops with the file reader’s line when the filled cells pass the ceiling', async () => {
    const column = Array.from(
      { length: 150 },
      (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`,
    );
    const file = await fileSnapshot(
      column.join('') + '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>',
    );
    const { host, read } = hostFor(file);
    const err = await read({ maxCellsPerSheet: 100 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WorkbookTooBigError);
    expect((err as Error).message).toBe(
      'test.xlsx: sheet "Data" reaches XFD1048576 and holds more than the 100 cells this tool reads from one sheet; ' +
        'delete what lies beyond your tables (around XFD1048576) and save',
    );
    // counted, never read: no row block was asked for
    expect(host.syncs).toBe(3);
  });

  it('reads a mostly filled big range whole, as before', async () => {
    const values = grid(300, 40);
    const { host, read } = hostFor(workbook(sheet('Data', values)));
    const r = await read({ narrowFromCells: 10_000 });
    expect(r.snapshot.sheets[0].values).toEqual(values);
    expect(r.syncs).toBe(4);
    expect(host.calls.some((c) => c.target.startsWith('RangeCollection'))).toBe(false);
  });

  it('stops, naming the far cell, when the filled cells are too scattered to list', async () => {
    const { host, read } = hostFor(workbook(sheet('Data', [['Title']])));
    const data = host.state.sheets[0];
    for (let i = 1; i <= 20_001; i++) cellFor(data, i * 50, i % 2 === 0 ? 10 : 12).value = i;
    const err = await read().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WorkbookTooBigError);
    expect((err as Error).message).toMatch(
      /sheet "Data" is used as far as M1000051.*its 20,002 filled cells lie in 20,002 separate blocks/,
    );
    expect(host.syncs).toBe(3);
  });

  it('keeps three syncs for an ordinary workbook: the filled cells are never asked for', async () => {
    const { host, read } = hostFor(workbook(sheet('Targets', grid(200, 12)), sheet('Notes', [['x']])));
    const r = await read();
    expect(r.syncs).toBe(3);
    expect(host.calls.some((c) => c.member === 'getSpecialCellsOrNullObject')).toBe(false);
  });
});
