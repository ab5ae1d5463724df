/**
 * Cells holding several labelled figures: "English: 81% Maths: 75%", and
 * "9.6% LAA: 11.0%" where the first figure has no label.
 */
import type { ParsedValue } from './types';

type Compound = Extract<ParsedValue, { kind: 'compound' }>;

const LABEL = /^[A-Za-z][A-Za-z0-9&/'’.\- ]{0,40}$/;

function readable(v: ParsedValue): boolean {
  return v.kind !== 'text' && v.kind !== 'empty' && v.kind !== 'compound';
}

// Splits "81% Maths" into the value before and the next label after, preferring the
// shortest label so "16 points Target" keeps "points" with its figure.
function splitValueLabel(
  segment: string,
  parse: (text: string) => ParsedValue,
): { value: ParsedValue; label: string } | null {
  const words = segment.trim().split(' ');
  for (let k = words.length - 1; k >= 1; k--) {
    const label = words.slice(k).join(' ');
    if (!LABEL.test(label)) break;
    const value = parse(words.slice(0, k).join(' '));
    if (readable(value)) return { value, label };
  }
  return null;
}

/** Reads a cell of colon-labelled parts, or null when any part is not a value. */
export function readCompound(text: string, parse: (text: string) => ParsedValue): Compound | null {
  const segments = text.split(':');
  if (segments.length < 2) return null;
  const parts: Compound['parts'] = [];
  let label: string;
  const first = segments[0].trim();
  if (LABEL.test(first) && !readable(parse(first))) label = first;
  else {
    const split = splitValueLabel(first, parse);
    if (!split) return null;
    parts.push({ label: null, value: split.value });
    label = split.label;
  }
  for (let i = 1; i < segments.length - 1; i++) {
    const split = splitValueLabel(segments[i], parse);
    if (!split) return null;
    parts.push({ label, value: split.value });
    label = split.label;
  }
  const value = parse(segments[segments.length - 1].trim());
  if (!readable(value)) return null;
  parts.push({ label, value });
  return { kind: 'compound', parts };
}
