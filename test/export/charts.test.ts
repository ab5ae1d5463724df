/**
 * The board paper's pictures, read back as a reader gets them: the HTML's summary
 * SVGs and count table hold the counts in words and numbers, each Table A row's
 * trend line is named by the figures it draws; the .docx holds each picture as SVG
 * with a PNG fallback and alt text, the words beside them; the PNGs are real
 * pictures of their shapes. Models come from the bundled sample through the pipeline.
 */
import { resolve } from 'node:path';
import { unzlibSync } from 'fflate';
import JSZip from 'jszip';
import { JSDOM } from 'jsdom';
import { RAG_ORDER, summaryCounts, tallyWords } from '../../src/engine/report/summary-counts';
import type { TableAModel, TableARow } from '../../src/engine/report/types';
import { scenePng } from '../../src/export/charts/raster';
import { trendName, trendOf } from '../../src/export/charts/trend';
import { toDocx } from '../../src/export/docx';
import { toHtml } from '../../src/export/html';
import { readWorkbookFile } from '../../src/gateways/xlsx/read';
import { analyse } from '../../src/pipeline/analyse';
import { reportPlan } from '../../src/pipeline/report-plan';
import { docxPart, first, kids, textOf } from './docx-xml';

let a: TableAModel;
let rows: TableARow[];

beforeAll(async () => {
  const { snapshot } = await readWorkbookFile(resolve(__dirname, '../../samples/sample-plan.xlsx'));
  a = reportPlan(analyse(snapshot, { settings: { asOf: '2010-04-12' } })).tableA!;
  rows = a.groups.flatMap((g) => g.rows);
});

const row = (code: string) => rows.find((r) => r.code === code)!;

describe('trend read from a Table A row', () => {
  it('takes the printed figures by year, comparators in brackets left off', () => {
    // NI 55 in the sample: 2007/08 8.4% (9.9%), 2008/09 7.3% (9.6%), rated 2008/09 against 8%
    const t = trendOf(a.columns, row('NI 55'), 2009)!;
    expect(t.actuals.map((p) => [p.year, p.text, p.value])).toEqual([
      [2007, '8.4%', 8.4],
      [2008, '7.3%', 7.3],
    ]);
    // the 2008/09 target the row was rated against comes from the rated column's "2008/09: 8%"
    expect(t.targets.map((p) => [p.year, p.text])).toEqual([
      [2008, '8%'],
      [2009, '8%'],
      [2010, '8%'],
    ]);
  });

  it('names a local indicator without a code by its description', () => {
    const local = rows.find((r) => r.code === 'Local' && trendOf(a.columns, r, 2009) !== null)!;
    expect(trendName(local)).toBe(`${local.description.slice(0, 59).trimEnd()}…`);
    expect(trendName(row('NI 55'))).toBe('NI 55');
  });

  it('draws nothing from words: a row with one figure has no trend', () => {
    const only = { ...row('NI 55'), cells: { 'actual:2008': '7.3%', 'target:2009': 'No target' } };
    expect(trendOf(a.columns, only, 2009)).toBeNull();
  });
});

