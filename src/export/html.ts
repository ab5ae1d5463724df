/**
 * Table A and Table B as one self-contained, printable HTML file: inline CSS and
 * nothing fetched from anywhere, A4 landscape when printed with each table's
 * header repeated on every page, captions and scoped header cells for screen
 * readers, RAG and status cells carrying a class and the word. Every piece of
 * text from the models is escaped.
 */
import type { TableAModel, TableARow, TableBModel } from '../engine/report/types';
import { HEADER_SHADE, HEADING_SHADE, SHADES, STATUS_RAG, type ShadeKey } from './colours';
import { longDate } from '../engine/model/dates';
import { escapeHtml as esc } from './html-escape';
import { documentTitle, ratedYearLine, reportDate } from './report-text';
import { tableACell, tableAFit, tableAHeaderRows } from './table-a-layout';
import { APPENDIX_KEY, APPENDIX_MAX_ROWS, sourceAppendix, type SourceAppendix } from './source-appendix';
import { APPENDIX_CSS, TABLE_A_ID, appendixSection, codeLink } from './html-appendix';
import { AREA_HEADER, TABLE_B_TASK_COLUMNS, areaLabel, runSpans, tableBWidths } from './table-b-layout';
import { chartCss, sparklineHtml, summarySection } from './charts/html-charts';

export interface HtmlOptions {
  title?: string;
}

const RAG_CLASS: Record<ShadeKey, string> = {
  Green: 'rag-green',
  Amber: 'rag-amber',
  Red: 'rag-red',
  'Not rated': 'rag-not-rated',
};

function ragCss(): string {
  return (Object.keys(RAG_CLASS) as ShadeKey[])
    .map((k) => {
      const { fill, text, italic } = SHADES[k];
      const font = italic ? ' font-style: italic; font-weight: normal;' : '';
      return `td.${RAG_CLASS[k]} { background: #${fill}; color: #${text};${font} }`;
    })
    .join('\n');
}

function styleSheet(): string {
  return `
@page { size: A4 landscape; margin: 12mm; }
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font: 10pt/1.35 Arial, Helvetica, sans-serif; color: #000; background: #fff; margin: 16px; }
h1 { font-size: 18pt; margin: 0 0 2px; }
.as-at { font-weight: bold; margin: 0 0 16px; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; margin: 0 0 8px; }
caption { text-align: left; font-size: 14pt; font-weight: bold; padding: 4px 0 6px; }
th, td { border: 1px solid #7f7f7f; padding: 3px 5px; vertical-align: top; text-align: left; overflow-wrap: normal; word-break: normal; hyphens: manual; }
.keep { white-space: nowrap; }
.scroll { overflow-x: auto; }
@media screen { .table-a table { min-width: 1150px; } .table-b table { min-width: 860px; } }
thead th { background: #${HEADER_SHADE.fill}; color: #${HEADER_SHADE.text}; text-align: center; vertical-align: middle; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
.table-b tbody { break-inside: avoid; page-break-inside: avoid; }
tr.outcome th { background: #${HEADING_SHADE.fill}; color: #${HEADING_SHADE.text}; }
td.figure, td.status, td.rag { text-align: center; vertical-align: middle; }
td.rag, td.status[class*="rag-"] { font-weight: bold; text-align: center; }
${ragCss()}
${APPENDIX_CSS}
${chartCss()}
.rated-year { margin: 0 0 6px; }
.key h3 { font-size: 11pt; margin: 8px 0 2px; }
.key p { margin: 0 0 3px; }
section + section { break-before: page; page-break-before: always; }
@media screen { section + section { margin-top: 32px; } }
@media print { body { font-size: 8.5pt; line-height: 1.25; margin: 0; } h1 { font-size: 16pt; } caption { font-size: 12pt; } }
`.trim();
}

const EXPECTED = /\(expected ([^)]*)\)/g;

/** A trajectory's "(expected -18.73%)" may wrap after "(expected", never inside the figure. */
function cellText(value: string): string {
  const t = text(value);
  return t.includes('(expected ') ? t.replace(EXPECTED, '(expected <span class="keep">$1)</span>') : t;
}

