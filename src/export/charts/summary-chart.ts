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

/** About how wide Arial sets `text` at `size` px: its average letter is a little over half its size. */
const textWidth = (text: string, size: number, bold = false): number =>
  text.length * size * (bold ? 0.6 : 0.55);

/** A heading too long for the chart is cut with an ellipsis; the whole of it is in the desc and the table. */
function fitted(text: string, size: number, room: number): string {
  const most = Math.floor(room / (size * 0.6));
  return text.length <= most ? text : `${text.slice(0, Math.max(1, most - 1)).trimEnd()}…`;
}

/** One group: its name, its counts in words (beside the name, or under it when both do not fit), its bar. */
function groupShapes(
  title: string,
  t: RagTally,
  y: number,
  scale: number,
): { shapes: Shape[]; height: number } {
  const words = `${tallyWords(t)} (${t.total})`;
  const oneLine = textWidth(title, 13, true) + textWidth(words, 12) + 16 <= RAG_CHART_WIDTH;
  const name = fitted(title, 13, RAG_CHART_WIDTH);
  const shapes: Shape[] = [
    { kind: 'text', x: 0, y: y + 14, text: name, size: 13, anchor: 'start', fill: INK, bold: true },
    oneLine
      ? { kind: 'text', x: RAG_CHART_WIDTH, y: y + 14, text: words, size: 12, anchor: 'end', fill: INK }
      : { kind: 'text', x: 0, y: y + 30, text: words, size: 12, anchor: 'start', fill: INK },
  ];
  const barY = y + (oneLine ? 19 : 35);
  shapes.push(...stack(t, 0, barY, 18, scale, true));
  return { shapes, height: oneLine ? GROUP_HEIGHT : GROUP_HEIGHT + 16 };
}

/** RAG by outcome group, with the legend, each group's name and counts in words, and the counts in the bars. */
export function ragChartScene(c: SummaryCounts): Scene {
  const max = Math.max(1, ...c.groups.map((g) => g.rag.total));
  const scale = RAG_CHART_WIDTH / max;
  const shapes: Shape[] = legend();
  let y = LEGEND_HEIGHT;
  for (const g of c.groups) {
    const group = groupShapes(g.title, g.rag, y, scale);
    shapes.push(...group.shapes);
    y += group.height;
  }
  return { width: RAG_CHART_WIDTH, height: y, shapes };
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