describe('HTML', () => {
  let doc: Document;
  beforeAll(() => {
    doc = new JSDOM(toHtml(a, null)).window.document;
  });

  it('opens with the summary, before Table A', () => {
    const sections = Array.from(doc.querySelectorAll('main > section')).map((s) => s.className);
    expect(sections.slice(0, 2)).toEqual(['summary', 'table-a']);
    const c = summaryCounts(a);
    expect(doc.querySelector('.summary p')!.textContent).toContain(tallyWords(c.all));
  });

  it('draws RAG by outcome as an image named by its title and the counts in words', () => {
    const svg = doc.querySelector('.summary svg.chart')!;
    expect(svg.getAttribute('role')).toBe('img');
    // named by its title, described by its figures in words
    const [titleId, descId] = [svg.getAttribute('aria-labelledby')!, svg.getAttribute('aria-describedby')!];
    expect(doc.getElementById(titleId)!.textContent).toBe('RAG ratings by outcome');
    const desc = doc.getElementById(descId)!.textContent!;
    const texts = Array.from(svg.querySelectorAll('text')).map((t) => t.textContent);
    for (const g of summaryCounts(a).groups) {
      expect(desc).toContain(`${g.title}: ${tallyWords(g.rag)}.`);
      // the words are drawn as text beside each bar, not left to the colours
      expect(texts).toContain(g.title);
      expect(texts).toContain(`${tallyWords(g.rag)} (${g.rag.total})`);
    }
    for (const k of RAG_ORDER) expect(texts).toContain(k);
  });

  it("puts a long heading's counts under it rather than over it, and cuts only the picture's copy", () => {
    const long =
      'Staying safe: children and young people are protected from maltreatment, neglect, violence and sexual exploitation';
    const model = { ...a, groups: [{ ...a.groups[0], title: long }, ...a.groups.slice(1)] };
    const page = new JSDOM(toHtml(model, null)).window.document;
    const svg = page.querySelector('.summary svg.chart')!;
    const texts = Array.from(svg.querySelectorAll('text'));
    const name = texts.find((t) => t.textContent!.startsWith('Staying safe: children'))!;
    expect(name.textContent!.endsWith('…')).toBe(true);
    expect(name.textContent!.length).toBeLessThan(long.length);
    const words = texts[texts.indexOf(name) + 1];
    expect(words.textContent).toBe(
      `${tallyWords(summaryCounts(model).groups[0].rag)} (${model.groups[0].rows.length})`,
    );
    expect(words.getAttribute('text-anchor')).toBe('start');
    expect(Number(words.getAttribute('y'))).toBeGreaterThan(Number(name.getAttribute('y')));
    // the whole heading is still there for screen readers and narrow screens
    expect(page.getElementById('summary-rag-desc')!.textContent).toContain(long);
    expect(page.querySelector('.summary [role="table"] [role="rowheader"]')!.textContent).toBe(long);
  });

  it('gives screen readers the same counts as a table', () => {
    const table = doc.querySelector('.summary [role="table"]')!;
    const cells = Array.from(table.querySelectorAll('[role="row"]')).map((r) =>
      Array.from(r.children).map((c) => c.textContent),
    );
    expect(cells[0]).toEqual(['Outcome', 'Green', 'Amber', 'Red', 'Not rated', 'Total']);
    const c = summaryCounts(a);
    c.groups.forEach((g, i) =>
      expect(cells[i + 1]).toEqual([g.title, ...RAG_ORDER.map((k) => String(g.rag[k])), String(g.rag.total)]),
    );
    expect(cells[c.groups.length + 1]).toEqual([
      'All indicators',
      ...RAG_ORDER.map((k) => String(c.all[k])),
      String(c.all.total),
    ]);
  });

  it('draws direction of travel with each arrow, word and count as text', () => {
    const svg = doc.querySelectorAll('.summary svg.chart')[1];
    const texts = Array.from(svg.querySelectorAll('text')).map((t) => t.textContent);
    const improving = summaryCounts(a).direction.find((d) => d.key === 'Improving')!.count;
    expect(improving).toBeGreaterThan(0);
    const at = texts.indexOf('▲ Improving');
    expect(at).toBeGreaterThanOrEqual(0);
    expect(texts[at + 1]).toBe(String(improving));
  });

  it('puts a trend line under each description with two figures or more, named by its figures', () => {
    const tableA = doc.querySelector('section.table-a table')!;
    const withTrend = rows.filter((r) => trendOf(a.columns, r, 2009) !== null);
    const sparks = Array.from(tableA.querySelectorAll('td svg.spark'));
    expect(sparks).toHaveLength(withTrend.length);
    expect(withTrend.length).toBeGreaterThan(rows.length / 2);
    const ni55 = sparks.find((s) => s.getAttribute('aria-label')!.startsWith('Trend of NI 55:'))!;
    expect(ni55.getAttribute('role')).toBe('img');
    expect(ni55.getAttribute('aria-label')).toBe(
      'Trend of NI 55: actuals 2007/08 8.4%, 2008/09 7.3%; targets 2008/09 8%, 2009/10 8%, 2010/11 8%',
    );
    // solid actuals with filled dots, dashed targets with open dots
    expect(ni55.querySelectorAll('polyline:not([stroke-dasharray])')).toHaveLength(1);
    expect(ni55.querySelectorAll('polyline[stroke-dasharray]')).toHaveLength(1);
    expect(ni55.querySelectorAll('g[fill="#FFFFFF"] > circle')).toHaveLength(3);
    expect(ni55.querySelectorAll('g[fill="#1F4E79"] > circle')).toHaveLength(2);
    // the description's own words stay the cell's text
    expect(ni55.closest('td')!.textContent).toBe(row('NI 55').description);
  });
});

