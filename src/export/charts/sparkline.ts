/**
 * A trend line small enough for a Table A row: the actuals as a solid line with
 * filled dots, the targets as a dashed line with open dots (one target: a dashed
 * line across at its level), years along, values up. Solid/dashed and filled/open
 * tell the two apart without colour; the figures themselves are in the row.
 */
import type { Scene, Shape } from './scene';
import type { Trend, TrendPoint } from './trend';

export const SPARK_WIDTH = 112;
export const SPARK_HEIGHT = 30;
const PAD = 4;

export const ACTUAL_INK = '#1F4E79';
export const TARGET_INK = '#595959';

interface Scale {
  x: (year: number) => number;
  y: (value: number) => number;
}

function scaleOf(t: Trend): Scale {
  const all = [...t.actuals, ...t.targets];
  const years = all.map((p) => p.year);
  const values = all.map((p) => p.value);
  const [y0, y1] = [Math.min(...years), Math.max(...years)];
  const [v0, v1] = [Math.min(...values), Math.max(...values)];
  const w = SPARK_WIDTH - 2 * PAD;
  const h = SPARK_HEIGHT - 2 * PAD;
  return {
    // one year only: the figures stand in the middle
    x: (year) => PAD + (y1 === y0 ? w / 2 : ((year - y0) / (y1 - y0)) * w),
    // one level only: a flat line across the middle
    y: (value) => PAD + (v1 === v0 ? h / 2 : h - ((value - v0) / (v1 - v0)) * h),
  };
}

const at = (s: Scale, p: TrendPoint): [number, number] => [s.x(p.year), s.y(p.value)];

function targetShapes(t: Trend, s: Scale): Shape[] {
  if (t.targets.length === 0) return [];
  const line: [number, number][] =
    t.targets.length === 1
      ? [
          [PAD, s.y(t.targets[0].value)],
          [SPARK_WIDTH - PAD, s.y(t.targets[0].value)],
        ]
      : t.targets.map((p) => at(s, p));
  const shapes: Shape[] = [{ kind: 'line', points: line, stroke: TARGET_INK, width: 1.2, dash: [3, 2] }];
  for (const p of t.targets) {
    const [x, y] = at(s, p);
    shapes.push({ kind: 'dot', x, y, r: 2.2, fill: '#FFFFFF', stroke: TARGET_INK, strokeWidth: 1.1 });
  }
  return shapes;
}

function actualShapes(t: Trend, s: Scale): Shape[] {
  const shapes: Shape[] = [];
  if (t.actuals.length > 1)
    shapes.push({ kind: 'line', points: t.actuals.map((p) => at(s, p)), stroke: ACTUAL_INK, width: 1.6 });
  for (const p of t.actuals) {
    const [x, y] = at(s, p);
    shapes.push({ kind: 'dot', x, y, r: 2.2, fill: ACTUAL_INK });
  }
  return shapes;
}

/** Targets underneath, actuals on top: where they meet, the actual is the one to see. */
export function sparklineScene(t: Trend): Scene {
  const s = scaleOf(t);
  return { width: SPARK_WIDTH, height: SPARK_HEIGHT, shapes: [...targetShapes(t, s), ...actualShapes(t, s)] };
}
