import type { Catalogue, Polarity } from '../../catalogue/types';
import type { Finding } from '../../model/findings';
import { finding } from '../finding';
import { indicatorRows } from '../rows';
import { parentCode, titleText } from '../suggest';
import type { Rule } from '../types';

/**
 * Plans letter sub-indicators their own way (one council's NI 56a is another's 56b; NI 44c
 * is "Black" in the set and "Asian" in Oxfordshire), and the letter decides the polarity a
 * row is rated with. The catalogue holds the set's meaning of each letter; a title that
 * names the other letter's group, and nothing of its own, is reported.
 *
 * Only words that tell the letters apart count ("measured" vs "obese"; "Black" vs "Asian"):
 * words every letter shares ("Year 6", "percentage") say nothing, and a word two letters
 * share ("British") points at neither.
 */
const SUB_CODE = /^NI \d+([a-h])$/;
const POLARITY_WORDS: Record<Polarity, string> = {
  higher: 'higher is better',
  lower: 'lower is better',
  band: 'rated against a band',
  none: 'not rated for direction',
};

function words(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length > 1 && w !== 'or' && w !== 'and' && w !== 'of'),
  );
}

/** letter -> the words of its title that no other letter of the parent uses */
function distinctive(subs: Record<string, string>): Map<string, Set<string>> {
  const all = Object.entries(subs).map(([letter, title]) => [letter, words(title)] as const);
  const out = new Map<string, Set<string>>();
  for (const [letter, own] of all) {
    const others = all.filter(([l]) => l !== letter);
    out.set(letter, new Set([...own].filter((w) => !others.some(([, o]) => o.has(w)))));
  }
  return out;
}

/**
 * The one other letter whose distinctive words the title uses while using none of its own.
 * Words of the parent's title are not the title's own ("Ethnic composition of offenders:
 * Asian" names Asian, not NI 44e's "other ethnic group").
 */
function otherLetter(
  subs: Record<string, string>,
  letter: string,
  title: string,
  parentTitle: string,
): string | null {
  const parentWords = words(parentTitle);
  const said = new Set([...words(titleText(title))].filter((w) => !parentWords.has(w)));
  const hits = [...distinctive(subs)].filter(([, ws]) => [...ws].some((w) => said.has(w)));
  if (hits.length !== 1 || hits[0][0] === letter) return null;
  return hits[0][0];
}

function polarityNote(catalogue: Catalogue, code: string, other: string): string {
  const mine = catalogue.lookup(code)?.definition.polarity;
  const theirs = catalogue.lookup(other)?.definition.polarity;
  if (!mine || !theirs || mine === theirs) return '';
  return ` The row is rated as ${code} (${POLARITY_WORDS[mine]}); ${other} is ${POLARITY_WORDS[theirs]}.`;
}

export const subLetter: Rule = {
  id: 'NI-SUB-LETTER',
  severity: 'warning',
  title: "Title fits another sub-indicator's letter",
  check(ctx) {
    const out: Finding[] = [];
    for (const v of indicatorRows(ctx)) {
      const code = v.row.code;
      const letter = code && !v.row.local ? SUB_CODE.exec(code)?.[1] : undefined;
      if (!code || !letter || !v.row.title) continue;
      const parent = ctx.catalogue.lookup(parentCode(code))?.definition;
      const subs = parent?.subIndicators;
      if (!parent || !subs || subs[letter] === undefined) continue;
      const other = otherLetter(subs, letter, v.row.title, parent.title);
      if (!other) continue;
      const otherCode = `${parentCode(code)}${other}`;
      out.push(
        finding(
          this,
          { sheet: v.table.sheet, cell: v.anchor },
          `The title '${v.row.title}' fits ${otherCode} (${subs[other]}) rather than ${code} (${subs[letter]}), as the National Indicator Set letters them.${polarityNote(ctx.catalogue, code, otherCode)}`,
          `Change the code to ${otherCode}, or correct the title; if your plan letters the sub-indicators its own way, define ${code} on a definitions sheet.`,
        ),
      );
    }
    return out;
  },
};
