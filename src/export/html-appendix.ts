/**
 * The HTML paper's appendix (source-appendix.ts): a table with one row per indicator,
 * each row's id the anchor its Table A code links to, and a link back to the top of
 * Table A so a reader who followed a code is not left at the end of the file.
 */
import type { TableARow } from '../engine/report/types';
import { escapeHtml as esc } from './html-escape';
import { APPENDIX_HEADERS, APPENDIX_TITLE, APPENDIX_WIDTHS, type SourceAppendix } from './source-appendix';

/** The id of Table A's section, which the appendix links back to. */
export const TABLE_A_ID = 'table-a';

/** The code as a link to its appendix row, or the code alone when the paper has no appendix. */
export function codeLink(app: SourceAppendix | null, row: TableARow, shown: string): string {
  const anchor = app?.anchorOf.get(row);
  return anchor ? `<a href="#${anchor}">${shown}</a>` : shown;
}

export const APPENDIX_CSS = `
.appendix td.source { white-space: nowrap; }
a { color: #0b4f9c; }
a:focus-visible { outline: 2px solid #000; outline-offset: 1px; }
tr:target > * { background: #fff4c2; }
`.trim();

export function appendixSection(app: SourceAppendix): string {
  const cols = APPENDIX_WIDTHS.map((w) => `<col style="width: ${(w * 100).toFixed(2)}%">`).join('');
  const head = `<tr>${APPENDIX_HEADERS.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr>`;
  const rows = app.rows.map(
    (r) =>
      `<tr id="${r.anchor}"><th scope="row">${esc(r.code)}</th><td>${esc(r.description)}</td>` +
      `<td class="source">${esc(r.source)}</td><td>${esc(r.reason)}</td></tr>`,
  );
  return [
    `<section class="appendix">`,
    `<div class="scroll">`,
    `<table>`,
    `<caption>${esc(APPENDIX_TITLE)}</caption>`,
    `<colgroup>${cols}</colgroup>`,
    `<thead>\n${head}\n</thead>`,
    `<tbody>\n${rows.join('\n')}\n</tbody>`,
    `</table>`,
    `</div>`,
    `<p><a href="#${TABLE_A_ID}">Back to Table A</a></p>`,
    `</section>`,
  ].join('\n');
}
