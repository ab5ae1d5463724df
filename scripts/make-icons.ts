/**
 * Draws the ribbon and add-in icons as PNGs in assets/ (run: npx tsx scripts/make-icons.ts).
 * Shapes are described in unit coordinates and supersampled, so the 16 px versions stay legible
 * and every size is drawn from the same picture. The PNGs are committed; rerun after changing a shape.
 */
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

type Rgba = readonly [number, number, number, number];
/** true when the unit-square point (x, y) lies inside the shape */
type Shape = (x: number, y: number) => boolean;
interface Layer {
  shape: Shape;
  colour: Rgba;
}

const circle =
  (cx: number, cy: number, r: number): Shape =>
  (x, y) =>
    (x - cx) ** 2 + (y - cy) ** 2 <= r * r;

const ring =
  (cx: number, cy: number, outer: number, inner: number): Shape =>
  (x, y) => {
    const d2 = (x - cx) ** 2 + (y - cy) ** 2;
    return d2 <= outer * outer && d2 >= inner * inner;
  };

const roundedRect =
  (x0: number, y0: number, x1: number, y1: number, r: number): Shape =>
  (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
    const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
    return dx * dx + dy * dy <= r * r;
  };

const rect = (x0: number, y0: number, x1: number, y1: number): Shape => roundedRect(x0, y0, x1, y1, 0);

/** a thick line with round ends: the distance from the point to the segment is within half the width */
const stroke =
  (ax: number, ay: number, bx: number, by: number, width: number): Shape =>
  (x, y) => {
    const vx = bx - ax;
    const vy = by - ay;
    const t = Math.max(0, Math.min(1, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)));
    return (x - ax - t * vx) ** 2 + (y - ay - t * vy) ** 2 <= (width / 2) ** 2;
  };

const union =
  (...shapes: Shape[]): Shape =>
  (x, y) =>
    shapes.some((s) => s(x, y));

const WHITE: Rgba = [255, 255, 255, 255];
const INK: Rgba = [50, 49, 48, 255];
const GREEN: Rgba = [16, 124, 16, 255];
const AMBER: Rgba = [255, 170, 0, 255];
const RED: Rgba = [209, 52, 56, 255];
const BLUE: Rgba = [0, 90, 158, 255];
const GREY: Rgba = [161, 159, 157, 255];
const TEAL: Rgba = [3, 131, 135, 255];

/** What each icon shows; the file stem is what manifest.xml points at. */
const ICONS: Record<string, Layer[]> = {
  // a green tick: "these targets check out"
  validate: [
    { shape: circle(0.5, 0.5, 0.47), colour: GREEN },
    {
      shape: union(stroke(0.26, 0.52, 0.43, 0.69, 0.13), stroke(0.43, 0.69, 0.75, 0.33, 0.13)),
      colour: WHITE,
    },
  ],
  // a traffic light: red, amber and green ratings
  rag: [
    { shape: roundedRect(0.24, 0.02, 0.76, 0.98, 0.14), colour: INK },
    { shape: circle(0.5, 0.19, 0.135), colour: RED },
    { shape: circle(0.5, 0.5, 0.135), colour: AMBER },
    { shape: circle(0.5, 0.81, 0.135), colour: GREEN },
  ],
  // a table with a header row: the Table A and Table B reports
  reports: [
    { shape: rect(0.04, 0.1, 0.96, 0.9), colour: BLUE },
    { shape: rect(0.1, 0.36, 0.9, 0.84), colour: WHITE },
    {
      shape: union(rect(0.1, 0.58, 0.9, 0.63), rect(0.36, 0.36, 0.41, 0.84), rect(0.63, 0.36, 0.68, 0.84)),
      colour: BLUE,
    },
  ],
  // a rating column with a cross over it: removes what NI Targets wrote
  remove: [
    { shape: rect(0.08, 0.06, 0.56, 0.94), colour: GREY },
    { shape: rect(0.14, 0.12, 0.5, 0.88), colour: WHITE },
    { shape: union(rect(0.14, 0.3, 0.5, 0.35), rect(0.14, 0.53, 0.5, 0.58)), colour: GREY },
    { shape: circle(0.66, 0.66, 0.32), colour: RED },
    {
      shape: union(stroke(0.53, 0.53, 0.79, 0.79, 0.1), stroke(0.79, 0.53, 0.53, 0.79, 0.1)),
      colour: WHITE,
    },
  ],
  // a window with a pane docked on the right: opens the task pane
  pane: [
    { shape: roundedRect(0.04, 0.12, 0.96, 0.88, 0.06), colour: INK },
    { shape: rect(0.1, 0.24, 0.9, 0.82), colour: WHITE },
    { shape: rect(0.58, 0.24, 0.9, 0.82), colour: TEAL },
    {
      shape: union(rect(0.16, 0.34, 0.5, 0.42), rect(0.16, 0.5, 0.5, 0.58), rect(0.16, 0.66, 0.44, 0.74)),
      colour: GREY,
    },
  ],
  // the add-in itself: a target (bullseye)
  icon: [
    { shape: circle(0.5, 0.5, 0.48), colour: BLUE },
    { shape: ring(0.5, 0.5, 0.37, 0.26), colour: WHITE },
    { shape: circle(0.5, 0.5, 0.15), colour: RED },
  ],
};

const SIZES: Record<string, number[]> = {
  validate: [16, 32, 80],
  rag: [16, 32, 80],
  reports: [16, 32, 80],
  pane: [16, 32, 80],
  remove: [16, 32, 80],
  icon: [16, 32, 64, 80, 128],
};

const SUBSAMPLES = 4;

/** Straight-alpha RGBA pixels, row-major, from painting the layers in order (later layers on top). */
export function rasterise(layers: Layer[], size: number): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  const n = SUBSAMPLES * SUBSAMPLES;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let s = 0; s < n; s++) {
        const x = (px + ((s % SUBSAMPLES) + 0.5) / SUBSAMPLES) / size;
        const y = (py + (Math.floor(s / SUBSAMPLES) + 0.5) / SUBSAMPLES) / size;
        let top: Rgba | undefined;
        for (const layer of layers) if (layer.shape(x, y)) top = layer.colour;
        if (top) {
          r += top[0];
          g += top[1];
          b += top[2];
          a += top[3];
        }
      }
      const i = (py * size + px) * 4;
      const covered = a / 255;
      // average colour over covered samples only, so edges fade out instead of darkening
      pixels[i] = covered ? Math.round(r / covered) : 0;
      pixels[i + 1] = covered ? Math.round(g / covered) : 0;
      pixels[i + 2] = covered ? Math.round(b / covered) : 0;
      pixels[i + 3] = Math.round(a / n);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** A truecolour-with-alpha, 8-bit PNG; every scanline uses filter 0 (none), which is plenty for icons. */
export function encodePng(pixels: Uint8Array, width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const rowBytes = width * 4;
  const raw = Buffer.alloc((rowBytes + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (rowBytes + 1)] = 0;
    raw.set(pixels.subarray(y * rowBytes, (y + 1) * rowBytes), y * (rowBytes + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

function main(): void {
  const out = join(__dirname, '..', 'assets');
  mkdirSync(out, { recursive: true });
  for (const [name, layers] of Object.entries(ICONS)) {
    for (const size of SIZES[name]) {
      const file = join(out, `${name}-${size}.png`);
      writeFileSync(file, encodePng(rasterise(layers, size), size, size));
      console.log(`wrote ${file}`);
    }
  }
}

if (require.main === module) main();
