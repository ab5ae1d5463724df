/**
 * Every Child Matters outcome headings as officers write them ("Be Healthy",
 * "Being healthy", "Staying Safe", "Achieving Economic Wellbeing") mapped to one
 * key, so rows from two sources that use different wordings land in one group.
 */
import type { Outcome } from '../catalogue/types';

/** Word stems that identify each outcome; tested on lower-case text with punctuation removed. */
const OUTCOME_PATTERNS: [RegExp, Outcome][] = [
  [/\b(?:be(?:ing)?\s+)?healthy\b|\bbe(?:ing)?\s+health\b/, 'Be healthy'],
  [/\b(?:stay(?:ing)?|keep(?:ing)?|be(?:ing)?)\s+safe\b|^safe(?:ty)?$/, 'Stay safe'],
  [/\benjoy(?:ing)?\s+(?:and|&)\s+achiev/, 'Enjoy and achieve'],
  [/\bpositive\s+contribution\b/, 'Make a positive contribution'],
  [/\beconomic\s*well\s*-?\s*being\b/, 'Achieve economic well-being'],
  [/^(?:service\s+management|capacity)\b/, 'Service management'],
];

/** Headings longer than this are prose, not an outcome name, even if they mention one. */
const MAX_HEADING_WORDS = 6;

function plain(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9&\s-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The key a heading groups under: the ECM outcome it names, else its own words
 * (lower-case, single-spaced) so "Other Priorities" and "other priorities" still merge.
 */
export function groupKey(heading: string): string {
  const text = plain(heading);
  if (text.split(' ').length <= MAX_HEADING_WORDS) {
    for (const [re, outcome] of OUTCOME_PATTERNS) if (re.test(text)) return outcome;
  }
  return text;
}
