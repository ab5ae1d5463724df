/**
 * The pictures in the Word board paper: a summary page before Table A (a bar per
 * outcome group split by RAG, a bar per direction of travel) and a trend line
 * under each Table A description. Each picture is SVG with a PNG of the same
 * drawing for Word versions and viewers that cannot show SVG, and has alt text.
 * The pictures hold no text: the words and numbers are written beside them as
 * Word text, so they print, search and read aloud whatever shows the picture.
 */
import {
  HeadingLevel,
  ImageRun,
  PageBreak,
  Paragraph,
  Tab,
  TabStopType,
  TextRun,
  type ParagraphChild,
} from 'docx';
import {
  DIRECTION_ARROW,
  shownDirections,
  summaryCounts,
  tallyWords,
  type SummaryCounts,
} from '../../engine/report/summary-counts';
import type { TableAModel, TableARow } from '../../engine/report/types';
import { SUMMARY_TITLE, TREND_NOTE, summaryLine } from './html-charts';
import { scenePng } from './raster';
import type { Scene } from './scene';
import { sparklineScene } from './sparkline';
import { directionBarScene, ragBarScene } from './summary-chart';
import { sceneSvg } from './svg';
import { reportYearOf, trendName, trendOf, trendWords } from './trend';

/** px at 96 to the inch: a bar track of about 3.5 inches */
const BAR_WIDTH = 336;
const BAR_HEIGHT = 16;
/** twips: the direction words before the bars */
const LABEL_TAB = 2000;

const encoder = new TextEncoder();

/**
 * PNGs already drawn, by their scene's SVG: trend lines repeat (rows with the same figures, rows
 * with none), and Word stores an identical picture once anyway. Bounded, so a long session keeps
 * at most this many.
 */
const DRAWN = new Map<string, Uint8Array>();
const DRAWN_MAX = 1000;

function pngOf(svg: string, scene: Scene): Uint8Array {
  let png = DRAWN.get(svg);
  if (png === undefined) {
    if (DRAWN.size >= DRAWN_MAX) DRAWN.clear();
    png = scenePng(scene);
    DRAWN.set(svg, png);
  }
  return png;
}

/** A scene as a Word picture: SVG, its PNG fallback, and alt text. */
export function picture(scene: Scene, name: string, description: string): ImageRun {
  const svg = sceneSvg(scene, { standalone: true });
  return new ImageRun({
    type: 'svg',
    data: encoder.encode(svg),
    fallback: { type: 'png', data: pngOf(svg, scene) },
    transformation: { width: scene.width, height: scene.height },
    altText: { name, title: name, description },
  });
}

function ragLines(c: SummaryCounts): Paragraph[] {
  const max = Math.max(1, ...c.groups.map((g) => g.rag.total));
  return c.groups.flatMap((g) => [
    // the words first, the bar under them: a picture inline with text sits off its baseline
    new Paragraph({
      children: [
        new TextRun({ text: g.title, bold: true }),
        new TextRun({ text: `: ${tallyWords(g.rag)} (${g.rag.total})` }),
      ],
      keepNext: true,
    }),
    new Paragraph({
      children: [
        picture(
          ragBarScene(g.rag, max, BAR_WIDTH, BAR_HEIGHT),
          `RAG ratings: ${g.title}`,
          `${g.title}: ${tallyWords(g.rag)}.`,
        ),
      ],
      spacing: { after: 120 },
    }),
  ]);
}

function directionLines(c: SummaryCounts): Paragraph[] {
  const shown = shownDirections(c);
  const max = Math.max(1, ...shown.map((d) => d.count));
  return shown.map(
    (d) =>
      new Paragraph({
        tabStops: [{ type: TabStopType.LEFT, position: LABEL_TAB }],
        children: [
          new TextRun({ text: `${DIRECTION_ARROW[d.key]} ${d.key}` }),
          new TextRun({ children: [new Tab()] }),
          // the bar as long as its count, so the number follows its end; none for nought
          ...(d.count > 0
            ? [
                picture(
                  directionBarScene(d.count, max, BAR_WIDTH, BAR_HEIGHT),
                  `Direction of travel: ${d.key}`,
                  `${d.key}: ${d.count}.`,
                ),
              ]
            : []),
          new TextRun({ text: `  ${d.count.toLocaleString('en-GB')}`, bold: true }),
        ],
        spacing: { after: 60 },
      }),
  );
}

/** The summary page: the counts in words and as bars, the trend key, then a page break before Table A. */
export function wordSummary(a: TableAModel): Paragraph[] {
  const c = summaryCounts(a);
  return [
    new Paragraph({ text: SUMMARY_TITLE, heading: HeadingLevel.HEADING_1 }),
    new Paragraph({ text: summaryLine(a, c), spacing: { after: 120 } }),
    new Paragraph({ text: 'RAG ratings by outcome', heading: HeadingLevel.HEADING_2 }),
    ...ragLines(c),
    new Paragraph({ text: 'Direction of travel', heading: HeadingLevel.HEADING_2 }),
    ...directionLines(c),
    new Paragraph({ text: TREND_NOTE, spacing: { before: 200 } }),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

/** The trend line to end a Table A description cell with, on its own line; none for fewer than two figures. */
export function sparklineRuns(a: TableAModel, row: TableARow): ParagraphChild[] {
  const trend = trendOf(a.columns, row, reportYearOf(a.ratedYear));
  if (!trend) return [];
  const words = `Trend of ${trendName(row)}: ${trendWords(trend)}`;
  const scene = sparklineScene(trend);
  return [new TextRun({ break: 1 }), picture(scene, `Trend of ${trendName(row)}`, words)];
}
