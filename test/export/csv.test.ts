import fc from 'fast-check';
import { csvFiles, toCsv } from '../../src/export/csv';
import { csvField, guardFormula } from '../../src/export/csv-field';
import type { TableAModel, TableBModel } from '../../src/engine/report/types';
import { bromleyTableAModel, bromleyTableBModel } from './bromley-models';

/** An RFC 4180 reader, written for the test: CRLF records, quoted fields, doubled quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else if (ch === '\n' || ch === '\r' || ch === '"') {
      throw new Error(`bare ${JSON.stringify(ch)} outside quotes at ${i}`);
    } else field += ch;
    i++;
  }
  if (quoted) throw new Error('unterminated quote');
  if (field !== '' || row.length > 0) throw new Error('last record has no CRLF');
  return rows;
}

function read(text: string): string[][] {
  expect(text.charCodeAt(0)).toBe(0xfeff);
  return parseCsv(text.slice(1));
}

describe('CSV of Table A', () => {
  let a: TableAModel;
  let rows: string[][];
  beforeAll(() => {
    a = bromleyTableAModel();
    rows = read(toCsv(a));
  });

  it('starts with a BOM and ends every record with CRLF', () => {
    const text = toCsv(a);
    expect(text.startsWith('\uFEFFOutcome,')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    // every line feed outside a quoted field belongs to a CRLF: parseCsv throws otherwise
    expect(rows.length).toBe(1 + a.groups.reduce((n, g) => n + g.rows.length, 0));
  });

  it('names columns with their band, and carries the outcome on every row', () => {
    expect(rows[0]).toEqual([
      'Outcome',
      'NI',
      'Description',
      'Past performance: 2005/06 Actual',
      'Past performance: 2006/07 Actual',
      'Past performance: 2007/08 Actual',
      'Past performance: 2008/09 Actual',
      'Past performance: 2008/09 Target',
      'Future targets: 2009/10 Target',
      'Future targets: 2010/11 Target',
      'Rating 2008/09: RAG',
      'Rating 2008/09: Direction of travel',
      'Reason for rating',
      'Source',
    ]);
    const expected = a.groups.flatMap((g) =>
      g.rows.map((r) => [
        g.title,
        ...a.columns.map((c) => r.cells[c.key] ?? ''),
        r.reason,
        `'Table A'!${r.source.cell}`,
      ]),
    );
    // signed figures like -2% and +2 come back exactly as typed: no apostrophe added
    expect(rows.slice(1)).toEqual(expected);
    expect(rows.slice(1).some((r) => r.includes('-2%'))).toBe(true);
    expect(rows.slice(1).some((r) => r.includes('+2'))).toBe(true);
  });

  it('round-trips cells holding commas, quotes and line breaks', () => {
    const tricky = bromleyTableAModel();
    const row = tricky.groups[1].rows[2];
    row.cells.description = 'Adoptions, "special" guardianships\nand more';
    row.cells.a0506 = '"';
    row.cells.a0607 = ',';
    tricky.groups[1].title = 'Staying Safe, "core"';
    const back = read(toCsv(tricky));
    const line = back.find((r) => r[2] === 'Adoptions, "special" guardianships\nand more')!;
    expect(line[0]).toBe('Staying Safe, "core"');
    expect(line.slice(3, 5)).toEqual(['"', ',']);
    expect(toCsv(tricky)).toContain('"Adoptions, ""special"" guardianships\nand more"');
  });
});

describe('CSV of Table B', () => {
  let b: TableBModel;
  let rows: string[][];
  beforeAll(() => {
    b = bromleyTableBModel();
    rows = read(toCsv(b));
  });

  it('gives every task its area of focus, number, deadline, lead and status', () => {
    expect(rows[0]).toEqual([
      'Area number',
      'Area of focus',
      'Task number',
      'Task',
      'Deadline',
      'Deadline date',
      'Lead officer and partner',
      'Lead strategy group',
      'Status',
      'Status detail',
      'Source',
    ]);
    const expected = b.areas.flatMap((area) =>
      area.tasks.map((t) => [
        String(area.number),
        area.title,
        t.number,
        t.text,
        t.deadline,
        t.deadlineDate,
        t.lead,
        t.group,
        t.status,
        t.statusText,
        `'Table B'!${t.source.cell}`,
      ]),
    );
    expect(rows.slice(1)).toEqual(expected);
  });

  it('keeps an area with no tasks yet', () => {
    const empty = bromleyTableBModel();
    empty.areas.push({ number: 21, title: 'New priority', tasks: [] });
    const back = read(toCsv(empty));
    expect(back[back.length - 1].slice(0, 3)).toEqual(['21', 'New priority', '']);
  });
});

describe('formula injection guard', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['=HYPERLINK("http://x","click")', `'=HYPERLINK("http://x","click")`],
    ["-cmd|' /C calc'!A0", "'-cmd|' /C calc'!A0"],
    ['+HYPERLINK("http://x")', `'+HYPERLINK("http://x")`],
    ['-1+1', "'-1+1"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
  ])('makes %j text', (value, guarded) => {
    expect(guardFormula(value)).toBe(guarded);
  });

  it.each(['-2%', '+8%', '-4.4 ppts', '-7 [714.5]', '+2', '-24.6 [715.2]', '- 2%', '7.3% (9.6%)', 'N/A', ''])(
    'leaves the figure %j as the officer typed it',
    (value) => {
      expect(guardFormula(value)).toBe(value);
    },
  );

  it('guards inside the CSV too', () => {
    const a = bromleyTableAModel();
    a.groups[0].rows[0].cells.description = '=1+1';
    const rows = read(toCsv(a));
    expect(rows[1][2]).toBe("'=1+1");
  });
});

describe('csvField', () => {
  it('reads back as the same text for any value the guard leaves alone', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (value) => {
        fc.pre(guardFormula(value) === value);
        expect(parseCsv(`${csvField(value)}\r\n`)).toEqual([[value]]);
      }),
    );
  });

  it('quotes only when it must', () => {
    expect(csvField('8.4% (9.9%)')).toBe('8.4% (9.9%)');
    expect(csvField('Jenny Selway, Bromley PCT')).toBe('"Jenny Selway, Bromley PCT"');
    expect(csvField('He said "no"')).toBe('"He said ""no"""');
  });
});

describe('csvFiles', () => {
  it('makes one file per table given', () => {
    const both = csvFiles(bromleyTableAModel(), bromleyTableBModel());
    expect(both.map((f) => f.name)).toEqual(['table-a.csv', 'table-b.csv']);
    expect(read(both[0].text)[0][0]).toBe('Outcome');
    expect(read(both[1].text)[0][0]).toBe('Area number');
    expect(csvFiles(null, bromleyTableBModel()).map((f) => f.name)).toEqual(['table-b.csv']);
    expect(csvFiles(null, null)).toEqual([]);
  });
});
