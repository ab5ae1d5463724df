import type { TableAColumn, TableARow, TableBTask } from '../../src/engine/report/types';
import {
  keepExpectedFigure,
  tableACell,
  tableAFit,
  tableAHeaderRows,
  tableAWidths,
} from '../../src/export/table-a-layout';
import { areaLabel, runSpans, taskLabel } from '../../src/export/table-b-layout';

const col = (
  key: string,
  kind: TableAColumn['kind'],
  band: string | null = null,
  header = key,
): TableAColumn => ({
  key,
  header,
  band,
  kind,
});

function row(cells: Record<string, string>, extra: Partial<TableARow> = {}): TableARow {
  return {
    code: 'NI 55',
    description: 'Obesity in Reception Year',
    cells,
    rag: null,
    reason: '',
    local: false,
    source: { sheet: 'Table A', cell: 'B5' },
    ...extra,
  };
}

describe('Table A header rows', () => {
  it('is one row when no column has a band', () => {
    const rows = tableAHeaderRows([col('code', 'code'), col('a', 'actual'), col('rag', 'rag')]);
    expect(rows).toHaveLength(1);
    expect(rows[0].map((h) => [h.text, h.colSpan, h.rowSpan])).toEqual([
      ['code', 1, 1],
      ['a', 1, 1],
      ['rag', 1, 1],
    ]);
  });

  it('groups neighbouring columns of one band, and lets a band-less column in between fill both rows', () => {
    const rows = tableAHeaderRows([
      col('code', 'code'),
      col('a1', 'actual', 'Past'),
      col('a2', 'actual', 'Past'),
      col('note', 'comparator'),
      col('t1', 'target', 'Future'),
      col('x', 'actual', 'Past'),
    ]);
    expect(rows[0].map((h) => [h.text, h.colSpan, h.rowSpan, h.scope])).toEqual([
      ['code', 1, 2, 'col'],
      ['Past', 2, 1, 'colgroup'],
      ['note', 1, 2, 'col'],
      ['Future', 1, 1, 'col'],
      // the same band again after another is a band of its own: columns keep their order
      ['Past', 1, 1, 'col'],
    ]);
    expect(rows[1].map((h) => h.text)).toEqual(['a1', 'a2', 't1', 'x']);
  });
});

describe('Table A cells', () => {
  const rag = col('rag', 'rag');
  it('shades the RAG column by its first word, as the built models word it', () => {
    expect(tableACell(row({ rag: 'Green' }), rag)).toEqual({ text: 'Green', shade: 'Green' });
    expect(tableACell(row({ rag: 'Amber (2008/09)' }), rag).shade).toBe('Amber');
    expect(tableACell(row({ rag: 'Red: well short' }), rag).shade).toBe('Red');
    expect(tableACell(row({ rag: 'Not rated: actual nya: June 2010' }), rag).shade).toBe('Not rated');
    expect(tableACell(row({ rag: 'Greenish' }), rag).shade).toBeNull();
  });

  it('writes the row rating when the RAG cell is missing, and leaves other columns unshaded', () => {
    expect(tableACell(row({}, { rag: 'Red' }), rag)).toEqual({ text: 'Red', shade: 'Red' });
    expect(tableACell(row({}), rag)).toEqual({ text: '', shade: null });
    expect(tableACell(row({ traj: 'Green' }), col('traj', 'trajectory')).shade).toBeNull();
    expect(tableACell(row({ a: 'Red' }), col('a', 'actual')).shade).toBeNull();
  });

  it('takes code and description from the row when the cells leave them out', () => {
    expect(tableACell(row({}), col('code', 'code')).text).toBe('NI 55');
    expect(tableACell(row({}), col('d', 'description')).text).toBe('Obesity in Reception Year');
    expect(tableACell(row({ code: 'NI 55a' }), col('code', 'code')).text).toBe('NI 55a');
  });
});

