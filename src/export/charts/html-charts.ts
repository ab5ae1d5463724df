/**
 * The pictures in the HTML board paper: a summary section before Table A (the RAG
 * counts by outcome and the direction-of-travel counts as inline SVG with their
 * words and numbers as text, and the same counts as a table for screen readers,
 * shown on narrow screens too) and a trend line under each Table A description,
 * named by the figures it draws.
 */
import { escapeHtml as esc } from '../html-escape';
import {
  DIRECTION_ARROW,
  RAG_ORDER,
  shownDirections,
  summaryCounts,
  tallyWords,
  type SummaryCounts,
} from '../../engine/report/summary-counts';
import type { TableAModel, TableARow } from '../../engine/report/types';
import { sparklineScene } from './sparkline';
import { directionChartScene, ragChartScene } from './summary-chart';
import { sceneSvg } from './svg';
import { reportYearOf, trendName, trendOf, trendWords } from './trend';

export const SUMMARY_TITLE = 'Summary';
export const TREND_NOTE =
  'Trend, under each description in Table A: the actuals as a solid line with filled dots, the targets as a dashed line with open dots (one target: a dashed line at its level). The figures are in the row.';

/** The charts' rules: the SVGs scale down with the page; the count tables are for screen readers until the page is narrow. */
export function chartCss(): string {
  return `
.summary h2 { font-size: 14pt; margin: 4px 0 6px; }
.summary h3 { font-size: 11pt; margin: 12px 0 4px; }
.summary p { margin: 0 0 6px; }
svg.chart { display: block; width: 100%; max-width: 640px; height: auto; margin: 0 0 10px; }
svg.spark { display: block; width: 112px; max-width: 100%; height: auto; margin-top: 3px; }
.counts { display: table; border-collapse: collapse; margin: 6px 0; }
.counts > div { display: table-row; }
.counts > div > span { display: table-cell; border: 1px solid #7f7f7f; padding: 2px 6px; text-align: center; }
.counts > div > span:first-child { text-align: left; }
.counts > div:first-child > span { background: #D9E2F3; font-weight: bold; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media screen and (max-width: 600px) { .counts.sr-only { position: static; width: auto; height: auto; overflow: visible; clip: auto; white-space: normal; } }
`.trim();
}

function countsTable(label: string, head: string[], rows: (string | number)[][]): string {
  const cells = (r: (string | number)[], header: boolean) =>
    r
      .map((v, i) => {
        const role = header ? 'columnheader' : i === 0 ? 'rowheader' : 'cell';
        return `<span role="${role}">${esc(String(v))}</span>`;
      })
      .join('');
  const body = rows.map((r) => `<div role="row">${cells(r, false)}</div>`).join('');
  return `<div class="counts sr-only" role="table" aria-label="${esc(label)}"><div role="row">${cells(head, true)}</div>${body}</div>`;
}

function ragPart(c: SummaryCounts): string {
  const title = 'RAG ratings by outcome';
  const desc = c.groups.map((g) => `${g.title}: ${tallyWords(g.rag)}.`).join(' ');
  const rows = [
    ...c.groups.map((g) => [g.title, ...RAG_ORDER.map((k) => g.rag[k]), g.rag.total]),
    ['All indicators', ...RAG_ORDER.map((k) => c.all[k]), c.all.total],
  ];
  return [
    `<h3>${title}</h3>`,
    sceneSvg(ragChartScene(c), { className: 'chart', titled: { id: 'summary-rag', title, desc } }),
    countsTable(title, ['Outcome', ...RAG_ORDER, 'Total'], rows),
  ].join('\n');
}

function directionPart(c: SummaryCounts): string {
  const title = 'Direction of travel';
  const shown = shownDirections(c);
  const desc = shown.map((d) => `${d.key}: ${d.count}.`).join(' ');
  return [
    `<h3>${title}</h3>`,
    sceneSvg(directionChartScene(c), {
      className: 'chart',
      titled: { id: 'summary-direction', title, desc },
    }),
    countsTable(
      title,
      ['Direction', 'Indicators'],
      shown.map((d) => [`${DIRECTION_ARROW[d.key]} ${d.key}`, d.count]),
    ),
  ].join('\n');
}

/** "Table A rates 133 indicators for 2009/10: 25 Green, ...". */
export function summaryLine(a: TableAModel, c: SummaryCounts): string {
  const n = c.all.total.toLocaleString('en-GB');
  const year = a.ratedYear ? ` for ${a.ratedYear}` : '';
  return `Table A lists ${n} indicator${c.all.total === 1 ? '' : 's'}${year}: ${tallyWords(c.all)}.`;
}

/** The summary section, before Table A. */
export function summarySection(a: TableAModel): string {
  const c = summaryCounts(a);
  return [
    `<section class="summary" aria-labelledby="summary-heading">`,
    `<h2 id="summary-heading">${SUMMARY_TITLE}</h2>`,
    `<p>${esc(summaryLine(a, c))}</p>`,
    ragPart(c),
    directionPart(c),
    `<p class="trend-note">${esc(TREND_NOTE)}</p>`,
    `</section>\n`,
  ].join('\n');
}

/** The trend line for a Table A row's description cell, or '' when it has fewer than two figures. */
export function sparklineHtml(a: TableAModel, row: TableARow): string {
  const trend = trendOf(a.columns, row, reportYearOf(a.ratedYear));
  if (!trend) return '';
  const label = `Trend of ${trendName(row)}: ${trendWords(trend)}`;
  return sceneSvg(sparklineScene(trend), { className: 'spark', label });
}
