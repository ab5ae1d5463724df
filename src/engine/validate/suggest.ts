/**
 * The code an officer probably meant: the indicator whose title fits the row's
 * title, else the nearest indicator number.
 */
import type { Catalogue } from '../catalogue/types';

/** Title matches below this are guesses, not evidence. */
export const TITLE_EVIDENCE = 0.5;
/** How far away a number may be and still be a likely slip of the finger. */
const NEAR = 3;

const CODE_IN_TEXT = /\(?\bN\.?\s*[I1l]\.?\s*\d{1,3}\s?[a-h]?(?:\s?\/\s?[a-h])*\)?/gi;
const NOISE = /\((?:LAA|local area agreement)\)|\bLAA\b|Local Area Agreement Reward Target/gi;

// the same indicator's title recurs down a table and across sheets: four regexes each time add up
const CLEANED = new Map<string, string>();
const REMEMBERED = 10_000;

/** A row title with codes and LAA flags taken out, for title matching. */
export function titleText(title: string): string {
  let text = CLEANED.get(title);
  if (text === undefined) {
    if (CLEANED.size >= REMEMBERED) CLEANED.clear();
    text = cleanTitle(title);
    CLEANED.set(title, text);
  }
  return text;
}

function cleanTitle(title: string): string {
  return title
    .replace(CODE_IN_TEXT, ' ')
    .replace(NOISE, ' ')
    .replace(/\s+/g, ' ')
    .replace(/[\s:;,–-]+$/, '')
    .trim();
}

export function wordCount(text: string): number {
  return text.split(/[^A-Za-z0-9*]+/).filter((w) => w.length > 1).length;
}

/** "NI 56b" -> "NI 56": titles are matched at indicator level. */
export function parentCode(code: string): string {
  return code.replace(/(\d)[a-h]$/, '$1');
}

export interface Suggestion {
  codes: string[];
  why: 'title' | 'number';
}

export function suggestCode(catalogue: Catalogue, title: string, number: number | null): Suggestion | null {
  const text = titleText(title);
  if (wordCount(text) >= 2) {
    const best = catalogue.matchTitle(text, 1)[0];
    if (best && best.score >= TITLE_EVIDENCE) return { codes: [parentCode(best.code)], why: 'title' };
  }
  if (number === null) return null;
  let bestGap = Infinity;
  let codes: string[] = [];
  for (const d of catalogue.national()) {
    if (d.number === null) continue;
    const gap = Math.abs(d.number - number);
    if (gap === 0 || gap > NEAR) continue;
    if (gap < bestGap) {
      bestGap = gap;
      codes = [d.code];
    } else if (gap === bestGap) codes.push(d.code);
  }
  return codes.length ? { codes, why: 'number' } : null;
}

/** "NI 32 (Repeat incidents of domestic violence)" for each suggested code. */
export function suggestionText(catalogue: Catalogue, s: Suggestion): string {
  return s.codes
    .map((c) => {
      const d = catalogue.lookup(c)?.definition;
      return d ? `${c} (${d.shortTitle || d.title})` : c;
    })
    .join(' or ');
}