/**
 * On screen Table A is never narrower than its words need (about 7.5 px a character at
 * 10pt, padding included), so a wide table scrolls sideways instead of its words
 * overflowing their cells; print fits the page by its own smaller text.
 */
function screenWidth(chars: number): string {
  return `<style>@media screen { .table-a table { min-width: ${Math.max(1150, Math.ceil(chars * 7.5))}px; } }</style>`;
}

/** Escaped, with the officer's line breaks kept. */
function text(value: string): string {
  const escaped = esc(value);
  return escaped.includes('\n') ? escaped.replace(/\r?\n/g, '<br>') : escaped;
}

function colgroup(fractions: number[]): string {
  const cols = fractions.map((f) => `<col style="width: ${(f * 100).toFixed(2)}%">`).join('');
  return `<colgroup>${cols}</colgroup>`;
}

function spanAttrs(colSpan: number, rowSpan: number): string {
  return (colSpan > 1 ? ` colspan="${colSpan}"` : '') + (rowSpan > 1 ? ` rowspan="${rowSpan}"` : '');
}

function legend(lines: string[]): string {
  if (lines.length === 0) return '';
  return `<div class="key"><h3>Key</h3>${lines.map((l) => `<p>${text(l)}</p>`).join('')}</div>`;
}

function tableAHead(a: TableAModel): string {
  return tableAHeaderRows(a.columns)
    .map(
      (row) =>
        `<tr>${row
          .map((h) => `<th scope="${h.scope}"${spanAttrs(h.colSpan, h.rowSpan)}>${text(h.text)}</th>`)
          .join('')}</tr>`,
    )
    .join('\n');
}

/**
 * Past the appendix's limit a paper is a listing read on screen, not tabled: it has no trend lines
 * either (at 100k indicators they were 90 MB of a 139 MB file), and its key says so.
 */
const TREND_LINES_MAX_ROWS = APPENDIX_MAX_ROWS;
const NO_TREND_LINES = `Trend lines are drawn for papers of up to ${TREND_LINES_MAX_ROWS.toLocaleString('en-GB')} indicators.`;

function tableARow(a: TableAModel, row: TableARow, app: SourceAppendix | null, trends: boolean): string {
  let out = '<tr>';
  for (const column of a.columns) {
    const cell = tableACell(row, column);
    const classes =
      cell.shade !== null ? `rag ${RAG_CLASS[cell.shade]}` : column.kind === 'description' ? '' : 'figure';
    if (column.kind === 'code') {
      out += `<td class="figure">${codeLink(app, row, cellText(cell.text))}</td>`;
      continue;
    }
    // the trend line sits under the description it belongs to
    const spark = trends && column.kind === 'description' ? sparklineHtml(a, row) : '';
    out += `<td${classes ? ` class="${classes}"` : ''}>${cellText(cell.text)}${spark}</td>`;
  }
  return out + '</tr>';
}

/** Rows per piece: a 100k-row table is never one string of row strings at once. */
const ROWS_PER_PIECE = 2000;

/** Table A in pieces of at most ROWS_PER_PIECE rows, so a caller can encode each and let it go. */
function* tableA(a: TableAModel): Generator<string> {
  // each code links to its row in the appendix, when the paper has one
  const app = sourceAppendix(a);
  const trends = a.groups.reduce((n, g) => n + g.rows.length, 0) <= TREND_LINES_MAX_ROWS;
  const fit = tableAFit(a);
  yield [
    `<section class="table-a" id="${TABLE_A_ID}">`,
    screenWidth(fit.chars),
    // narrow screens scroll the table sideways rather than break its words
    `<div class="scroll">`,
    `<table>`,
    `<caption>${text(a.title)}</caption>`,
    colgroup(fit.fractions),
    `<thead>\n${tableAHead(a)}\n</thead>`,
  ].join('\n');
  for (const group of a.groups) {
    let piece = `\n<tbody>\n<tr class="outcome"><th scope="rowgroup" colspan="${a.columns.length}">${text(group.title)}</th></tr>`;
    for (let i = 0; i < group.rows.length; i++) {
      piece += '\n' + tableARow(a, group.rows[i], app, trends);
      if ((i + 1) % ROWS_PER_PIECE === 0) {
        yield piece;
        piece = '';
      }
    }
    yield piece + '\n</tbody>';
  }
  yield [
    '',
    `</table>`,
    `</div>`,
    `<p class="rated-year">${text(ratedYearLine(a))}</p>`,
    legend([...a.legend, ...(app ? [APPENDIX_KEY] : []), ...(trends ? [] : [NO_TREND_LINES])]),
    `</section>`,
  ].join('\n');
  if (app) yield '\n' + appendixSection(app);
}

