/**
 * The Table A and Table B sheets as write ops, read back the way a reader sees
 * them: a grid of cells, merged areas, fills, links and the print set-up.
 */
import { a1, parseA1, parseRangeA1 } from '../../../src/engine/model/a1';
import type { CellStyle, WriteOp } from '../../../src/engine/model/plan';
import type { CellValue } from '../../../src/engine/model/snapshot';
import { tableASheetOps } from '../../../src/engine/render/table-a-sheet';
import { tableBSheetOps } from '../../../src/engine/render/table-b-sheet';
import { RAG_STYLES } from '../../../src/engine/render/styles';
import { buildTableA } from '../../../src/engine/report/table-a';
import { buildTableB } from '../../../src/engine/report/table-b';
import { fixtureSheets, inputsFor } from '../report/helpers';

type Op<K extends WriteOp['op']> = Extract<WriteOp, { op: K }>;

function opsOf<K extends WriteOp['op']>(ops: WriteOp[], kind: K): Op<K>[] {
  return ops.filter((o): o is Op<K> => o.op === kind);
}

/** The sheet's values by Excel address, from the one values op. */
function grid(ops: WriteOp[]): (ref: string) => CellValue {
  const [values] = opsOf(ops, 'values');
  const start = parseRangeA1(values.range);
  return (ref) => {
    const { row, col } = parseA1(ref);
    return values.values[row - start.r0]?.[col - start.c0] ?? null;
  };
}

/** Every row of the grid as text, trailing blanks dropped, for finding rows by content. */
function rowsText(ops: WriteOp[]): string[][] {
  const [values] = opsOf(ops, 'values');
  return values.values.map((r) => r.map((v) => (v === null ? '' : String(v))));
}

/** The style a cell ends up with after every style op, as the gateway layers them. */
function styleAt(ops: WriteOp[], ref: string): CellStyle {
  const { row, col } = parseA1(ref);
  let out: CellStyle = {};
  for (const o of opsOf(ops, 'style')) {
    const r = parseRangeA1(o.range);
    if (row >= r.r0 && row <= r.r1 && col >= r.c0 && col <= r.c1) out = { ...out, ...o.style };
  }
  return out;
}

/** Cells inside a merged area other than its top-left one that hold a value (Excel would drop them). */
function hiddenByMerges(ops: WriteOp[]): string[] {
  const cell = grid(ops);
  const out: string[] = [];
  for (const m of opsOf(ops, 'merge')) {
    const r = parseRangeA1(m.range);
    for (let row = r.r0; row <= r.r1; row++)
      for (let col = r.c0; col <= r.c1; col++)
        if ((row !== r.r0 || col !== r.c0) && cell(a1(row, col)) !== null) out.push(a1(row, col));
  }
  return out;
}

function merges(ops: WriteOp[]): string[] {
  return opsOf(ops, 'merge').map((m) => m.range);
}

