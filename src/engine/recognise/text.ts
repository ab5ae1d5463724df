/**
 * Cell text as recognition compares it: trimmed, one space between words, no
 * non-breaking spaces. Numbers become their plain string so "55" and 55 read alike.
 */
import type { CellValue } from '../model/snapshot';

const SPACES = /[\s\u00a0]+/g;
const ODD_SPACE = /\s\s|[\n\r\t\u00a0]/;

export function cellText(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'string') {
    // cheap path: most cells need no whitespace work
    const t = value.trim();
    return ODD_SPACE.test(t) ? t.replace(SPACES, ' ') : t;
  }
  return String(value);
}

export function isBlankValue(value: CellValue): boolean {
  return value === null || (typeof value === 'string' && value.trim() === '');
}
