/**
 * Fill and text colours for shaded cells in the board exports.
 *
 * The fills are the strong Green / Amber / Red boards are used to, and each text
 * colour is chosen for a WCAG AA contrast (4.5:1 or better) against its fill, so
 * the word stays readable on screen, in print and in greyscale; the word itself is
 * always written in the cell because colour alone must never carry the rating.
 *
 * TODO(lead): src/engine/render/styles.ts (sheet renderer) did not exist when this
 * was written; once it lands, import its RAG colours here instead of keeping two maps.
 */
import type { RagWord, TaskStatus } from '../engine/report/types';

export interface Shade {
  /** fill, RRGGBB without '#' (the form Word wants) */
  fill: string;
  /** text colour on that fill, RRGGBB */
  text: string;
}

export const RAG_SHADES: Record<RagWord, Shade> = {
  Green: { fill: '00B050', text: '000000' },
  Amber: { fill: 'FFC000', text: '000000' },
  Red: { fill: 'C00000', text: 'FFFFFF' },
};

/** Which task statuses read as a RAG colour; the rest stay unshaded. */
export const STATUS_RAG: Record<TaskStatus, RagWord | null> = {
  Complete: 'Green',
  Overdue: 'Red',
  'Due soon': 'Amber',
  'Not yet due': null,
  Ongoing: null,
  'No date': null,
};

/** Header rows and outcome headings: quiet tints that survive a mono printer. */
export const HEADER_SHADE: Shade = { fill: 'D9E2F3', text: '000000' };
export const HEADING_SHADE: Shade = { fill: 'F2F2F2', text: '000000' };
