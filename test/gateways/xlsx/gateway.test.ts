import ExcelJS from 'exceljs';
import type { WorkbookGateway } from '../../../src/gateways/gateway';
import { createXlsxGateway } from '../../../src/gateways/xlsx/gateway';

describe('createXlsxGateway', () => {
  it('reads the workbook afresh after each plan it applies', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('NIS').getCell('A1').value = 'NI 1';
    const gateway: WorkbookGateway = createXlsxGateway(wb, 'Targets.xlsx');

    const before = await gateway.readSnapshot();
    expect(before.name).toBe('Targets.xlsx');
    expect(before.sheets[0].values).toEqual([['NI 1']]);

    await gateway.apply({
      summary: 'Fill RAG',
      ops: [
        { op: 'values', sheet: 'NIS', range: 'B1', values: [['Green']] },
        { op: 'addSheet', sheet: '_NITargets' },
        { op: 'visibility', sheet: '_NITargets', visibility: 'veryHidden' },
      ],
    });
    const after = await gateway.readSnapshot();
    expect(after.sheets[0].values).toEqual([['NI 1', 'Green']]);
    expect(after.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ['NIS', 'visible'],
      ['_NITargets', 'veryHidden'],
    ]);
  });

  it('rejects a plan naming a missing sheet without changing the workbook', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('NIS').getCell('A1').value = 'NI 1';
    const gateway = createXlsxGateway(wb, 'x.xlsx');
    await expect(
      gateway.apply({
        summary: '',
        ops: [
          { op: 'values', sheet: 'NIS', range: 'A1', values: [['changed']] },
          { op: 'merge', sheet: 'Table A', range: 'A1:B1' },
        ],
      }),
    ).rejects.toThrow(/op 2 \(merge on sheet "Table A"\)/);
    expect((await gateway.readSnapshot()).sheets[0].values).toEqual([['NI 1']]);
  });
});
