/**
 * Shared cell styles for what the add-in writes: RAG fills with text colours that keep a
 * contrast of at least 4.5:1 (WCAG AA; see contrastRatio), headers, notes. The word is
 * always written too: colour is never the only signal.
 */
import type { CellStyle } from '../model/plan';

export type RagStyleKey = 'Green' | 'Amber' | 'Red' | 'Not rated';

/** Excel's own Good / Neutral / Bad cell styles, which officers already recognise. */
export const RAG_STYLES: Record<RagStyleKey, CellStyle> = {
  // italic is set both ways so a cell that was "Not rated" last run does not stay italic
  Green: { fill: '#C6EFCE', fontColor: '#006100', italic: false },
  Amber: { fill: '#FFEB9C', fontColor: '#9C5700', italic: false },
  Red: { fill: '#FFC7CE', fontColor: '#9C0006', italic: false },
  'Not rated': { fill: '#EDEDED', fontColor: '#3A3A3A', italic: true },
};

/** The snapshot carries no cell styles, so headers get the usual look of a table header. */
export const HEADER_STYLE: CellStyle = { bold: true, wrap: true, vAlign: 'middle' };

export const NOTE_STYLE: CellStyle = { italic: true, fontColor: '#404040' };

function channel(hex: string, at: number): number {
  const c = parseInt(hex.slice(at, at + 2), 16) / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of "#RRGGBB". */
export function luminance(hex: string): number {
  return 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
}

/** WCAG contrast ratio between two "#RRGGBB" colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
