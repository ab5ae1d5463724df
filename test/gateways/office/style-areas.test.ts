import type { CellStyle, WriteOp } from '../../../src/engine/model/plan';
import { applyPlan } from '../../../src/gateways/office/apply-plan';
import { groupStyles, MAX_ADDRESS_CHARS } from '../../../src/gateways/office/style-areas';
import { analyse } from '../../../src/pipeline/analyse';
import { fullPlan } from '../../../src/pipeline/full-plan';
import { fixtureWorkbooks } from '../../fixtures/build-fixtures';
import { toSnapshot } from '../../fixtures/to-snapshot';
import { fakeExcelWith } from '../../support/excel-fake';

const GREEN: CellStyle = { fill: '#C6EFCE', fontColor: '#006100', bold: true };
const RED: CellStyle = { fill: '#FFC7CE', fontColor: '#9C0006', bold: true };
const style = (range: string, s: CellStyle, sheet = 'Table A'): WriteOp => ({
  op: 'style',
  sheet,
  range,
  style: s,
});

describe('groupStyles', () => {
  it('sends runs of one style down a column as one call over their ranges', () => {
    const out = groupStyles([
      style('H5', GREEN),
      style('H6:H7', RED),
      style('H8', GREEN),
      style('H9', RED),
      style('H10', { ...GREEN }),
    ]);
    expect(out).toEqual([
      { op: 'styleAreas', sheet: 'Table A', ranges: ['H5', 'H8', 'H10'], style: GREEN },
      { op: 'styleAreas', sheet: 'Table A', ranges: ['H6:H7', 'H9'], style: RED },
    ]);
  });

  it('never moves a style across one it overlaps, another kind of op, or a number format or border', () => {
    const body: CellStyle = { wrap: true, vAlign: 'top' };
    const heading: CellStyle = { bold: true, vAlign: 'middle' };
    const ops: WriteOp[] = [
      style('A5', heading),
      style('A4:H9', body),
      style('A7', heading),
      { op: 'values', sheet: 'Table A', range: 'A12', values: [['x']] },
      style('A13', heading),
      style('B13', { numberFormat: '0.0%' }),
      style('A14', heading),
      style('C13:C14', { border: 'thin' }),
      style('A15', heading),
    ];
    // nothing here can be grouped without changing what a cell ends up with
    expect(groupStyles(ops)).toEqual(ops);
  });

  it('keeps each address list well under what Excel takes', () => {
    const ops = Array.from({ length: 2000 }, (_, i) => style(`H${i * 2 + 5}`, i % 2 ? RED : GREEN));
    const out = groupStyles(ops);
    expect(out.every((o) => o.op === 'styleAreas')).toBe(true);
    for (const o of out)
      if (o.op === 'styleAreas') expect(o.ranges.join(',').length).toBeLessThanOrEqual(MAX_ADDRESS_CHARS);
    const ranges = out.flatMap((o) => (o.op === 'styleAreas' ? o.ranges : []));
    expect(ranges.sort()).toEqual(ops.map((o) => (o.op === 'style' ? o.range : '')).sort());
    expect(out.length).toBeLessThan(30);
  });
});

describe('grouped styles leave Excel as the one-range-at-a-time calls do', () => {
  it.each(fixtureWorkbooks().map((spec) => [spec.name, spec] as const))('%s', async (_name, spec) => {
    const snapshot = toSnapshot(spec);
    const plan = fullPlan(analyse(snapshot)).plan;
    const grouped = fakeExcelWith(snapshot);
    const single = fakeExcelWith(snapshot);
    await grouped.run((ctx) => applyPlan(ctx, plan, { requirement: grouped.isSetSupported }));
    // an Excel without ExcelApi 1.9 (no getRanges) gets every style range by range
    const before19 = (set: string, v: string): boolean => v !== '1.9' && single.isSetSupported(set, v);
    await single.run((ctx) => applyPlan(ctx, plan, { requirement: before19 }));
    expect(grouped.calls.some((c) => c.member === 'getRanges')).toBe(plan.ops.some((o) => o.op === 'style'));
    expect(single.calls.some((c) => c.member === 'getRanges')).toBe(false);
    for (const s of grouped.state.sheets) {
      const other = single.state.sheets.find((x) => x.name === s.name)!;
      const styles = (sheet: typeof s) =>
        [...sheet.cells.entries()]
          .filter(([, c]) => Object.keys(c).some((k) => k !== 'value'))
          .map(([k, c]) => [k, { ...c, value: undefined, formula: undefined }]);
      expect(styles(s)).toEqual(styles(other));
    }
  });
});
