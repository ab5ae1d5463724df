/**
 * Table A from real layouts: Bromley's own Table A, Bromley and Oxfordshire's NIS
 * table together, and the unseen layouts (an Excel table with codes at the end of
 * the titles, quarterly columns, a code column with typos and a local code).
 */
import { parseA1 } from '../../../src/engine/model/a1';
import type { CellValue } from '../../../src/engine/model/snapshot';
import { groupKey } from '../../../src/engine/report/outcome-groups';
import { buildTableA } from '../../../src/engine/report/table-a';
import type { TableAModel, TableARow } from '../../../src/engine/report/types';
import { toSnapshot, type SheetSpec } from '../../fixtures/spec';
import { pct } from '../../fixtures/typed';
import { fixtureSheets, inputsFor } from './helpers';

function rowsOf(m: TableAModel): TableARow[] {
  return m.groups.flatMap((g) => g.rows);
}

function find(m: TableAModel, code: string, sheet?: string): TableARow {
  const row = rowsOf(m).find((r) => r.code === code && (!sheet || r.source.sheet === sheet));
  if (!row) throw new Error(`no row ${code}`);
  return row;
}

/** The row's cells under each column header, as a reader scans it. */
function byHeader(m: TableAModel, row: TableARow): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of m.columns)
    if (c.kind !== 'code' && c.kind !== 'description') out[c.header] = row.cells[c.key] ?? '';
  return out;
}

/** What the source cell a row links to holds. */
function sourceValue(sheets: SheetSpec[], row: TableARow): CellValue {
  const snap = toSnapshot({ name: 'x', sheets });
  const sheet = snap.sheets.find((s) => s.name === row.source.sheet)!;
  const { row: r, col: c } = parseA1(row.source.cell);
  return sheet.values[r - sheet.origin.row]?.[c - sheet.origin.col] ?? null;
}

