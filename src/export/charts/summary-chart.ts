/**
 * The summary page's two charts as scenes: RAG counts by outcome group (a stacked
 * bar per group, each part holding its count, the counts in words above it) and
 * direction-of-travel counts (a bar per direction, its arrow, word and count
 * beside it). The HTML draws them with their text; Word gets the bars alone
 * (barScene, directionBarScene) with the words and numbers as text beside each.
 */
import { SHADES } from '../colours';
import {
  DIRECTION_ARROW,
  RAG_ORDER,
  shownDirections,
  tallyWords,
  type RagTally,
  type SummaryCounts,
} from '../../engine/report/summary-counts';
import type { Scene, Shape } from './scene';

const INK = '#000000';
const BAR_INK = '#1F4E79';
const FILL = (hex: string) => `#${hex}`;

/** The parts of one stacked bar, `scale` units per indicator, from x0. */
function stack(t: RagTally, x0: number, y: number, h: number, scale: number, counts: boolean): Shape[] {
  const out: Shape[] = [];
  let x = x0;
  for (const k of RAG_ORDER) {
    if (t[k] === 0) continue;
    const w = t[k] * scale;
    out.push({ kind: 'rect', x, y, w, h, fill: FILL(SHADES[k].fill), stroke: FILL(SHADES[k].text) });
    // a count that does not fit its part is still in the words above the bar
    if (counts && w >= 8 * String(t[k]).length + 6)
      out.push({
        kind: 'text',
        x: x + w / 2,
        y: y + h / 2 + 4,
        text: String(t[k]),
        size: 11,
        anchor: 'middle',
        fill: FILL(SHADES[k].text),
        bold: true,
      });
    x += w;
  }
  return out;
}

export const RAG_CHART_WIDTH = 640;
const GROUP_HEIGHT = 44;
const LEGEND_HEIGHT = 26;

function legend(): Shape[] {
  const out: Shape[] = [];
  let x = 0;
  for (const k of RAG_ORDER) {
    out.push({
      kind: 'rect',
      x,
      y: 4,
      w: 14,
      h: 14,
      fill: FILL(SHADES[k].fill),
      stroke: FILL(SHADES[k].text),
    });
    out.push({ kind: 'text', x: x + 19, y: 16, text: k, size: 12, anchor: 'start', fill: INK });
    x += 30 + k.length * 7.5;
  }
  return out;
}

/** RAG by outcome group, with the legend, each group's name and counts in words, and the counts in the bars. */
export function ragChartScene(c: SummaryCounts): Scene {
  const max = Math.max(1, ...c.groups.map((g) => g.rag.total));
  const scale = RAG_CHART_WIDTH / max;
  const shapes: Shape[] = legend();
  c.groups.forEach((g, i) => {
    const y = LEGEND_HEIGHT + i * GROUP_HEIGHT;
    shapes.push({
      kind: 'text',
      x: 0,
      y: y + 14,
      text: g.title,
      size: 13,
      anchor: 'start',
      fill: INK,
      bold: true,
    });
    shapes.push({
      kind: 'text',
      x: RAG_CHART_WIDTH,
      y: y + 14,
      text: `${tallyWords(g.rag)} (${g.rag.total})`,
      size: 12,
      anchor: 'end',
      fill: INK,
    });
    shapes.push(...stack(g.rag, 0, y + 19, 18, scale, true));
  });
  return { width: RAG_CHART_WIDTH, height: LEGEND_HEIGHT + c.groups.length * GROUP_HEIGHT, shapes };
}

const DIRECTION_ROW = 26;
const DIRECTION_LABEL = 150;

/** A bar per direction, the arrow and word before it and the count after it. */
export function directionChartScene(c: SummaryCounts): Scene {
  const rows = shownDirections(c);
  const max = Math.max(1, ...rows.map((d) => d.count));
  const room = RAG_CHART_WIDTH - DIRECTION_LABEL - 50;
  const shapes: Shape[] = [];
  rows.forEach((d, i) => {
    const y = i * DIRECTION_ROW;
    const w = (d.count / max) * room;
    shapes.push({
      kind: 'text',
      x: 0,
      y: y + 17,
      text: `${DIRECTION_ARROW[d.key]} ${d.key}`,
      size: 13,
      anchor: 'start',
      fill: INK,
    });
    if (d.count > 0) shapes.push({ kind: 'rect', x: DIRECTION_LABEL, y: y + 5, w, h: 16, fill: BAR_INK });
    shapes.push({
      kind: 'text',
      x: DIRECTION_LABEL + w + 6,
      y: y + 17,
      text: String(d.count),
      size: 13,
      anchor: 'start',
      fill: INK,
      bold: true,
    });
  });
  return { width: RAG_CHART_WIDTH, height: rows.length * DIRECTION_ROW, shapes };
}

/** Word's bars: one group's stacked bar on a track as wide as the largest group's, no text. */
export function ragBarScene(t: RagTally, max: number, width: number, height: number): Scene {
  const shapes: Shape[] = [{ kind: 'rect', x: 0, y: 0, w: width, h: height, fill: '#FFFFFF' }];
  shapes.push(...stack(t, 0, 1, height - 2, (width - 1) / Math.max(1, max), false));
  return { width, height, shapes };
}

/** Word's bars: one direction's count, as long as its share of the largest count, no text. */
export function directionBarScene(count: number, max: number, width: number, height: number): Scene {
  const w = Math.max(2, Math.round((count / Math.max(1, max)) * width));
  return { width: w, height, shapes: [{ kind: 'rect', x: 0, y: 1, w, h: height - 2, fill: BAR_INK }] };
}
