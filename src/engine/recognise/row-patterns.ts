/**
 * Text patterns for the rows inside a table that are not indicators: footnotes,
 * captions between page-break repeats, sub-rows of the indicator above, and the
 * Every Child Matters outcome headings.
 */

const FOOTNOTE =
  /^([¹²³⁴⁵⁶⁷⁸⁹⁰*†‡§]|\(\d{1,2}\)\s|\d{1,2}\)\s|notes?\s*[:.\-–]|nb\b|n\.b\.|(data\s+)?sources?\s*:|key\s*:|please note\b)/i;
const CAPTION = /^(table\s+[a-z0-9]{1,3}\b.{0,30}|\(?cont(inued|'d|d)?\.?\)?|continued\b.{0,30})$/i;
const SUB_ROW = /^(\(?[a-h]\)\s|[a-h][.:]\s|\(?(i|ii|iii|iv|v|vi)\)\s|[-–•·]\s|-?\s*of which\b|o\/w\b)/i;
const LONE_LETTER = /^\(?[a-h]\)?\.?$/i;
const OUTCOME =
  /^(\d+[.)]?\s*)?(be(ing)? healthy|stay(ing)? safe|enjoy(ing)? and achiev|mak(e|ing) a positive contribution|achiev(e|ing) economic well|service management|capacity|economic well-?being|positive contribution)/i;

export function isFootnote(text: string): boolean {
  return FOOTNOTE.test(text);
}

export function isCaption(text: string): boolean {
  return text.length <= 40 && CAPTION.test(text);
}

/** "(b) ...", "a. ...", "- of which ...", or a code cell holding just "(b)". */
export function isSubRow(title: string, codeText: string): boolean {
  return SUB_ROW.test(title) || (codeText !== '' && LONE_LETTER.test(codeText));
}

export function isOutcomeHeading(text: string): boolean {
  return OUTCOME.test(text);
}
