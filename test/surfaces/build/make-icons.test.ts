import { inflateSync } from 'node:zlib';
import { encodePng, rasterise } from '../../../scripts/make-icons';

/** Reads back the PNG the encoder wrote: header fields and unfiltered RGBA rows. */
function decode(png: Buffer) {
  expect(png.subarray(0, 8).toString('latin1')).toBe('\x89PNG\r\n\x1a\n');
  const chunks: { type: string; data: Buffer }[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    chunks.push({ type: png.toString('ascii', at + 4, at + 8), data: png.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
  }
  const header = chunks[0].data;
  const width = header.readUInt32BE(0);
  const raw = inflateSync(Buffer.concat(chunks.filter((c) => c.type === 'IDAT').map((c) => c.data)));
  const rows = Array.from({ length: header.readUInt32BE(4) }, (_, y) =>
    raw.subarray(y * (width * 4 + 1), (y + 1) * (width * 4 + 1)),
  );
  return { types: chunks.map((c) => c.type), width, depth: header[8], colourType: header[9], rows };
}

describe('icon PNG encoder', () => {
  it('writes an 8-bit RGBA PNG whose rows decode to the pixels given', () => {
    const pixels = Uint8Array.from({ length: 3 * 2 * 4 }, (_, i) => (i * 37) % 256);
    const png = decode(encodePng(pixels, 3, 2));
    expect(png.types).toEqual(['IHDR', 'IDAT', 'IEND']);
    expect([png.width, png.depth, png.colourType]).toEqual([3, 8, 6]);
    expect(png.rows.map((r) => r[0])).toEqual([0, 0]);
    expect(Buffer.concat(png.rows.map((r) => r.subarray(1)))).toEqual(Buffer.from(pixels));
  });

  it('paints shapes opaque inside, transparent outside and partly covered at the edge', () => {
    const square = [
      { shape: (x: number, y: number) => x < 0.5 && y < 1, colour: [200, 10, 20, 255] as const },
    ];
    const px = rasterise(square, 4);
    expect(Array.from(px.subarray(0, 4))).toEqual([200, 10, 20, 255]);
    expect(px[3 * 4 + 3]).toBe(0);
    const edge = rasterise([{ shape: (x: number) => x < 0.375, colour: [0, 0, 0, 255] as const }], 4);
    expect(edge[1 * 4 + 3]).toBe(128);
  });
});
