/**
 * The exports fed by the real pipeline on the bundled sample workbook, so the
 * words the report builders actually write ("Green (2008/09)", "Not rated:
 * actual nya: June 2010", arrows in direction) are shaded and laid out as the
 * hand-built models are.
 */
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import type { TableAModel, TableBModel } from '../../src/engine/report/types';
import { toCsv } from '../../src/export/csv';
import { toDocx } from '../../src/export/docx';
import { toHtml } from '../../src/export/html';
import { readWorkbookFile } from '../../src/gateways/xlsx/read';
import { analyse } from '../../src/pipeline/analyse';
import { reportPlan } from '../../src/pipeline/report-plan';
import { docxPart, first, gridCells, isHeaderRow, kids } from './docx-xml';

let a: TableAModel;
let b: TableBModel;

beforeAll(async () => {
  const { snapshot } = await readWorkbookFile(resolve(__dirname, '../../samples/sample-plan.xlsx'));
  const report = reportPlan(analyse(snapshot, { settings: { asOf: '2010-04-12' } }));
  a = report.tableA!;
  b = report.tableB!;
  expect(a.groups.length).toBeGreaterThan(0);
  expect(b.areas.length).toBeGreaterThan(0);
});

const firstWord = (text: string) => (text.startsWith('Not rated') ? 'Not rated' : text.split(/[\s(:]/)[0]);

it('HTML: every rated cell carries the class of the word it shows', () => {
  const doc = new JSDOM(toHtml(a, b)).window.document;
  const ragCells = Array.from(doc.querySelectorAll('table')[0].querySelectorAll('td.rag'));
  const rows = a.groups.flatMap((g) => g.rows).filter((r) => (r.cells.rag ?? '') !== '');
  expect(ragCells).toHaveLength(rows.length);
  const words = new Set<string>();
  for (const cell of ragCells) {
    const word = firstWord(cell.textContent ?? '');
    words.add(word);
    expect(cell.classList.contains(`rag-${word.toLowerCase().replace(' ', '-')}`)).toBe(true);
  }
  // the sample exercises every shade
  expect([...words].sort()).toEqual(['Amber', 'Green', 'Not rated', 'Red']);
  expect(doc.body.textContent).not.toMatch(/undefined|null|\[object/);
});

it('Word: the header repeats, every row is there and rated cells are filled', async () => {
  const doc = await docxPart(await toDocx(a, b, { title: 'Sample' }), 'word/document.xml');
  // Table A, the appendix its codes link to, Table B
  const [tableA, , tableB] = kids(first(doc, 'w:body')!, 'w:tbl');
  const rowsA = kids(tableA, 'w:tr');
  expect(rowsA.slice(0, 2).every(isHeaderRow)).toBe(true);
  const ragCol = a.columns.findIndex((c) => c.kind === 'rag');
  const body = rowsA
    .slice(2)
    .map(gridCells)
    .filter((cells) => cells.length > 1);
  expect(body).toHaveLength(a.groups.reduce((n, g) => n + g.rows.length, 0));
  for (const cells of body) {
    const rag = cells.find((c) => c.col === ragCol)!;
    expect(rag.fill !== null).toBe(rag.text !== '');
  }
  expect(kids(tableB, 'w:tr').length).toBe(
    1 + b.areas.reduce((n, ar) => n + Math.max(1, ar.tasks.length), 0),
  );
}, 30_000);

it('CSV: one line per indicator and per task, each with its heading', () => {
  const linesA = toCsv(a).split('\r\n').filter(Boolean);
  const linesB = toCsv(b).split('\r\n').filter(Boolean);
  // the sample has no line breaks inside cells, so records and lines agree
  expect(linesA).toHaveLength(1 + a.groups.reduce((n, g) => n + g.rows.length, 0));
  expect(linesB).toHaveLength(1 + b.areas.reduce((n, ar) => n + Math.max(1, ar.tasks.length), 0));
});
