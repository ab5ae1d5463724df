/**
 * Fills and text colours for shaded cells in the board exports, taken from the
 * sheet renderer's styles (src/engine/render/styles.ts) so the Word paper, the
 * HTML page and the workbook's Table A / Table B sheets colour a rating alike.
 * Those pairs keep a WCAG AA contrast; the word is always written in the cell too.
 */
import type { RagWord, TaskStatus } from '../engine/report/types';
import { RAG_STYLES, type RagStyleKey } from '../engine/render/styles';

export type ShadeKey = RagStyleKey;

export interface Shade {
  /** fill, RRGGBB without '#' (the form Word wants) */
  fill: string;
  /** text colour on that fill, RRGGBB */
  text: string;
  italic: boolean;
}

const bare = (hex: string | undefined, fallback: string) => (hex ?? fallback).replace(/^#/, '').toUpperCase();

function shadeOf(key: ShadeKey): Shade {
  const style = RAG_STYLES[key];
  return {
    fill: bare(style.fill, 'FFFFFF'),
    text: bare(style.fontColor, '000000'),
    italic: style.italic === true,
  };
}

export const SHADES: Record<ShadeKey, Shade> = {
  Green: shadeOf('Green'),
  Amber: shadeOf('Amber'),
  Red: shadeOf('Red'),
  'Not rated': shadeOf('Not rated'),
};

/** Which task statuses read as a RAG colour (as on the Table B sheet); the rest stay unshaded. */
export const STATUS_RAG: Record<TaskStatus, RagWord | null> = {
  Complete: 'Green',
  Overdue: 'Red',
  'Due soon': 'Amber',
  'Not yet due': null,
  Ongoing: null,
  'No date': null,
};

/** Header rows and outcome headings: quiet tints that survive a mono printer. */
export const HEADER_SHADE: Shade = { fill: 'D9E2F3', text: '000000', italic: false };
export const HEADING_SHADE: Shade = { fill: 'F2F2F2', text: '000000', italic: false };