function tableB(b: TableBModel): string {
  const headers = [AREA_HEADER, ...TABLE_B_TASK_COLUMNS.map((c) => c.header)];
  const head = `<tr>${headers.map((h) => `<th scope="col">${text(h)}</th>`).join('')}</tr>`;
  const last = TABLE_B_TASK_COLUMNS.length - 1;
  const bodies = b.areas.map((area) => {
    const span = Math.max(1, area.tasks.length);
    const areaCell = `<th scope="rowgroup"${spanAttrs(1, span)}>${text(areaLabel(area))}</th>`;
    if (area.tasks.length === 0) {
      return `<tbody>\n<tr>${areaCell}${'<td></td>'.repeat(TABLE_B_TASK_COLUMNS.length)}</tr>\n</tbody>`;
    }
    const spans = TABLE_B_TASK_COLUMNS.map((c) => (c.mergeRuns ? runSpans(area.tasks, c.text) : null));
    const rows = area.tasks.map((task, t) => {
      const cells: string[] = t === 0 ? [areaCell] : [];
      TABLE_B_TASK_COLUMNS.forEach((column, i) => {
        const rowSpan = spans[i]?.[t] ?? 1;
        if (rowSpan === 0) return;
        let cls = '';
        if (i === last) {
          const rag = STATUS_RAG[task.status];
          cls = ` class="status${rag ? ` ${RAG_CLASS[rag]}` : ''}" data-status="${esc(task.status)}"`;
        }
        cells.push(`<td${cls}${spanAttrs(1, rowSpan)}>${text(column.text(task))}</td>`);
      });
      return `<tr>${cells.join('')}</tr>`;
    });
    return `<tbody>\n${rows.join('\n')}\n</tbody>`;
  });
  return [
    `<section class="table-b">`,
    `<div class="scroll">`,
    `<table>`,
    `<caption>${text(b.title)}</caption>`,
    colgroup(tableBWidths()),
    `<thead>\n${head}\n</thead>`,
    ...bodies,
    `</table>`,
    `</div>`,
    legend(b.legend),
    `</section>`,
  ].join('\n');
}

/** The HTML file in pieces, in order: joined they are toHtml's text. */
export function* htmlPieces(
  a: TableAModel | null,
  b: TableBModel | null,
  opts: HtmlOptions = {},
): Generator<string> {
  const title = documentTitle(a, b, opts.title);
  const date = reportDate(a, b);
  const asAt = date ? `<p class="as-at">As at ${text(longDate(date))}</p>` : '';
  yield [
    '<!DOCTYPE html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${text(title)}</title>`,
    `<style>\n${styleSheet()}\n</style>`,
    '</head>',
    '<body>',
    `<header><h1>${text(title)}</h1>${asAt}</header>`,
    '<main>\n',
  ].join('\n');
  if (a) yield summarySection(a);
  if (a) yield* tableA(a);
  yield '\n';
  if (b) yield tableB(b);
  yield ['', '</main>', '</body>', '</html>', ''].join('\n');
}

export function toHtml(a: TableAModel | null, b: TableBModel | null, opts: HtmlOptions = {}): string {
  let out = '';
  for (const piece of htmlPieces(a, b, opts)) out += piece;
  return out;
}

/** The HTML file as UTF-8, each piece encoded as it is made: at 100k rows the text is never whole. */
export function toHtmlBytes(
  a: TableAModel | null,
  b: TableBModel | null,
  opts: HtmlOptions = {},
): Uint8Array {
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (const piece of htmlPieces(a, b, opts)) {
    const bytes = encoder.encode(piece);
    chunks.push(bytes);
    size += bytes.length;
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