describe('Table A from Bromley', () => {
  const sheets = fixtureSheets('bromley-table-a');
  const inputs = inputsFor(sheets);
  const model = buildTableA(inputs);

  it('has the latest three actual years, the 2008/09 target and the future targets, then the ratings', () => {
    expect(model.ratedYear).toBe('2008/09');
    expect(model.columns.map((c) => [c.band, c.header])).toEqual([
      [null, 'Indicator'],
      [null, 'Description'],
      ['Past performance', '2006/07 Actual'],
      ['Past performance', '2007/08 Actual'],
      ['Past performance', '2008/09 Actual'],
      ['Targets', '2008/09 Target'],
      ['Targets', '2009/10 Target'],
      ['Targets', '2010/11 Target'],
      ['Rating 2008/09', 'Actual'],
      ['Rating 2008/09', 'Target'],
      ['Rating 2008/09', 'RAG'],
      ['Rating 2008/09', 'Direction of travel'],
      ['Rating 2008/09', 'Trajectory'],
    ]);
  });

  it('keeps the source outcome headings, in order, with every indicator row under its heading', () => {
    expect(model.groups.map((g) => [g.title, g.rows.length])).toEqual([
      ['Be Healthy', 4],
      ['Staying Safe', 8],
      ['Enjoy and Achieve', 18],
      ['Making a Positive Contribution', 4],
      ['Achieve Economic Well-Being', 3],
    ]);
    const table = inputs.tables.find((t) => t.kind === 'targets')!;
    expect(rowsOf(model)).toHaveLength(table.kind === 'targets' ? table.rows.length : -1);
    expect(model.groups[0].rows.map((r) => r.code)).toEqual(['NI 55', 'NI 56', 'NI 112', 'Local']);
  });

  it('shows the figures as the plan gives them, with their comparators', () => {
    expect(byHeader(model, find(model, 'NI 55'))).toEqual({
      '2006/07 Actual': '6.94%',
      '2007/08 Actual': '8.4% (9.9%)',
      '2008/09 Actual': '7.3% (9.6%)',
      // typed 8 beside actuals in %, read (and printed) as 8%
      '2008/09 Target': '8%',
      '2009/10 Target': '8%',
      '2010/11 Target': '8%',
      Actual: '7.3% (9.6%)',
      Target: '8%',
      RAG: 'Green',
      'Direction of travel': '▲ Improving',
      Trajectory: expect.stringMatching(/^On track \(expected 7\.\d+%\)$/),
    });
    expect(byHeader(model, find(model, 'NI 111'))['2008/09 Target']).toBe('-2%');
    expect(byHeader(model, find(model, 'NI 114'))['2008/09 Actual']).toBe('0.15 [72]');
  });

  it('rates rows with the RAG word, and says why a row is not rated', () => {
    expect(['NI 55', 'NI 56', 'NI 112', 'NI 72', 'NI 99', 'NI 100'].map((c) => find(model, c).rag)).toEqual([
      'Green',
      'Amber',
      'Red',
      'Red',
      'Green',
      'Red',
    ]);
    expect(find(model, 'NI 56').cells.rag).toBe('Amber');
    expect(find(model, 'NI 56').reason).toMatch(/2008\/09/);
    expect(find(model, 'NI 61').rag).toBeNull();
    expect(find(model, 'NI 61').cells.rag).toMatch(/^Not rated: .*Numbers too small/);
    for (const r of rowsOf(model)) expect(r.cells.rag).toMatch(/^(Green|Amber|Red|Not rated)/);
  });

  it('includes local indicators, marked Local', () => {
    const locals = rowsOf(model).filter((r) => r.local);
    // the seed's Table A has 11 "Local Indicator" rows
    expect(locals.length).toBe(11);
    expect(locals.every((r) => r.code === 'Local')).toBe(true);
    expect(locals[0].description).toMatch(/^The average of the percentages of children looked after/);
  });

  it('links every row to the cell holding its code or its description', () => {
    expect(find(model, 'NI 55').source).toEqual({ sheet: 'Table A', cell: 'B6' });
    for (const r of rowsOf(model)) {
      const v = String(sourceValue(sheets, r));
      if (r.local) expect(v).toBe(r.description);
      else expect(v).toBe(r.code.replace('NI ', ''));
    }
  });

  it('states the rules with the tolerance from the settings', () => {
    expect(model.legend.join('\n')).toMatch(/Amber = missed by no more than 5% of the target/);
    const wider = buildTableA({
      ...inputs,
      settings: { ...inputs.settings, tolerance: { kind: 'relative', value: 10 } },
    });
    expect(wider.legend.join('\n')).toMatch(/no more than 10% of the target/);
    expect(model.asOf).toBe('2009-08-15');
  });

  it('follows the year setting: 2009/10 moves the target and future columns', () => {
    const next = buildTableA(inputsFor(sheets, { year: 2009 }));
    expect(next.ratedYear).toBe('2009/10');
    expect(next.columns.filter((c) => c.kind === 'target').map((c) => [c.band, c.header])).toEqual([
      ['Targets', '2009/10 Target'],
      ['Targets', '2010/11 Target'],
      ['Rating 2009/10', 'Target'],
    ]);
    expect(next.columns.filter((c) => c.kind === 'actual').map((c) => c.header)).toEqual([
      '2006/07 Actual',
      '2007/08 Actual',
      '2008/09 Actual',
      'Actual',
    ]);
  });

  it('is the same model every time for the same inputs', () => {
    expect(buildTableA(inputsFor(sheets))).toEqual(model);
  });
});

describe('Table A from Bromley and Oxfordshire together', () => {
  const inputs = inputsFor(fixtureSheets('bromley-table-a', 'oxfordshire-nis'));
  const model = buildTableA(inputs);

  it('merges outcome groups worded differently into one group per outcome', () => {
    const keys = model.groups.map((g) => groupKey(g.title));
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual([
      'Be healthy',
      'Stay safe',
      'Enjoy and achieve',
      'Make a positive contribution',
      'Achieve economic well-being',
    ]);
    const healthy = model.groups[0];
    expect(healthy.title).toBe('Be Healthy');
    expect(new Set(healthy.rows.map((r) => r.source.sheet))).toEqual(new Set(['Table A', 'NIS']));
  });

  it('has every row of both sources, and the comparator columns Oxfordshire has', () => {
    const sourceRows = inputs.tables.reduce((n, t) => n + (t.kind === 'targets' ? t.rows.length : 0), 0);
    expect(rowsOf(model)).toHaveLength(sourceRows);
    expect(model.columns.filter((c) => c.kind === 'comparator').map((c) => c.header)).toEqual([
      'Statistical neighbours',
      'England',
    ]);
    const ni43 = find(model, 'NI 43', 'NIS');
    // typed bare (3.8, 6.3) beside actuals in %: shown in %, as the comparison reads them
    expect(byHeader(model, ni43)).toMatchObject({ 'Statistical neighbours': '3.8%', England: '6.3%' });
  });

  it('rates for the latest year and marks rows rated for an earlier one', () => {
    expect(model.ratedYear).toBe('2009/10');
    expect(find(model, 'NI 55', 'Table A').cells.rag).toBe('Green (2008/09)');
    expect(model.legend.join('\n')).toMatch(/year in brackets/);
  });
});

