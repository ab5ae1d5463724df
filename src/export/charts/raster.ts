/**
 * A scene drawn into pixels, for the PNG that Word shows where it cannot show SVG.
 * Shapes are anti-aliased by coverage (how far each pixel centre is from the
 * shape's edge), drawn at `scale` pixels per unit so the picture prints sharp.
 * Text is not drawn: the pictures meant for Word carry none (see scene.ts).
 */
import { encodePng } from './png';
import type { Colour, Scene, Shape } from './scene';

type Rgb = [number, number, number];

const rgbOf = (c: Colour): Rgb => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)) as Rgb;

/** Math.hypot is several times slower than this in V8, and these run for every pixel near a shape. */
const dist = (dx: number, dy: number): number => Math.sqrt(dx * dx + dy * dy);

const clamp01 = (v: number): number => (v < 0 ? 0 : v > 1 ? 1 : v);

/**
 * The image, and a coverage mask a shape is first drawn into (keeping the larger
 * coverage where its parts overlap), then laid on the image in its colour: the
 * pieces of a line or a dash never darken each other where they join.
 */
class Pixels {
  readonly data: Uint8Array;
  private readonly mask: Float32Array;
  private box = { x0: Infinity, y0: Infinity, x1: -1, y1: -1 };

  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.data = new Uint8Array(width * height * 3).fill(255);
    this.mask = new Float32Array(width * height);
  }

  /** Each pixel in the box gets at least coverage(px centre x, y) in the mask. */
  cover(x0: number, y0: number, x1: number, y1: number, coverage: (x: number, y: number) => number): void {
    const [a, b] = [Math.max(0, Math.floor(x0)), Math.min(this.width - 1, Math.ceil(x1))];
    const [d, e] = [Math.max(0, Math.floor(y0)), Math.min(this.height - 1, Math.ceil(y1))];
    for (let y = d; y <= e; y++) {
      for (let x = a; x <= b; x++) {
        const c = coverage(x + 0.5, y + 0.5);
        const i = y * this.width + x;
        if (c > this.mask[i]) this.mask[i] = c;
      }
    }
    const box = this.box;
    [box.x0, box.y0, box.x1, box.y1] = [
      Math.min(box.x0, a),
      Math.min(box.y0, d),
      Math.max(box.x1, b),
      Math.max(box.y1, e),
    ];
  }

  /** Lays the mask on the image in colour c, and clears it. */
  fill(c: Rgb): void {
    const { x0, y0, x1, y1 } = this.box;
    for (let y = y0; y <= y1; y++) {
      for (let x = x0; x <= x1; x++) {
        const i = y * this.width + x;
        const alpha = this.mask[i];
        if (alpha <= 0) continue;
        this.mask[i] = 0;
        for (let k = 0; k < 3; k++)
          this.data[i * 3 + k] = Math.round(this.data[i * 3 + k] * (1 - alpha) + c[k] * alpha);
      }
    }
    this.box = { x0: Infinity, y0: Infinity, x1: -1, y1: -1 };
  }
}

/** Overlap of the pixel [p - 0.5, p + 0.5] with [lo, hi]. */
const span = (p: number, lo: number, hi: number): number =>
  clamp01(Math.min(p + 0.5, hi) - Math.max(p - 0.5, lo));

function rect(px: Pixels, x: number, y: number, w: number, h: number): void {
  px.cover(x, y, x + w, y + h, (cx, cy) => span(cx, x, x + w) * span(cy, y, y + h));
}

function segment(px: Pixels, a: [number, number], b: [number, number], width: number): void {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const len2 = dx * dx + dy * dy || 1;
  const half = width / 2;
  const pad = half + 1;
  px.cover(
    Math.min(a[0], b[0]) - pad,
    Math.min(a[1], b[1]) - pad,
    Math.max(a[0], b[0]) + pad,
    Math.max(a[1], b[1]) + pad,
    (x, y) => {
      const t = clamp01(((x - a[0]) * dx + (y - a[1]) * dy) / len2);
      const d = dist(x - (a[0] + t * dx), y - (a[1] + t * dy));
      return clamp01(half + 0.5 - d);
    },
  );
}

