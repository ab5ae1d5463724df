import { toDocx } from '../../src/export/docx';
import type { TableAModel, TableBModel } from '../../src/engine/report/types';
import { bromleyTableAModel, bromleyTableBModel } from './bromley-models';
import { contrastRatio } from '../../src/engine/render/styles';
import {
  attr,
  docxPart,
  docxPartNames,
  first,
  gridCells,
  isHeaderRow,
  kids,
  textOf,
  type GridCell,
} from './docx-xml';

const TITLE = 'CYPP progress report';

async function documentXml(a: TableAModel | null, b: TableBModel | null, title = TITLE): Promise<Document> {
  return docxPart(await toDocx(a, b, { title }), 'word/document.xml');
}

function tables(doc: Document): Element[] {
  const body = first(doc, 'w:body')!;
  return kids(body, 'w:tbl');
}

function rows(table: Element): Element[] {
  return kids(table, 'w:tr');
}

/** Body paragraphs outside tables, in order. */
function paragraphs(doc: Document): string[] {
  const body = first(doc, 'w:body')!;
  return kids(body, 'w:p').map(textOf);
}

describe('Word board paper', () => {
  let doc: Document;
  let a: TableAModel;
  let b: TableBModel;
  beforeAll(async () => {
    a = bromleyTableAModel();
    b = bromleyTableBModel();
    doc = await documentXml(a, b);
  });

  it('prints every section on A4 landscape pages', () => {
    const sizes = Array.from(doc.getElementsByTagName('w:pgSz'));
    expect(sizes).toHaveLength(2);
    for (const size of sizes) {
      expect(size.getAttribute('w:orient')).toBe('landscape');
      // landscape means the page is wider than tall: 297 x 210 mm in twips
      expect(Number(size.getAttribute('w:w'))).toBe(16838);
      expect(Number(size.getAttribute('w:h'))).toBe(11906);
    }
  });

  it('opens with the title and the date the report stands at, then each table under its own heading', () => {
    const text = paragraphs(doc);
    expect(text[0]).toBe(TITLE);
    expect(text[1]).toBe('As at 12 April 2010');
    expect(text).toContain(a.title);
    expect(text).toContain(b.title);
    expect(text).toContain('Ratings compare 2008/09 results with their targets.');
    const titleStyle = attr(first(kids(first(doc, 'w:body')!, 'w:p')[0], 'w:pStyle'), 'w:val');
    expect(titleStyle).toBe('Title');
  });

  it('writes the legend of each table under it', () => {
    const text = paragraphs(doc);
    for (const line of [...a.legend, ...b.legend]) expect(text).toContain(line);
    const tableAEnd = text.indexOf(a.legend[0]);
    expect(tableAEnd).toBeLessThan(text.indexOf(b.title));
  });

  it('numbers the pages in the footer', async () => {
    const buffer = await toDocx(a, b, { title: TITLE });
    const footers = (await docxPartNames(buffer)).filter((n) => /^word\/footer\d+\.xml$/.test(n));
    expect(footers.length).toBeGreaterThan(0);
    const footer = await docxPart(buffer, footers[0]);
    const fields = Array.from(footer.getElementsByTagName('w:instrText')).map((i) =>
      (i.textContent ?? '').trim(),
    );
    expect(fields).toEqual(expect.arrayContaining(['PAGE', 'NUMPAGES']));
    expect(textOf(footer.documentElement)).toContain(TITLE);
  });

  describe('Table A', () => {
    let tableA: Element[];
    beforeAll(() => {
      tableA = rows(tables(doc)[0]);
    });

    it('has a two-level header, both rows repeated on every page and the body rows not', () => {
      expect(isHeaderRow(tableA[0])).toBe(true);
      expect(isHeaderRow(tableA[1])).toBe(true);
      expect(tableA.slice(2).some(isHeaderRow)).toBe(false);
    });

    it('puts the bands over their year columns and stretches NI and Description down both header rows', () => {
      const [band, years] = [gridCells(tableA[0]), gridCells(tableA[1])];
      const past = band.find((c) => c.text === 'Past performance')!;
      expect(past).toMatchObject({ col: 2, span: 5 });
      expect(band.find((c) => c.text === 'Future targets')).toMatchObject({ col: 7, span: 2 });
      expect(band.find((c) => c.text === 'Rating 2008/09')).toMatchObject({ col: 9, span: 2 });
      expect(band.find((c) => c.text === 'NI')).toMatchObject({ col: 0, vMerge: 'restart' });
      expect(years.find((c) => c.col === 0)).toMatchObject({ vMerge: 'continue', text: '' });
      expect(years.find((c) => c.col === 1)).toMatchObject({ vMerge: 'continue', text: '' });
      const yearHeaders = years.filter((c) => c.col >= 2).map((c) => c.text);
      expect(yearHeaders).toEqual(a.columns.slice(2).map((c) => c.header));
    });

    it('heads each outcome with a row spanning the whole table, in the order met', () => {
      const headings = tableA
        .slice(2)
        .map(gridCells)
        .filter((cells) => cells.length === 1);
      expect(headings.map((cells) => cells[0].text)).toEqual(a.groups.map((g) => g.title));
      for (const cells of headings) expect(cells[0].span).toBe(a.columns.length);
    });

    it('shows every indicator row with its figures as typed', () => {
      const body = tableA
        .slice(2)
        .map(gridCells)
        .filter((cells) => cells.length > 1);
      const expected = a.groups.flatMap((g) => g.rows);
      expect(body).toHaveLength(expected.length);
      body.forEach((cells, i) => {
        const row = expected[i];
        expect(cells.map((c) => c.text)).toEqual(a.columns.map((c) => row.cells[c.key] ?? ''));
      });
    });

    it('shades RAG cells by rating with readable text, and always writes the word', () => {
      const ragCol = a.columns.findIndex((c) => c.kind === 'rag');
      const body = tableA
        .slice(2)
        .map(gridCells)
        .filter((cells) => cells.length > 1);
      const rated = a.groups.flatMap((g) => g.rows);
      const fillByWord = new Map<string, string>();
      body.forEach((cells, i) => {
        const cell: GridCell = cells[ragCol];
        const word = rated[i].rag ?? 'Not rated';
        expect(cell.text).toBe(word);
        expect(cell.fill).toMatch(/^[0-9A-F]{6}$/i);
        expect(contrastRatio(`#${cell.fill}`, `#${cell.colour ?? '000000'}`)).toBeGreaterThanOrEqual(4.5);
        // the same word always gets the same fill
        expect(fillByWord.get(word) ?? cell.fill).toBe(cell.fill);
        fillByWord.set(word, cell.fill!);
        // a rating stands out in bold; "Not rated" is set apart in italics instead
        const run = first(cell.el, 'w:rPr')!;
        expect(first(run, 'w:b') !== null).toBe(word !== 'Not rated');
        expect(first(run, 'w:i') !== null).toBe(word === 'Not rated');
      });
      expect(new Set(fillByWord.values()).size).toBe(4);
      // figures, codes and descriptions are never shaded
      for (const cells of body) expect(cells.filter((c) => c.fill !== null)).toEqual([cells[ragCol]]);
    });
  });

  describe('Table B', () => {
    let tableB: Element[];
    beforeAll(() => {
      // Table A, its appendix, then Table B
      tableB = rows(tables(doc)[2]);
    });

    it('repeats its one header row', () => {
      expect(isHeaderRow(tableB[0])).toBe(true);
      expect(tableB.slice(1).some(isHeaderRow)).toBe(false);
      expect(gridCells(tableB[0]).map((c) => c.text)).toEqual([
        'Area of focus',
        'Summary of tasks and milestones',
        'Deadline',
        'Lead officer and partner',
        'Lead strategy group',
        'Status',
      ]);
    });

    it('merges each area of focus down over its tasks', () => {
      const body = tableB.slice(1).map(gridCells);
      expect(body).toHaveLength(b.areas.reduce((n, area) => n + area.tasks.length, 0));
      let r = 0;
      for (const area of b.areas) {
        const areaCells = body.slice(r, r + area.tasks.length).map((cells) => cells[0]);
        expect(areaCells[0]).toMatchObject({ vMerge: 'restart', text: `${area.number}. ${area.title}` });
        for (const cont of areaCells.slice(1)) expect(cont).toMatchObject({ vMerge: 'continue', text: '' });
        const taskTexts = body
          .slice(r, r + area.tasks.length)
          .map((cells) => cells.find((c) => c.col === 1)!.text);
        expect(taskTexts).toEqual(area.tasks.map((t) => `${t.number} ${t.text}`));
        r += area.tasks.length;
      }
    });

    it('shows a lead named once over the run of tasks it leads', () => {
      const area4 = b.areas.find((area) => area.number === 4)!;
      const start =
        1 + b.areas.slice(0, b.areas.indexOf(area4)).reduce((n, area) => n + area.tasks.length, 0);
      const leads = tableB
        .slice(start, start + area4.tasks.length)
        .map((row) => gridCells(row).find((c) => c.col === 3)!);
      // 4.1-4.4 one lead, 4.5 another (as in the plan), in a cell of its own
      expect(leads.map((c) => c.vMerge)).toEqual(['restart', 'continue', 'continue', 'continue', null]);
      expect(leads[0].text).toBe(area4.tasks[0].lead);
      expect(leads[4].text).toBe(area4.tasks[4].lead);
    });

    it('shades overdue, due-soon and complete statuses with the words in them', () => {
      const body = tableB.slice(1).map(gridCells);
      const tasks = b.areas.flatMap((area) => area.tasks);
      const fills = new Map<string, Set<string | null>>();
      body.forEach((cells, i) => {
        const status = cells.find((c) => c.col === 5)!;
        expect(status.text).toBe(tasks[i].statusText);
        if (!fills.has(tasks[i].status)) fills.set(tasks[i].status, new Set());
        fills.get(tasks[i].status)!.add(status.fill);
        if (status.fill) {
          expect(contrastRatio(`#${status.fill}`, `#${status.colour ?? '000000'}`)).toBeGreaterThanOrEqual(
            4.5,
          );
        }
      });
      expect([...fills.keys()].sort()).toEqual(['Complete', 'Due soon', 'Not yet due', 'Overdue']);
      expect(fills.get('Not yet due')).toEqual(new Set([null]));
      const shaded = ['Complete', 'Due soon', 'Overdue'].map((s) => [...fills.get(s)!]);
      for (const set of shaded) expect(set).toHaveLength(1);
      expect(new Set(shaded.map((s) => s[0])).size).toBe(3);
    });
  });

  it('keeps markup in a cell as text', async () => {
    const hostile = bromleyTableAModel();
    hostile.groups[0].rows[0].cells.description = '<script>alert(1)</script> & <b>bold</b>';
    const body = rows(tables(await documentXml(hostile, null))[0])
      .slice(2)
      .map(gridCells)
      .filter((cells) => cells.length > 1);
    expect(body[0][1].text).toBe('<script>alert(1)</script> & <b>bold</b>');
  });

  it('makes a paper of either table alone, titled by it when no title is given', async () => {
    const onlyB = await documentXml(null, bromleyTableBModel(), '');
    expect(tables(onlyB)).toHaveLength(1);
    expect(paragraphs(onlyB)[0]).toBe('Summary Action Plan (2009-2011)');
    // the title is not printed twice as a heading
    expect(paragraphs(onlyB).filter((p) => p === 'Summary Action Plan (2009-2011)')).toHaveLength(1);
    const onlyA = await documentXml(bromleyTableAModel(), null);
    // Table A and the appendix its codes link to
    expect(tables(onlyA)).toHaveLength(2);
    expect(textOf(rows(tables(onlyA)[1])[0])).toContain('Source cell');
    expect(onlyA.getElementsByTagName('w:pgSz')).toHaveLength(1);
  });
});
