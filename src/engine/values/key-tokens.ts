/**
 * Tokens a sheet defines in its own key: "X = New Indicator", "* = provisional",
 * "- = no data", "n/a = not applicable". On that sheet the token means what the key
 * says: a cell holding only "X" is the status New, and "72.1%*" is a provisional
 * 72.1%. The key is found on the sheet by recognition (recognise/sheet-key.ts); this
 * module only reads a key's meanings and applies them to a cell's text.
 */
import { peel } from './trailing-marks';
import { parseNotYet, statusKey, statusOf } from './statuses';
import type { ParsedValue, Status } from './types';

/** What a key line makes its token mean: a status, or a mark that a figure is provisional. */
export type KeyMeaning = Status | 'provisional';

/** One line of a sheet's key, as the officer wrote it. */
export interface KeyEntry {
  /** the token as typed: "X", "*", "n/a" */
  token: string;
  /** the meaning as typed: "New Indicator" */
  meaning: string;
  read: KeyMeaning;
  /** where the line is: "B14" */
  cell: string;
}

/** A sheet's key: what its tokens stand for on that sheet. */
export interface SheetKey {
  entries: KeyEntry[];
  /** token (lower case, single spaces) -> the status it stands for */
  statuses: ReadonlyMap<string, Status>;
  /** tokens (lower case) that mark a figure provisional */
  provisional: ReadonlySet<string>;
}

export const NO_KEY: SheetKey = Object.freeze({
  entries: [],
  statuses: new Map<string, Status>(),
  provisional: new Set<string>(),
});

export function isEmptyKey(key: SheetKey | undefined): boolean {
  return !key || (key.statuses.size === 0 && key.provisional.size === 0);
}

/** A token a key may define: short, no digits (a digit is a figure or a footnote number), no "=". */
const TOKEN = /^[^\s\d=:]{1,4}$/;

export function isKeyToken(token: string): boolean {
  return TOKEN.test(token);
}

const PROVISIONAL = /\bprov(?:isional(?:ly)?|'l|’l|\.)?(?=$|[\s.,;)])/i;
// "New indicator - no data", "Suppressed (fewer than 5)": the words before the first break
const FIRST_PART = /\s+[-–—]\s+|\s*[(,;:/]\s*/;

function statusOfWords(words: string): Status | null {
  const w = words.trim().replace(/[.;,]+$/, '');
  if (w === '') return null;
  return statusOf(statusKey(w)) ?? parseNotYet(w)?.status ?? null;
}

/**
 * What a key's meaning says, if it is something a value can be: "New Indicator" ->
 * new, "no data" -> no-data, "provisional figure" -> provisional. Anything else
 * ("Red = target missed", "Target met") is not about values: null.
 */
export function keyMeaning(meaning: string): KeyMeaning | null {
  const whole = statusOfWords(meaning);
  if (whole) return whole;
  if (PROVISIONAL.test(meaning) && !/\bnot\s+prov/i.test(meaning)) return 'provisional';
  const first = meaning.split(FIRST_PART)[0];
  return first === meaning ? null : statusOfWords(first);
}

/** A key built from its lines; a later line for the same token wins, as it would on paper. */
export function sheetKeyOf(entries: KeyEntry[]): SheetKey {
  if (entries.length === 0) return NO_KEY;
  const statuses = new Map<string, Status>();
  const provisional = new Set<string>();
  for (const e of entries) {
    const token = statusKey(e.token);
    if (e.read === 'provisional') {
      provisional.add(token);
      statuses.delete(token);
    } else {
      statuses.set(token, e.read);
      provisional.delete(token);
    }
  }
  return { entries, statuses, provisional };
}

/** The status a cell holding only a key's token stands for ("X", "x", "X*"). */
export function keyStatus(text: string, key: SheetKey): Extract<ParsedValue, { kind: 'status' }> | null {
  if (key.statuses.size === 0) return null;
  const whole = key.statuses.get(statusKey(text));
  if (whole) return { kind: 'status', status: whole };
  // the token with a footnote mark after it: "X*", "X ¹"
  const peeled = peel(text);
  if (peeled.core === text || peeled.groups.length > 0) return null;
  const status = key.statuses.get(statusKey(peeled.core));
  return status ? { kind: 'status', status } : null;
}

function marksProvisional(marks: string, key: SheetKey): boolean {
  for (const token of key.provisional) {
    if (marks === token) return true;
    // marks run together ("*¹"): a one-character token among them counts
    if (token.length === 1 && !/[a-z]/.test(token) && marks.includes(token)) return true;
  }
  return false;
}

type Figure = Extract<ParsedValue, { kind: 'number' | 'bound' | 'band' | 'dated' }>;

function isFigure(v: ParsedValue): v is Figure {
  return v.kind === 'number' || v.kind === 'bound' || v.kind === 'band' || v.kind === 'dated';
}

/** Whether the marks or bracketed words after a figure include a token the key says means provisional. */
function flaggedProvisional(v: Figure, key: SheetKey): boolean {
  const footnotes = v.footnote?.toLowerCase().split(' ') ?? [];
  if (footnotes.some((m) => marksProvisional(m, key))) return true;
  const qualifiers = v.qualifier?.toLowerCase().split('; ') ?? [];
  return qualifiers.some((q) => key.provisional.has(statusKey(q)));
}

/**
 * A reading with the key applied to what follows the figure: "72.1%*" with
 * "* = provisional" is a provisional 72.1%, its mark kept as typed.
 */
export function withKeyMarks(v: ParsedValue, key: SheetKey): ParsedValue {
  if (key.provisional.size === 0 || !isFigure(v) || v.provisional) return v;
  return flaggedProvisional(v, key) ? { ...v, provisional: true } : v;
}

/**
 * A figure with a provisional token run onto it that the mark reader does not peel
 * ("72.1%p", "45 prov" with "prov = provisional"): the figure, provisional. For text
 * the parser could not read; null when it does not end in such a token after a figure.
 */
export function figureBeforeToken(
  text: string,
  key: SheetKey,
  read: (core: string) => ParsedValue,
): ParsedValue | null {
  const lower = text.toLowerCase();
  for (const token of key.provisional) {
    if (!lower.endsWith(token) || lower.length === token.length) continue;
    const v = read(text.slice(0, text.length - token.length).trimEnd());
    if (isFigure(v)) return { ...v, provisional: true };
  }
  return null;
}