describe('Table A sheet from Bromley', () => {
  const inputs = inputsFor(fixtureSheets('bromley-table-a'));
  const model = buildTableA(inputs);
  const ops = tableASheetOps(model, 'Table A (2)');
  const cell = grid(ops);
  const rows = rowsText(ops);
  const rowOf = (code: string) => rows.findIndex((r) => r[0] === code);

  it('writes only to its own sheet, and nothing a merge would hide', () => {
    expect(new Set(ops.map((o) => o.sheet))).toEqual(new Set(['Table A (2)']));
    expect(hiddenByMerges(ops)).toEqual([]);
  });

  it('opens with the title and the report date, not a time stamp', () => {
    expect(cell('A1')).toBe('Table A: Performance against targets');
    expect(cell('A2')).toBe('As at 15 August 2009');
    expect(merges(ops)).toEqual(expect.arrayContaining(['A1:M1', 'A2:M2']));
  });

  it('has two header rows with the bands merged over their columns', () => {
    expect(rows[2]).toEqual([
      'Indicator',
      'Description',
      'Past performance',
      '',
      '',
      'Targets',
      '',
      '',
      'Rating 2008/09',
      '',
      '',
      '',
      '',
    ]);
    expect(rows[3]).toEqual([
      '',
      '',
      '2006/07 Actual',
      '2007/08 Actual',
      '2008/09 Actual',
      '2008/09 Target',
      '2009/10 Target',
      '2010/11 Target',
      'Actual',
      'Target',
      'RAG',
      'Direction of travel',
      'Trajectory',
    ]);
    expect(merges(ops)).toEqual(expect.arrayContaining(['A3:A4', 'B3:B4', 'C3:E3', 'F3:H3', 'I3:M3']));
    expect(styleAt(ops, 'D4')).toMatchObject({
      bold: true,
      fill: expect.any(String),
      border: 'thin',
      wrap: true,
    });
  });

  it('puts a heading row, merged across, over each outcome group', () => {
    const r = rows.findIndex((x) => x[0] === 'Staying Safe');
    expect(r).toBeGreaterThan(3);
    expect(merges(ops)).toContain(`A${r + 1}:M${r + 1}`);
    expect(styleAt(ops, `A${r + 1}`)).toMatchObject({ bold: true, fill: expect.any(String) });
    expect(rows[r + 1][0]).toBe('NI 61');
  });

  it('writes each indicator row with its figures, wrapped and bordered', () => {
    const r = rowOf('NI 56');
    expect(rows[r].slice(1, 11)).toEqual([
      'Obesity in primary school age children in Year 6',
      '12.84%',
      '15.5% (17.5%)',
      '15.7% (18.3%)',
      // typed 15 beside actuals in %: read and printed as 15%
      '15%',
      '15%',
      '15%',
      '15.7% (18.3%)',
      '15%',
      'Amber',
    ]);
    expect(styleAt(ops, `B${r + 1}`)).toMatchObject({ wrap: true, border: 'thin' });
  });

  it('fills RAG cells in the RAG colours, always with the word', () => {
    for (const [code, word] of [
      ['NI 55', 'Green'],
      ['NI 56', 'Amber'],
      ['NI 112', 'Red'],
    ] as const) {
      const ref = `K${rowOf(code) + 1}`;
      expect(cell(ref)).toBe(word);
      expect(styleAt(ops, ref)).toMatchObject(RAG_STYLES[word]);
    }
    const notRated = `K${rowOf('NI 61') + 1}`;
    expect(String(cell(notRated))).toMatch(/^Not rated/);
    expect(styleAt(ops, notRated).fill).toBe(RAG_STYLES['Not rated'].fill);
  });

  it('links each row from its code cell back to the source cell', () => {
    const links = opsOf(ops, 'link');
    const indicatorRows = model.groups.reduce((n, g) => n + g.rows.length, 0);
    expect(links).toHaveLength(indicatorRows);
    expect(links).toContainEqual({
      op: 'link',
      sheet: 'Table A (2)',
      cell: `A${rowOf('NI 55') + 1}`,
      text: 'NI 55',
      toSheet: 'Table A',
      toCell: 'B6',
    });
    for (const l of links) expect(cell(l.cell)).toBe(l.text);
  });

  it('puts the legend under the table', () => {
    const notes = rows.findIndex((r) => r[0] === 'Notes');
    expect(notes).toBeGreaterThan(rowOf('NI 117'));
    expect(rows.slice(notes + 1).map((r) => r[0])).toEqual(model.legend);
  });

  it('is set up for print and screen', () => {
    expect(opsOf(ops, 'freeze')).toEqual([{ op: 'freeze', sheet: 'Table A (2)', rows: 4, cols: 0 }]);
    expect(opsOf(ops, 'pageSetup')[0].setup).toEqual({
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: true,
      printTitleRows: '3:4',
      header: '&LTable A: Performance against targets',
      footer: '&CPage &P of &N',
    });
    const widths = opsOf(ops, 'columnWidths')[0].widths;
    expect(widths).toHaveLength(13);
    expect(widths[1].width).toBeGreaterThan(widths[2].width);
    // the long local indicator description wraps onto more lines than a one-line row
    const heights = new Map(opsOf(ops, 'rowHeights')[0].heights.map((h) => [h.row, h.height]));
    const local = rows.findIndex((r) => r[1].startsWith('The average of the percentages'));
    expect(heights.get(local)).toBeGreaterThan(heights.get(rowOf('NI 55'))!);
  });

  it('gives the same ops for the same model', () => {
    expect(tableASheetOps(buildTableA(inputsFor(fixtureSheets('bromley-table-a'))), 'Table A (2)')).toEqual(
      ops,
    );
  });
});