/** The stretches of a polyline a dash pattern draws. */
function dashed(points: [number, number][], on: number, off: number): [number, number][][] {
  const out: [number, number][][] = [];
  let drawing = true;
  let left = on;
  let current: [number, number][] = [points[0]];
  for (let i = 1; i < points.length; i++) {
    let [x, y] = points[i - 1];
    const [tx, ty] = points[i];
    let rest = dist(tx - x, ty - y);
    while (rest > 0) {
      const step = Math.min(rest, left);
      x += ((tx - x) / rest) * step;
      y += ((ty - y) / rest) * step;
      rest -= step;
      left -= step;
      if (drawing) current.push([x, y]);
      if (left <= 1e-9) {
        if (drawing) out.push(current);
        drawing = !drawing;
        left = drawing ? on : off;
        current = [[x, y]];
      }
    }
  }
  if (drawing && current.length > 1) out.push(current);
  return out;
}

/** Long segments are drawn in pieces, so each piece's box (and the work) stays near the line. */
const PIECE = 12;

function line(px: Pixels, s: Extract<Shape, { kind: 'line' }>, k: number): void {
  const pts = s.points.map(([x, y]): [number, number] => [x * k, y * k]);
  const runs = s.dash ? dashed(pts, s.dash[0] * k, s.dash[1] * k) : [pts];
  for (const run of runs) {
    for (let i = 1; i < run.length; i++) {
      const [a, b] = [run[i - 1], run[i]];
      const n = Math.max(1, Math.ceil(dist(b[0] - a[0], b[1] - a[1]) / PIECE));
      for (let j = 0; j < n; j++) {
        const p = (t: number): [number, number] => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
        segment(px, p(j / n), p((j + 1) / n), s.width * k);
      }
    }
  }
  px.fill(rgbOf(s.stroke));
}

function dot(px: Pixels, s: Extract<Shape, { kind: 'dot' }>, k: number): void {
  const [cx, cy, r] = [s.x * k, s.y * k, s.r * k];
  px.cover(cx - r - 1, cy - r - 1, cx + r + 1, cy + r + 1, (x, y) => clamp01(r + 0.5 - dist(x - cx, y - cy)));
  px.fill(rgbOf(s.fill));
  if (!s.stroke) return;
  const half = ((s.strokeWidth ?? 1) * k) / 2;
  const out = r + half + 1;
  px.cover(cx - out, cy - out, cx + out, cy + out, (x, y) =>
    clamp01(half + 0.5 - Math.abs(dist(x - cx, y - cy) - r)),
  );
  px.fill(rgbOf(s.stroke));
}

function box(px: Pixels, s: Extract<Shape, { kind: 'rect' }>, k: number): void {
  const [x0, y0, x1, y1] = [s.x * k, s.y * k, (s.x + s.w) * k, (s.y + s.h) * k];
  rect(px, x0, y0, x1 - x0, y1 - y0);
  px.fill(rgbOf(s.fill));
  if (!s.stroke) return;
  // a one-unit border inside the rectangle, as SVG's half-in half-out stroke looks at this size
  rect(px, x0, y0, x1 - x0, k);
  rect(px, x0, y1 - k, x1 - x0, k);
  rect(px, x0, y0, k, y1 - y0);
  rect(px, x1 - k, y0, k, y1 - y0);
  px.fill(rgbOf(s.stroke));
}

function draw(px: Pixels, s: Shape, k: number): void {
  if (s.kind === 'rect') box(px, s, k);
  else if (s.kind === 'line') line(px, s, k);
  else if (s.kind === 'dot') dot(px, s, k);
}

/** The scene as a PNG, `scale` pixels per unit (2: about 190 dots to the inch at its size on paper). */
export function scenePng(scene: Scene, scale = 2): Uint8Array {
  const px = new Pixels(Math.ceil(scene.width * scale), Math.ceil(scene.height * scale));
  for (const s of scene.shapes) draw(px, s, scale);
  return encodePng(px.width, px.height, px.data);
}
