/**
 * Officers' cells are free text and can hold anything, markup included: every
 * piece of text goes into the HTML export through this, in content and in
 * attribute values alike, so a cell reading <script> stays words on the page.
 */
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

// two patterns: a /g pattern keeps lastIndex between .test() calls and would skip text
const ANY_SPECIAL = /[&<>"']/;
const EVERY_SPECIAL = /[&<>"']/g;

export function escapeHtml(text: string): string {
  // most cells are plain: skip the replace when there is nothing to escape
  return ANY_SPECIAL.test(text) ? text.replace(EVERY_SPECIAL, (ch) => ENTITIES[ch]) : text;
}
