/**
 * A scene as SVG markup: inline in the HTML page (with role="img" and an accessible
 * name) or as a standalone file for Word (with the xmlns Word needs).
 */
import { escapeHtml as esc } from '../html-escape';
import type { Scene, Shape } from './scene';

export interface SvgOptions {
  /** a standalone .svg file rather than inline markup */
  standalone?: boolean;
  className?: string;
  /** inline: the accessible name, as aria-label */
  label?: string;
  /** inline: a <title> naming it (aria-labelledby) and a <desc> of its figures (aria-describedby); ids unique on the page */
  titled?: { id: string; title: string; desc: string };
}

// a tenth of a unit is finer than any screen or printer draws these at
const num = (n: number): string => String(Math.round(n * 10) / 10);

function points(p: [number, number][]): string {
  return p.map(([x, y]) => `${num(x)},${num(y)}`).join(' ');
}

/** A shape as its element's geometry ("<circle cx=... />" without the ending) and its look (fill, stroke...). */
function shapeParts(s: Shape): { open: string; look: string; close: string } {
  switch (s.kind) {
    case 'rect':
      return {
        open: `<rect x="${num(s.x)}" y="${num(s.y)}" width="${num(s.w)}" height="${num(s.h)}"`,
        look: ` fill="${s.fill}"${s.stroke ? ` stroke="${s.stroke}"` : ''}`,
        close: '/>',
      };
    case 'line': {
      const dash = s.dash ? ` stroke-dasharray="${s.dash.join(' ')}"` : '';
      return {
        open: `<polyline points="${points(s.points)}"`,
        look: ` fill="none" stroke="${s.stroke}" stroke-width="${num(s.width)}" stroke-linejoin="round"${dash}`,
        close: '/>',
      };
    }
    case 'dot': {
      const stroke = s.stroke ? ` stroke="${s.stroke}" stroke-width="${num(s.strokeWidth ?? 1)}"` : '';
      return {
        open: `<circle cx="${num(s.x)}" cy="${num(s.y)}" r="${num(s.r)}"`,
        look: ` fill="${s.fill}"${stroke}`,
        close: '/>',
      };
    }
    case 'text': {
      const weight = s.bold ? ' font-weight="bold"' : '';
      return {
        open: `<text x="${num(s.x)}" y="${num(s.y)}"`,
        look: ` font-size="${num(s.size)}" text-anchor="${s.anchor}" fill="${s.fill}"${weight}`,
        close: `>${esc(s.text)}</text>`,
      };
    }
  }
}

/**
 * The shapes, a run of shapes that look alike written once inside a <g> with that
 * look: a trend line's dots share theirs, and a 100k-row page has 100k trend lines.
 */
function shapesSvg(shapes: Shape[]): string {
  const parts = shapes.map(shapeParts);
  let out = '';
  for (let i = 0; i < parts.length;) {
    let j = i + 1;
    while (j < parts.length && parts[j].look === parts[i].look) j++;
    if (j - i === 1) out += parts[i].open + parts[i].look + parts[i].close;
    else
      out += `<g${parts[i].look}>${parts
        .slice(i, j)
        .map((p) => p.open + p.close)
        .join('')}</g>`;
    i = j;
  }
  return out;
}

function opening(scene: Scene, o: SvgOptions): string {
  const size = `viewBox="0 0 ${scene.width} ${scene.height}"`;
  const font = `font-family="Arial, Helvetica, sans-serif"`;
  if (o.standalone)
    return `<svg xmlns="http://www.w3.org/2000/svg" width="${scene.width}" height="${scene.height}" ${size} ${font}>`;
  const cls = o.className ? ` class="${esc(o.className)}"` : '';
  const name = o.titled
    ? ` aria-labelledby="${esc(o.titled.id)}-title" aria-describedby="${esc(o.titled.id)}-desc"`
    : o.label
      ? ` aria-label="${esc(o.label)}"`
      : '';
  return `<svg${cls} role="img"${name} ${size} ${font} focusable="false">`;
}

export function sceneSvg(scene: Scene, o: SvgOptions = {}): string {
  const head = o.titled
    ? `<title id="${esc(o.titled.id)}-title">${esc(o.titled.title)}</title><desc id="${esc(o.titled.id)}-desc">${esc(o.titled.desc)}</desc>`
    : '';
  return opening(scene, o) + head + shapesSvg(scene.shapes) + '</svg>';
}
