/**
 * Links true or gone (issue 14): in the Word and HTML papers each Table A code links
 * to its row in the appendix, that row names the source cell (which holds the
 * indicator), and the key says so; a paper without the appendix has no links and its
 * key claims none.
 */
import { JSDOM } from 'jsdom';
import { parseA1 } from '../../src/engine/model/a1';
import type { WorkbookSnapshot } from '../../src/engine/model/snapshot';
import type { TableAModel } from '../../src/engine/report/types';
import { toDocx } from '../../src/export/docx';
import { toHtml } from '../../src/export/html';
import { APPENDIX_KEY, APPENDIX_MAX_ROWS, APPENDIX_TITLE } from '../../src/export/source-appendix';
import { analyse } from '../../src/pipeline/analyse';
import { reportPlan } from '../../src/pipeline/report-plan';
import { fixtureWorkbook } from '../fixtures/build-fixtures';
import { toSnapshot } from '../fixtures/spec';
import { docxPart, first, kids, textOf } from './docx-xml';

let snapshot: WorkbookSnapshot;
let model: TableAModel;
const rowCount = (m: TableAModel) => m.groups.reduce((n, g) => n + g.rows.length, 0);

beforeAll(() => {
  snapshot = toSnapshot(fixtureWorkbook('oxfordshire-nis'));
  model = reportPlan(analyse(snapshot, { settings: { asOf: '2010-06-30' } })).tableA!;
});

/** What the workbook holds at "'Sheet'!C7". */
function valueAt(ref: string): string {
  const m = /^'((?:[^']|'')+)'!([A-Z]+\d+)$/.exec(ref);
  if (!m) throw new Error(`not a cell reference: ${ref}`);
  const sheet = snapshot.sheets.find((s) => s.name === m[1].replace(/''/g, "'"))!;
  const { row, col } = parseA1(m[2]);
  return String(sheet.values[row - sheet.origin.row]?.[col - sheet.origin.col] ?? '');
}

describe('HTML', () => {
  let doc: Document;
  beforeAll(() => {
    doc = new JSDOM(toHtml(model, null)).window.document;
  });

  it('links every code of Table A to its appendix row, which names a source cell holding the indicator', () => {
    const links = Array.from(doc.querySelectorAll('section.table-a tbody a'));
    expect(links).toHaveLength(rowCount(model));
    for (const a of links) {
      const target = doc.getElementById(a.getAttribute('href')!.slice(1));
      expect(target?.closest('section')?.className).toBe('appendix');
      const [code, , source] = Array.from(target!.children).map((c) => c.textContent ?? '');
      expect(code).toBe(a.textContent);
      // Oxfordshire writes the code at the end of the title: "... (NI 43)"
      expect(valueAt(source)).toContain(`(${code})`);
    }
  });

  it('says so in the key, and the appendix links back to Table A', () => {
    expect(doc.querySelector('section.table-a .key')?.textContent).toContain(APPENDIX_KEY);
    expect(doc.querySelector('section.appendix caption')?.textContent).toBe(APPENDIX_TITLE);
    const back = doc.querySelector('section.appendix p a')!;
    expect(doc.getElementById(back.getAttribute('href')!.slice(1))?.className).toBe('table-a');
  });

  it("gives each row the rating's reason", () => {
    const ni43 = Array.from(doc.querySelectorAll('section.appendix tbody tr')).find(
      (tr) => tr.children[0].textContent === 'NI 43',
    )!;
    expect(ni43.children[3].textContent).toMatch(/^2009\/10: 5\.4%/);
  });
});

/** The table row an element sits in (closest() takes CSS, which has no w: prefixes). */
function rowAround(el: Element): Element {
  let at: Element | null = el;
  while (at && at.tagName !== 'w:tr') at = at.parentElement;
  if (!at) throw new Error('not in a table row');
  return at;
}

describe('Word', () => {
  it('links every code to a bookmark in the appendix and says so in the key', async () => {
    const doc = await docxPart(await toDocx(model, null), 'word/document.xml');
    const body = first(doc, 'w:body')!;
    // told apart by their headers: the paper may hold other tables (the summary's counts)
    const tables = kids(body, 'w:tbl');
    const headed = (words: string) => tables.find((t) => textOf(kids(t, 'w:tr')[0]).includes(words))!;
    const tableA = headed('Description');
    const appendix = headed('Source cell');
    const links = Array.from(tableA.getElementsByTagName('w:hyperlink'));
    expect(links).toHaveLength(rowCount(model));
    const marks = new Map(
      Array.from(appendix.getElementsByTagName('w:bookmarkStart')).map((b) => [
        b.getAttribute('w:name'),
        rowAround(b),
      ]),
    );
    for (const link of links) {
      const row = marks.get(link.getAttribute('w:anchor'));
      expect(row).toBeDefined();
      const cells = kids(row!, 'w:tc').map((tc) => textOf(tc));
      expect(cells[0]).toBe(textOf(link));
      expect(valueAt(cells[2])).toContain(`(${cells[0]})`);
    }
    expect(textOf(body)).toContain(APPENDIX_KEY);
  }, 60_000);
});

describe('a Table A too long for an appendix', () => {
  const big: TableAModel = {
    title: 'Table A',
    asOf: '2010-06-30',
    ratedYear: '2009/10',
    columns: [
      { key: 'code', header: 'Indicator', band: null, kind: 'code' },
      { key: 'description', header: 'Description', band: null, kind: 'description' },
    ],
    groups: [
      {
        title: 'Other indicators',
        rows: Array.from({ length: APPENDIX_MAX_ROWS + 1 }, (_, i) => ({
          code: `CSC ${i}`,
          description: `Local indicator ${i}`,
          cells: {},
          rag: null,
          reason: '',
          local: true,
          source: { sheet: 'Plan', cell: `A${i + 2}` },
        })),
      },
    ],
    legend: ['RAG: Green = the target is met.'],
  };

  it('has no links in HTML, and its key claims none', () => {
    const html = toHtml(big, null);
    expect(html).not.toContain('<a href="#ind-');
    expect(html).not.toContain(APPENDIX_TITLE);
    expect(html).not.toContain(APPENDIX_KEY);
  });
});
