/**
 * Who a row is: its NI code (own column or inside the text, typos corrected),
 * local code, "Local Indicator" marker, LAA flag and title.
 */
import {
  findCode,
  findLocalCode,
  normaliseLocalCode,
  readCodeCell,
  type CodeMatch,
} from '../catalogue/codes';
import type { CellValue } from '../model/snapshot';
import { cellText } from './text';

export interface RowIdentity {
  code: string | null;
  codeAsTyped?: string;
  /** where the code was read: the code column or the title cell */
  codeFrom: 'code' | 'title' | null;
  title: string;
  /** the row says it is local: "Local Indicator", a local code */
  localMarker: boolean;
  local: boolean;
}

const LOCAL_MARKER = /\blocal\b|^li\b/i;
const OWN_LOCAL_CODE = /^([A-Z]{2,5})[\s-]?(\d{1,4}[a-z]?)$/;
const NOT_LOCAL_PREFIX = new Set(['NI', 'KS', 'LAA', 'FY', 'AY', 'QTR', 'ECM']);

/**
 * A code cell holding a code of the council's own ("CSC 083"), even when no definitions sheet names its
 * prefix: it is still that indicator's code (and validation says it has no definition).
 */
function ownLocalCode(codeText: string): string | null {
  const m = OWN_LOCAL_CODE.exec(codeText.trim());
  if (!m || NOT_LOCAL_PREFIX.has(m[1])) return null;
  return normaliseLocalCode(codeText);
}

/** Typed differently from its normal form in a way worth showing: N61, NI88, NI 04. */
function asTypedIfCorrected(m: CodeMatch, fromBareCell: boolean): string | undefined {
  if (fromBareCell) return undefined;
  if (m.corrected) return m.asTyped;
  const typedStem = m.asTyped.replace(/\s?[a-h](\s?\/\s?[a-h])*$/i, '');
  return typedStem === `NI ${m.number}` ? undefined : m.asTyped;
}

/** The title without its code: "Rate of proven re-offending (NI 19)" -> "Rate of proven re-offending". */
function stripCode(text: string, m: CodeMatch): string {
  const before = text.slice(0, m.index).replace(/[\s([{:\-–]+$/, '');
  const after = text.slice(m.index + m.asTyped.length).replace(/^[\s)\]}:\-–.]+/, '');
  return [before, after]
    .filter((t) => t !== '')
    .join(' ')
    .trim();
}

export function readIdentity(
  codeValue: CellValue | undefined,
  titleValue: CellValue,
  localPrefixes: ReadonlySet<string>,
): RowIdentity {
  const codeText = codeValue === undefined ? '' : cellText(codeValue);
  const titleText = cellText(titleValue);
  const hasPrefixes = localPrefixes.size > 0;

  if (codeText !== '') {
    const m = readCodeCell(codeValue ?? null);
    if (m) {
      const bare = typeof codeValue === 'number' || /^0*\d{1,3}\s?[a-h]?$/i.test(codeText);
      return {
        code: m.code,
        codeAsTyped: asTypedIfCorrected(m, bare),
        codeFrom: 'code',
        title: titleText,
        localMarker: false,
        local: false,
      };
    }
    const localCode = hasPrefixes ? findLocalCode(codeText, localPrefixes) : null;
    if (localCode)
      return { code: localCode, codeFrom: 'code', title: titleText, localMarker: true, local: true };
    // a code of an unknown prefix is kept, but is no evidence of an indicator table (cost centres are alike)
    const own = ownLocalCode(codeText);
    if (own) return { code: own, codeFrom: 'code', title: titleText, localMarker: false, local: true };
  }

  if (titleText !== '') {
    const m = titleText.includes('N') ? findCode(titleText) : null;
    if (m) {
      return {
        code: m.code,
        codeAsTyped: asTypedIfCorrected(m, false),
        codeFrom: 'title',
        title: stripCode(titleText, m),
        localMarker: false,
        local: false,
      };
    }
    const localCode = hasPrefixes ? findLocalCode(titleText, localPrefixes) : null;
    if (localCode)
      return { code: localCode, codeFrom: 'title', title: titleText, localMarker: true, local: true };
  }

  const marker = LOCAL_MARKER.test(codeText) || /^local indicator\b/i.test(titleText);
  return { code: null, codeFrom: null, title: titleText, localMarker: marker, local: true };
}

const LAA_TEXT = /\(LAA\d?\)|\bLAA\d?\s*:|\bLAA\d?\b|local area agreement/i;

/** Any of the row's texts flags the Local Area Agreement. */
export function mentionsLaa(t: string): boolean {
  // cheap gate before the pattern
  return (t.includes('LAA') || t.includes('greement')) && LAA_TEXT.test(t);
}

const YES = /^(y|yes|x|✓|✔|laa|true|1)$/i;

export function isYes(value: CellValue): boolean {
  return value === true || (value !== null && YES.test(cellText(value)));
}
