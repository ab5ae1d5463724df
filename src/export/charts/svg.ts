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
  /** inline: a <title> and <desc> named by aria-labelledby (ids must be unique on the page) */
  titled?: { id: string; title: string; desc: string };
}

const num = (n: number): string => String(Math.round(n * 100) / 100);

function points(p: [number, number][]): string {
  return p.map(([x, y]) => `${num(x)},${num(y)}`).join(' ');
}

function shapeSvg(s: Shape): string {
  switch (s.kind) {
    case 'rect':
      return `<rect x="${num(s.x)}" y="${num(s.y)}" width="${num(s.w)}" height="${num(s.h)}" fill="${s.fill}"${s.stroke ? ` stroke="${s.stroke}"` : ''}/>`;
    case 'line': {
      const dash = s.dash ? ` stroke-dasharray="${s.dash.join(' ')}"` : '';
      return `<polyline points="${points(s.points)}" fill="none" stroke="${s.stroke}" stroke-width="${num(s.width)}" stroke-linejoin="round"${dash}/>`;
    }
    case 'dot': {
      const stroke = s.stroke ? ` stroke="${s.stroke}" stroke-width="${num(s.strokeWidth ?? 1)}"` : '';
      return `<circle cx="${num(s.x)}" cy="${num(s.y)}" r="${num(s.r)}" fill="${s.fill}"${stroke}/>`;
    }
    case 'text': {
      const weight = s.bold ? ' font-weight="bold"' : '';
      return `<text x="${num(s.x)}" y="${num(s.y)}" font-size="${num(s.size)}" text-anchor="${s.anchor}" fill="${s.fill}"${weight}>${esc(s.text)}</text>`;
    }
  }
}

function opening(scene: Scene, o: SvgOptions): string {
  const size = `viewBox="0 0 ${scene.width} ${scene.height}"`;
  const font = `font-family="Arial, Helvetica, sans-serif"`;
  if (o.standalone)
    return `<svg xmlns="http://www.w3.org/2000/svg" width="${scene.width}" height="${scene.height}" ${size} ${font}>`;
  const cls = o.className ? ` class="${esc(o.className)}"` : '';
  const name = o.titled
    ? ` aria-labelledby="${esc(o.titled.id)}-title ${esc(o.titled.id)}-desc"`
    : o.label
      ? ` aria-label="${esc(o.label)}"`
      : '';
  return `<svg${cls} role="img"${name} ${size} ${font} focusable="false">`;
}

export function sceneSvg(scene: Scene, o: SvgOptions = {}): string {
  const head = o.titled
    ? `<title id="${esc(o.titled.id)}-title">${esc(o.titled.title)}</title><desc id="${esc(o.titled.id)}-desc">${esc(o.titled.desc)}</desc>`
    : '';
  return opening(scene, o) + head + scene.shapes.map(shapeSvg).join('') + '</svg>';
}