describe('Table A from unseen layouts', () => {
  const model = buildTableA(inputsFor(fixtureSheets('unseen-layouts')));

  it('reads the Excel table with codes at the end of the titles', () => {
    const quarterly = rowsOf(model)
      .filter((r) => r.source.sheet === 'Quarterly')
      .sort((a, b) => parseA1(a.source.cell).row - parseA1(b.source.cell).row);
    expect(quarterly.map((r) => [r.code, r.description])).toEqual([
      ['NI 112', 'Under 18 conception rate per 1,000'],
      ['NI 59', 'Initial assessments carried out within 7 working days of referral'],
      ['NI 148', 'Care leavers in education, employment or training'],
      ['NI 66', 'Timeliness of reviews of looked after children'],
      ['Local', expect.stringMatching(/health assessment/)],
    ]);
    // the year-end column stands for 2009/10, not a quarter; 67.45% under "0.0%" reads 67.5% on the sheet
    expect(byHeader(model, find(model, 'NI 59', 'Quarterly'))['2009/10 Actual']).toBe('67.5%');
  });

  it('corrects typed codes and groups rows by the catalogue outcome when the source has no heading', () => {
    expect(find(model, 'NI 61').source).toEqual({ sheet: 'Scorecard', cell: 'B19' });
    const group = model.groups.find((g) => g.rows.some((r) => r.code === 'NI 61'))!;
    expect(group.title).toBe('Stay safe');
    expect(model.groups.find((g) => g.title === 'Other indicators')?.rows.every((r) => r.local)).toBe(true);
  });
});

describe('Table A quarterly columns without a year-end column', () => {
  it('shows the latest quarter with a figure and says which quarter', () => {
    const sheet: SheetSpec = {
      name: 'Q',
      rows: [
        ['NI', 'Indicator', '2008/09 Actual', 'Q1 2009/10', 'Q2 2009/10', 'Q3 2009/10', 'Q4 2009/10', '2009/10 Target'],
        ['NI 59', 'Initial assessments within 7 working days', pct(0.6), pct(0.62), pct(0.655), pct(0.701), null, pct(0.75, 0)],
        ['NI 66', 'Timeliness of reviews of looked after children', pct(0.897), pct(0.9), null, null, null, pct(0.93, 0)],
      ],
    }; // prettier-ignore
    const model = buildTableA(inputsFor([sheet]));
    expect(byHeader(model, find(model, 'NI 59'))['2009/10 Actual']).toBe('70.1% (Q3)');
    expect(byHeader(model, find(model, 'NI 66'))['2009/10 Actual']).toBe('90.0% (Q1)');
  });
});

describe('outcome headings', () => {
  it.each([
    ['Be Healthy', 'Be healthy'],
    ['Being healthy', 'Be healthy'],
    ['BE HEALTHY', 'Be healthy'],
    ['Staying Safe', 'Stay safe'],
    ['Stay safe', 'Stay safe'],
    ['Enjoying and Achieving', 'Enjoy and achieve'],
    ['Enjoy & achieve', 'Enjoy and achieve'],
    ['Making a Positive Contribution', 'Make a positive contribution'],
    ['Achieving Economic Wellbeing', 'Achieve economic well-being'],
    ['Achieve Economic Well-Being', 'Achieve economic well-being'],
  ])('%s groups as %s', (heading, key) => {
    expect(groupKey(heading)).toBe(key);
  });

  it('keeps other headings apart and does not read "Adult health" or "Safer communities" as ECM outcomes', () => {
    expect(groupKey('Adult health and well-being')).toBe('adult health and well-being');
    expect(groupKey('Safer communities')).toBe('safer communities');
    expect(groupKey('Other  Priorities')).toBe(groupKey('other priorities'));
  });
});
