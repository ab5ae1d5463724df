/** @jest-environment jsdom */
import { toHtml } from '../../src/export/html';
import { escapeHtml } from '../../src/export/html-escape';
import type { TableAModel, TableBModel } from '../../src/engine/report/types';
import { bromleyTableAModel, bromleyTableBModel } from './bromley-models';

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

const texts = (els: Iterable<Element>) => Array.from(els, (e) => e.textContent ?? '');

describe('HTML board report', () => {
  let a: TableAModel;
  let b: TableBModel;
  let html: string;
  let doc: Document;
  beforeAll(() => {
    a = bromleyTableAModel();
    b = bromleyTableBModel();
    html = toHtml(a, b, { title: 'CYPP progress report' });
    doc = parse(html);
  });

  it('is a British English page titled and dated', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(doc.documentElement.getAttribute('lang')).toBe('en-GB');
    expect(doc.querySelector('meta[charset]')?.getAttribute('charset')).toBe('utf-8');
    expect(doc.title).toBe('CYPP progress report');
    expect(doc.querySelector('h1')?.textContent).toBe('CYPP progress report');
    expect(doc.querySelector('.as-at')?.textContent).toBe('As at 12 April 2010');
  });

  it('needs nothing from the network and prints landscape with table headers repeated', () => {
    expect(doc.querySelectorAll('link, script, img, iframe, object, embed')).toHaveLength(0);
    for (const el of Array.from(doc.querySelectorAll('[src], [href]'))) {
      expect(el.getAttribute('src') ?? el.getAttribute('href')).not.toMatch(/^(https?:)?\/\//);
    }
    const css = texts(doc.querySelectorAll('style')).join('\n');
    expect(css).not.toMatch(/url\(|@import/);
    expect(css).toMatch(/@page\s*{[^}]*size:\s*A4 landscape/);
    expect(css).toMatch(/thead\s*{[^}]*display:\s*table-header-group/);
    expect(html).not.toMatch(/https?:\/\//);
  });

  describe('Table A', () => {
    let table: HTMLTableElement;
    beforeAll(() => {
      table = doc.querySelectorAll('table')[0] as HTMLTableElement;
    });

    it('has its title as caption and a two-row header with scoped cells', () => {
      expect(table.caption?.textContent).toBe(a.title);
      const head = table.tHead!.rows;
      expect(head).toHaveLength(2);
      const band = Array.from(head[0].cells);
      expect(band.map((c) => [c.textContent, c.colSpan, c.rowSpan])).toEqual([
        ['NI', 1, 2],
        ['Description', 1, 2],
        ['Past performance', 5, 1],
        ['Future targets', 2, 1],
        ['Rating 2008/09', 2, 1],
      ]);
      expect(band.map((c) => c.getAttribute('scope'))).toEqual([
        'col',
        'col',
        'colgroup',
        'colgroup',
        'colgroup',
      ]);
      expect(texts(head[1].cells)).toEqual(a.columns.slice(2).map((c) => c.header));
      for (const th of Array.from(head[1].cells)) expect(th.getAttribute('scope')).toBe('col');
      expect(table.querySelectorAll('colgroup col')).toHaveLength(a.columns.length);
    });

    it('groups rows under outcome headings that span the table', () => {
      const bodies = Array.from(table.tBodies);
      expect(bodies).toHaveLength(a.groups.length);
      bodies.forEach((body, i) => {
        const heading = body.rows[0].cells[0];
        expect(heading.tagName).toBe('TH');
        expect(heading.getAttribute('scope')).toBe('rowgroup');
        expect(heading.colSpan).toBe(a.columns.length);
        expect(heading.textContent).toBe(a.groups[i].title);
        const rows = Array.from(body.rows).slice(1);
        expect(rows.map((r) => texts(r.cells))).toEqual(
          a.groups[i].rows.map((row) => a.columns.map((c) => row.cells[c.key] ?? '')),
        );
      });
    });

    it('marks RAG cells with a class for their rating and the word itself', () => {
      const ragCol = a.columns.findIndex((c) => c.kind === 'rag');
      const rows = a.groups.flatMap((g) => g.rows);
      const cells = Array.from(table.tBodies).flatMap((body) =>
        Array.from(body.rows)
          .slice(1)
          .map((r) => r.cells[ragCol]),
      );
      cells.forEach((cell, i) => {
        const word = rows[i].rag ?? 'Not rated';
        expect(cell.textContent).toBe(word);
        expect(cell.className).toBe(`rag rag-${word.toLowerCase().replace(' ', '-')}`);
      });
      // the style sheet colours each class
      const css = texts(doc.querySelectorAll('style')).join('\n');
      for (const cls of ['green', 'amber', 'red', 'not-rated']) {
        expect(css).toMatch(new RegExp(`td\\.rag-${cls} {[^}]*background: #`));
      }
    });
  });

  describe('Table B', () => {
    let table: HTMLTableElement;
    beforeAll(() => {
      table = doc.querySelector('section.table-b table') as HTMLTableElement;
    });

    it('has its caption and one header row of scoped cells', () => {
      expect(table.caption?.textContent).toBe(b.title);
      expect(table.tHead!.rows).toHaveLength(1);
      expect(Array.from(table.tHead!.rows[0].cells).every((c) => c.getAttribute('scope') === 'col')).toBe(
        true,
      );
    });

    it('heads each area of focus with a cell spanning its tasks', () => {
      const bodies = Array.from(table.tBodies);
      expect(bodies).toHaveLength(b.areas.length);
      bodies.forEach((body, i) => {
        const area = b.areas[i];
        const head = body.rows[0].cells[0];
        expect(head.getAttribute('scope')).toBe('rowgroup');
        expect(head.rowSpan).toBe(area.tasks.length);
        expect(head.textContent).toBe(`${area.number}. ${area.title}`);
        expect(body.rows).toHaveLength(area.tasks.length);
      });
    });

    it('writes each status as words, coloured by class where it needs attention', () => {
      const cells = Array.from(table.querySelectorAll('td.status'));
      const tasks = b.areas.flatMap((area) => area.tasks);
      expect(texts(cells)).toEqual(tasks.map((t) => t.statusText));
      const classOf = (status: string) =>
        new Set(cells.filter((c) => c.getAttribute('data-status') === status).map((c) => c.className));
      expect(classOf('Overdue')).toEqual(new Set(['status rag-red']));
      expect(classOf('Due soon')).toEqual(new Set(['status rag-amber']));
      expect(classOf('Complete')).toEqual(new Set(['status rag-green']));
      expect(classOf('Not yet due')).toEqual(new Set(['status']));
    });
  });

  describe('hostile cells', () => {
    const SCRIPT = '<script>alert(1)</script>';
    const IMG = '<img src=x onerror=alert(1)>';
    const QUOTES = `Tom's "quoted" & <b>bold</b>`;
    let hostileDoc: Document;
    let hostileHtml: string;
    beforeAll(() => {
      const ha = bromleyTableAModel();
      ha.title = SCRIPT;
      ha.groups[0].title = QUOTES;
      ha.groups[0].rows[0].cells.description = SCRIPT;
      ha.groups[0].rows[0].cells.a0809 = IMG;
      ha.columns[2].header = '"><script>alert(2)</script>';
      ha.legend = [IMG];
      const hb = bromleyTableBModel();
      hb.areas[0].title = IMG;
      hb.areas[0].tasks[0].status = 'Overdue';
      hb.areas[0].tasks[0].statusText = `" onmouseover="alert(3)`;
      hb.areas[0].tasks[1].lead = 'Line one\nLine <two>';
      hostileHtml = toHtml(ha, hb, { title: `</title><script>alert(4)</script>` });
      hostileDoc = parse(hostileHtml);
    });

    it('stays text: no element, attribute or handler comes from a cell', () => {
      expect(hostileDoc.querySelectorAll('script, img')).toHaveLength(0);
      expect(hostileDoc.querySelectorAll('b')).toHaveLength(0);
      const all = Array.from(hostileDoc.querySelectorAll('*'));
      expect(all.flatMap((el) => el.getAttributeNames()).filter((n) => n.startsWith('on'))).toEqual([]);
    });

    it('shows the officer exactly what they typed', () => {
      expect(hostileDoc.title).toBe('</title><script>alert(4)</script>');
      const tableA = hostileDoc.querySelectorAll('table')[0] as HTMLTableElement;
      expect(tableA.caption?.textContent).toBe(SCRIPT);
      expect(tableA.tBodies[0].rows[0].cells[0].textContent).toBe(QUOTES);
      const row = tableA.tBodies[0].rows[1];
      expect(row.cells[1].textContent).toBe(SCRIPT);
      expect(row.cells[5].textContent).toBe(IMG);
      expect(tableA.tHead!.rows[1].cells[0].textContent).toBe('"><script>alert(2)</script>');
      expect(texts(hostileDoc.querySelectorAll('.key p'))).toContain(IMG);
      const tableB = hostileDoc.querySelector('section.table-b table') as HTMLTableElement;
      expect(tableB.tBodies[0].rows[0].cells[0].textContent).toBe(`1. ${IMG}`);
      expect(tableB.querySelector('td.status')?.textContent).toBe(`" onmouseover="alert(3)`);
    });

    it('keeps an officer line break as a line break', () => {
      const tableB = hostileDoc.querySelector('section.table-b table') as HTMLTableElement;
      const lead = Array.from(tableB.tBodies[0].rows[1].cells).find((c) =>
        c.textContent?.startsWith('Line one'),
      )!;
      expect(lead.innerHTML).toBe('Line one<br>Line &lt;two&gt;');
    });
  });

  it('escapes the five characters markup can break out with, and nothing else', () => {
    expect(escapeHtml(`a&b<c>d"e'f`)).toBe('a&amp;b&lt;c&gt;d&quot;e&#39;f');
    expect(escapeHtml('7.3% (9.6%) – £5')).toBe('7.3% (9.6%) – £5');
    // the same pattern twice in a row: a stateful /g test would skip the second
    expect([escapeHtml('<x>'), escapeHtml('<x>')]).toEqual(['&lt;x&gt;', '&lt;x&gt;']);
  });

  it('makes a page of either table alone', () => {
    const onlyA = parse(toHtml(bromleyTableAModel(), null, {}));
    // Table A and the appendix its codes link to
    expect(Array.from(onlyA.querySelectorAll('table')).map((t) => t.closest('section')?.className)).toEqual([
      'table-a',
      'appendix',
    ]);
    expect(onlyA.title).toBe('Targets for Children and Young People Services');
    const onlyB = parse(toHtml(null, bromleyTableBModel(), {}));
    expect(onlyB.querySelectorAll('table')).toHaveLength(1);
    expect(onlyB.querySelector('caption')?.textContent).toBe('Summary Action Plan (2009-2011)');
  });
});