describe('Word', () => {
  let docx: Uint8Array;
  let doc: Document;
  beforeAll(async () => {
    docx = await toDocx(a, null, { title: 'Board' });
    doc = await docxPart(docx, 'word/document.xml');
  }, 60_000);

  it('holds every picture as SVG with a PNG fallback, each with alt text', async () => {
    const zip = await JSZip.loadAsync(docx);
    const media = Object.keys(zip.files).filter((n) => n.startsWith('word/media/'));
    const drawings = Array.from(doc.getElementsByTagName('wp:docPr'));
    const c = summaryCounts(a);
    const bars = c.groups.length + c.direction.filter((d) => d.count > 0).length;
    const sparks = rows.filter((r) => trendOf(a.columns, r, 2009) !== null).length;
    expect(drawings).toHaveLength(bars + sparks);
    // each picture: its PNG in a:blip, its SVG in the blip's svgBlip extension, both files in word/media
    const rels = await docxPart(docx, 'word/_rels/document.xml.rels');
    const target = new Map(
      Array.from(rels.getElementsByTagName('Relationship')).map((r) => [
        r.getAttribute('Id'),
        r.getAttribute('Target'),
      ]),
    );
    const blips = Array.from(doc.getElementsByTagName('a:blip'));
    expect(blips).toHaveLength(drawings.length);
    for (const blip of blips) {
      const png = target.get(blip.getAttribute('r:embed'))!;
      const svg = target.get(first(blip, 'asvg:svgBlip')!.getAttribute('r:embed'))!;
      expect([png, svg]).toEqual([expect.stringMatching(/\.png$/), expect.stringMatching(/\.svg$/)]);
      expect(media).toEqual(expect.arrayContaining([`word/${png}`, `word/${svg}`]));
    }
    for (const d of drawings) expect(d.getAttribute('descr')).toMatch(/\S/);
    const descs = drawings.map((d) => d.getAttribute('descr'));
    expect(descs).toContain(`${c.groups[0].title}: ${tallyWords(c.groups[0].rag)}.`);
    expect(descs).toContain(
      'Trend of NI 55: actuals 2007/08 8.4%, 2008/09 7.3%; targets 2008/09 8%, 2009/10 8%, 2010/11 8%',
    );
  });

  it('writes the counts as words beside the bars, then breaks the page before Table A', () => {
    const body = first(doc, 'w:body')!;
    const paragraphs = kids(body, 'w:p');
    const texts = paragraphs.map(textOf);
    const c = summaryCounts(a);
    expect(texts).toContain('Summary');
    for (const g of c.groups) expect(texts).toContain(`${g.title}: ${tallyWords(g.rag)} (${g.rag.total})`);
    const breakAt = paragraphs.findIndex((p) => first(p, 'w:br')?.getAttribute('w:type') === 'page');
    expect(breakAt).toBeGreaterThan(texts.indexOf('Summary'));
    expect(texts.indexOf(a.title)).toBeGreaterThan(breakAt);
  });

  it('ends the description cell with the trend, its text unchanged', () => {
    const table = kids(first(doc, 'w:body')!, 'w:tbl')[0];
    const cell = Array.from(table.getElementsByTagName('w:tc')).find(
      (tc) => textOf(tc) === row('NI 55').description,
    )!;
    expect(cell).toBeDefined();
    expect(first(cell, 'wp:docPr')!.getAttribute('descr')).toMatch(/^Trend of NI 55: /);
  });
});

describe('PNG fallback', () => {
  /** The RGB of pixel (x, y) of a PNG written by scenePng (filter 0 rows). */
  function pixel(png: Uint8Array, x: number, y: number): string {
    const view = new DataView(png.buffer, png.byteOffset);
    const width = view.getUint32(16);
    const idat = png.indexOf(0x49, 33); // 'I' of the IDAT after IHDR
    const length = view.getUint32(idat - 4);
    const raw = unzlibSync(png.subarray(idat + 4, idat + 4 + length));
    const i = y * (width * 3 + 1) + 1 + x * 3;
    return Array.from(raw.subarray(i, i + 3), (v: number) => v.toString(16).padStart(2, '0')).join('');
  }

  it('draws the shapes where they are, at twice their size, white elsewhere', () => {
    const png = scenePng({
      width: 40,
      height: 20,
      shapes: [
        { kind: 'rect', x: 0, y: 0, w: 10, h: 10, fill: '#C6EFCE' },
        {
          kind: 'line',
          points: [
            [0, 15],
            [40, 15],
          ],
          stroke: '#1F4E79',
          width: 2,
          dash: [4, 4],
        },
      ],
    });
    expect(Array.from(png.subarray(0, 8))).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    const view = new DataView(png.buffer, png.byteOffset);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([80, 40]);
    expect(pixel(png, 10, 10)).toBe('c6efce');
    expect(pixel(png, 30, 10)).toBe('ffffff');
    // a dash, then a gap, along the line
    expect(pixel(png, 4, 30)).toBe('1f4e79');
    expect(pixel(png, 12, 30)).toBe('ffffff');
  });
});

describe('trend lines in a paper of thousands of indicators', () => {
  const sized = (n: number): TableAModel => ({
    ...a,
    groups: [{ ...a.groups[0], rows: Array.from({ length: n }, (_, i) => rows[i % rows.length]) }],
  });
  const sparks = (html: string) => new JSDOM(html).window.document.querySelectorAll('svg.spark').length;

  it('draws one per row up to 2,000 indicators and says so when a bigger paper has none', () => {
    const small = toHtml(sized(2000), null);
    expect(sparks(small)).toBeGreaterThan(1000);
    expect(small).not.toContain('Trend lines are drawn for papers of up to');
    const big = toHtml(sized(2001), null);
    expect(sparks(big)).toBe(0);
    expect(big).toContain('Trend lines are drawn for papers of up to 2,000 indicators.');
  });
});
