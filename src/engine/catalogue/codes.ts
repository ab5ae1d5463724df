/**
 * Finding indicator codes in what officers type: "NI 55", "NI55", "NI 055",
 * "(NI 56a)", "NI 113 a/b", and the typos seen in real plans: "N61", "N1 43",
 * "NI88", "NI 04". Normalised form: "NI 55", "NI 56b".
 */

export interface CodeMatch {
  /** normalised: "NI 56b" */
  code: string;
  /** the indicator number, 56 */
  number: number;
  /** sub-indicator letter(s): "b", or "a/b" when one row covers several */
  letter: string | null;
  /** the text as typed, "N1 43" */
  asTyped: string;
  /** position in the searched text */
  index: number;
  /** true when the typed form is a typo of the NI prefix (N61, N1 43) */
  corrected: boolean;
}

// Proper prefix: NI, N.I., NI-, with or without a space, optional leading zeros.
const PROPER =
  /(?<![A-Za-z0-9])N\.?I\.?[\s\-.:#]*0*(\d{1,3})(?:\s?([a-h](?:\s?\/\s?[a-h])*))?(?![0-9A-Za-z])/g;
// Typos: N61, N 61, N1 43 (digit one for the letter I), Nl 43 (lower-case L).
const TYPO = /(?<![A-Za-z0-9])N(?:[1l]\s+|\s?)0*(\d{1,3})(?:\s?([a-h](?:\s?\/\s?[a-h])*))?(?![0-9A-Za-z%])/g;

function build(
  num: string,
  letters: string | undefined,
  asTyped: string,
  index: number,
  corrected: boolean,
): CodeMatch {
  const n = Number(num);
  const letter = letters ? letters.replace(/\s/g, '').toLowerCase() : null;
  const single = letter && letter.length === 1 ? letter : '';
  return { code: `NI ${n}${single}`, number: n, letter, asTyped, index, corrected };
}

/** Every NI code in a piece of text, in order. */
export function findCodes(text: string): CodeMatch[] {
  const out: CodeMatch[] = [];
  for (const m of text.matchAll(PROPER)) {
    out.push(build(m[1], m[2], m[0].trim(), m.index ?? 0, false));
  }
  if (out.length === 0) {
    for (const m of text.matchAll(TYPO)) {
      // a typo is only trusted where a code would stand: whole cell, start, end, or in brackets
      const start = m.index ?? 0;
      const end = start + m[0].length;
      const before = text.slice(0, start).trim();
      const after = text.slice(end).trim();
      const bracketed = /\($/.test(before) && /^\)/.test(after);
      if (before === '' || after === '' || bracketed) {
        out.push(build(m[1], m[2], m[0].trim(), start, true));
      }
    }
  }
  return out;
}

/** The first NI code in the text, or null. */
export function findCode(text: string): CodeMatch | null {
  return findCodes(text)[0] ?? null;
}

/**
 * A cell in a column that holds only codes: "55", "55a", 55 (a number), "NI 55".
 * A bare number is a code only here, never inside prose.
 */
export function readCodeCell(value: string | number | boolean | null): CodeMatch | null {
  if (typeof value === 'number') {
    return Number.isInteger(value) && value > 0 && value < 1000
      ? build(String(value), undefined, String(value), 0, false)
      : null;
  }
  if (typeof value !== 'string') return null;
  const t = value.trim();
  const bare = /^0*(\d{1,3})\s?([a-h])?$/.exec(t);
  if (bare) return build(bare[1], bare[2], t, 0, false);
  const whole = WHOLE_CELL.exec(t);
  if (whole) return build(whole[1], whole[2] ?? whole[3], t, 0, false);
  return findCode(t);
}

/**
 * A cell that is a code and nothing else, however it is cased or lettered: "ni 56", "Ni56",
 * "NI 56A", "NI 56(a)", "NI 56 (b)". In prose only the usual forms count (findCodes).
 */
const WHOLE_CELL = /^N\.?\s?I\.?[\s\-.:#]*0*(\d{1,3})\s?(?:([a-h])|\(([a-h])\))?$/i;

/** Local codes a council invents: "CSC 001", "CSC014", "LI 12", "BV 43". */
const LOCAL = /(?<![A-Za-z0-9])([A-Z]{2,5})[\s-]?(\d{1,4}[a-z]?)(?![0-9A-Za-z])/g;

/**
 * A local code in the text, when its prefix is one the workbook defines (from its
 * definitions sheet) or one commonly used for local indicators.
 */
export function findLocalCode(text: string, knownPrefixes: ReadonlySet<string>): string | null {
  for (const m of text.matchAll(LOCAL)) {
    const prefix = m[1];
    if (prefix === 'NI' || prefix === 'KS' || prefix === 'LAA' || prefix === 'FY') continue;
    if (knownPrefixes.has(prefix)) return `${prefix} ${m[2]}`;
  }
  return null;
}

/** "CSC 014" -> "CSC 014"; "csc14" -> "CSC 14": a stable key for local codes. */
export function normaliseLocalCode(text: string): string {
  const m = /^\s*([A-Za-z]{2,5})[\s-]?(\d{1,4}[a-z]?)\s*$/.exec(text);
  return m ? `${m[1].toUpperCase()} ${m[2]}` : text.trim();
}