describe('Table B sheet from Bromley', () => {
  const { model } = buildTableB(inputsFor(fixtureSheets('bromley-table-b')));
  const ops = tableBSheetOps(model, 'Table B (2)');
  const cell = grid(ops);
  const rows = rowsText(ops);
  const rowOf = (n: string) => rows.findIndex((r) => r[1] === n);

  it('has the title, date and one header row', () => {
    expect(cell('A1')).toBe('Table B: Summary action plan');
    expect(cell('A2')).toBe('As at 15 August 2009');
    expect(rows[2]).toEqual([
      'Area of focus',
      'No.',
      'Tasks and milestones',
      'Deadline',
      'Lead officer and partner',
      'Lead strategy group',
      'Status',
    ]);
  });

  it('merges each area of focus down over its tasks', () => {
    expect(hiddenByMerges(ops)).toEqual([]);
    const first = rowOf('1.1');
    const last = rowOf('1.7');
    expect(cell(`A${first + 1}`)).toMatch(/^1\. Improve children and young people's health/);
    expect(merges(ops)).toContain(`A${first + 1}:A${last + 1}`);
    // the lead officer is the same for the whole area: one merged cell, as in the plan
    expect(merges(ops)).toContain(`E${first + 1}:E${last + 1}`);
    expect(rows[first + 1][4]).toBe('');
    const three = [rowOf('3.1'), rowOf('3.5')];
    expect(merges(ops)).toContain(`A${three[0] + 1}:A${three[1] + 1}`);
  });

  it('words and fills each status', () => {
    const status = (n: string) => `G${rowOf(n) + 1}`;
    expect(cell(status('1.1'))).toBe('Due within 30 days');
    expect(styleAt(ops, status('1.1'))).toMatchObject(RAG_STYLES.Amber);
    expect(cell(status('3.1'))).toBe('Overdue (due May 2009)');
    expect(styleAt(ops, status('3.1'))).toMatchObject(RAG_STYLES.Red);
    expect(cell(status('2.1'))).toBe('Not yet due');
    expect(styleAt(ops, status('2.1')).fill).toBeUndefined();
  });

  it('links each task number to the task in the source', () => {
    expect(opsOf(ops, 'link')).toContainEqual({
      op: 'link',
      sheet: 'Table B (2)',
      cell: `B${rowOf('1.2') + 1}`,
      text: '1.2',
      toSheet: 'Table B',
      toCell: 'B5',
    });
  });

  it('is set up for print like Table A', () => {
    expect(opsOf(ops, 'freeze')[0]).toMatchObject({ rows: 3, cols: 0 });
    expect(opsOf(ops, 'pageSetup')[0].setup).toMatchObject({
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: true,
      printTitleRows: '3:3',
      footer: '&CPage &P of &N',
    });
  });

  it('colours complete tasks green', () => {
    const { model: unseen } = buildTableB(inputsFor(fixtureSheets('unseen-layouts'), { asOf: '2010-03-10' }));
    const o = tableBSheetOps(unseen, 'Table B');
    const r = rowsText(o).findIndex((x) => x[1] === '1.1');
    expect(grid(o)(`G${r + 1}`)).toBe('Complete');
    expect(styleAt(o, `G${r + 1}`)).toMatchObject(RAG_STYLES.Green);
    expect(a1(r, 6)).toBe(`G${r + 1}`);
  });
});