describe('Table A widths', () => {
  const columns = [col('code', 'code'), col('d', 'description'), col('a', 'actual'), col('rag', 'rag')];
  const widths = (rows: TableARow[]) => tableAWidths({ columns, groups: [{ title: 'G', rows }] });

  it('shares the whole table width, the description taking most', () => {
    const w = widths([row({ a: '7.3%', rag: 'Green' })]);
    expect(w.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 10);
    expect(Math.max(...w)).toBe(w[1]);
  });

  it('widens a column to its longest word, but not for an absurd one', () => {
    const plain = widths([row({ a: '7.3%', rag: 'Green' })]);
    const wordy = widths([row({ a: '7.3%', rag: 'Not rated: Disproportionately' })]);
    expect(wordy[3] / wordy[2]).toBeGreaterThan(plain[3] / plain[2]);
    const url = widths([row({ a: 'https://example.org/a/very/long/path/indeed', rag: 'Green' })]);
    const capped = widths([
      row({ a: 'https://example.org/a/very/long/path/indeed/and/longer/still', rag: 'Green' }),
    ]);
    expect(capped).toEqual(url);
    // a long description never squeezes the figures
    const longDescription = widths([row({ d: 'word '.repeat(200), a: '7.3%', rag: 'Green' })]);
    expect(longDescription).toEqual(plain);
  });
});

describe('Table A fitted to a page', () => {
  // 18 columns: a wide table with comparators and movement, as Oxfordshire's is
  const columns = [
    col('code', 'code'),
    col('d', 'description'),
    ...Array.from({ length: 14 }, (_, i) => col(`a${i}`, 'actual')),
    col('trajectory', 'trajectory'),
    col('move', 'movement'),
  ];
  const model = {
    columns,
    groups: [{ title: 'G', rows: [row({ trajectory: 'Off track (expected -2.93 ppts)' })] }],
  };
  it('fits as it is when the page holds it', () => {
    const fit = tableAFit(model, 1000);
    expect(fit.scale).toBe(1);
    expect(fit.fractions).toEqual(tableAWidths(model));
  });

  it('narrows the description first, then asks for smaller text, never a narrower figure column', () => {
    const before = tableAFit(model, 1000).fractions;
    const fit = tableAFit(model, 150);
    expect(fit.scale).toBeLessThan(1);
    const after = fit.fractions;
    // the description gave way against the figures; the figures kept their proportions to each other
    expect(after[1] / after[2]).toBeLessThan(before[1] / before[2]);
    for (let i = 3; i < columns.length; i++)
      expect(after[i] / after[2]).toBeCloseTo(before[i] / before[2], 10);
    expect(after.reduce((x, y) => x + y, 0)).toBeCloseTo(1, 10);
  });

  it('measures the expected figure as one word, which may follow "(expected" on a new line', () => {
    expect(keepExpectedFigure('Off track (expected -2.93 ppts)')).toBe(
      'Off track (expected \u22122.93\u00a0ppts)',
    );
    const fit = tableAFit(model);
    const trajectory = fit.fractions[16] * fit.chars;
    // "−2.93 ppts)" (11) and room, not the whole "(expected −2.93 ppts)" (capped at 16, and room)
    expect(trajectory).toBeCloseTo(13, 10);
  });
});

describe('Table B labels and merged runs', () => {
  const task = (lead: string, number: string | null = '1.1', text = 'Develop a strategy.'): TableBTask => ({
    number,
    text,
    deadline: 'April 2010',
    deadlineDate: '2010-04-30',
    lead,
    group: 'G',
    status: 'Due soon',
    statusText: 'Due within 30 days',
    source: { sheet: 'Table B', cell: 'C4' },
  });

  it('numbers areas and tasks once', () => {
    expect(areaLabel({ number: 1, title: 'Improve health.', tasks: [] })).toBe('1. Improve health.');
    expect(areaLabel({ number: 1, title: '1. Improve health.', tasks: [] })).toBe('1. Improve health.');
    expect(areaLabel({ number: null, title: 'Improve health.', tasks: [] })).toBe('Improve health.');
    expect(taskLabel(task('x'))).toBe('1.1 Develop a strategy.');
    expect(taskLabel(task('x', '1.1', '1.1 Develop a strategy.'))).toBe('1.1 Develop a strategy.');
    expect(taskLabel(task('x', null))).toBe('Develop a strategy.');
  });

  it('spans each run of the same lead, however the runs fall', () => {
    const lead = (t: TableBTask) => t.lead;
    expect(
      runSpans(
        ['A', 'A', 'A', 'B', 'A'].map((l) => task(l)),
        lead,
      ),
    ).toEqual([3, 0, 0, 1, 1]);
    expect(
      runSpans(
        ['A'].map((l) => task(l)),
        lead,
      ),
    ).toEqual([1]);
    expect(runSpans([], lead)).toEqual([]);
    expect(
      runSpans(
        ['A', 'B', 'B'].map((l) => task(l)),
        lead,
      ),
    ).toEqual([1, 2, 0]);
  });
});
