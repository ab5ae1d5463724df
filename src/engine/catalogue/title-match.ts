/**
 * Which indicator a row's text describes, by the words it shares with each
 * definition. Officers abbreviate and paraphrase titles ("KS 2 level 4 English &
 * Maths", "Percentage of custodial sentences"), so words are reduced to rough
 * stems, common phrasings are folded into one token, and rare shared words count
 * more than common ones.
 */

/**
 * Phrasings officers use interchangeably, folded to one token before splitting.
 * Each rule names a substring it needs, so most rules cost one `includes` per text.
 */
const KS_PAIR = (_: string, a: string, b?: string) => (b ? ` ks${a} ks${b} ` : ` ks${a} `);

const PHRASES: [string, RegExp, string | ((...m: string[]) => string)][] = [
  [
    'not in educ',
    /\bnot in education,? (?:employment|training),? (?:or|and|&) (?:employment|training)\b/g,
    ' neet ',
  ],
  ['not in educ', /\bnot in education,? training or employment\b/g, ' neet '],
  [
    'education',
    /\b(?:in )?education,? (?:employment|training),? (?:or|and|&) (?:employment|training)\b/g,
    ' eet ',
  ],
  ['looked', /\blooked[\s-]+after\b/g, ' lookedafter '],
  ['in care', /\bin care\b/g, ' lookedafter '],
  ['c', /\bcla\b|\bcic\b|\blac\b/g, ' lookedafter '],
  ['child protection', /\bchild protection\b/g, ' cp '],
  ['key stage', /\bkey stages? (\d)(?:\s*(?:and|-|to)\s*(?:key stage )?(\d))?\b/g, KS_PAIR],
  ['ks', /\bks\s?(\d)\s?(?:-|to)\s?(\d)\b/g, KS_PAIR],
  ['ks', /\bks\s?(\d)\b/g, ' ks$1 '],
  ['adolescent', /\bchild and adolescent mental health(?: services)?\b/g, ' camhs '],
  ['special educational', /\bspecial educational needs?\b/g, ' sen '],
  ['free school', /\bfree school meals?\b/g, ' fsm '],
  ['minority', /\bblack and minority ethnic\b/g, ' bme '],
  ['e', /\be\s?[&/]\s?m\b/g, ' english maths '],
  ['inc', /\binc\b\.?/g, ' including '],
  ['two', /\btwo\b/g, ' 2 '],
  ['three', /\bthree\b/g, ' 3 '],
  ['five', /\bfive\b/g, ' 5 '],
  ['yp', /\byp\b/g, ' young people '],
  ['mths', /\bmths\b/g, ' months '],
  ['hrs', /\bhrs\b/g, ' hours '],
  ['yrs', /\byrs\b/g, ' years '],
  ['no.', /\bno\.\s/g, ' number '],
  ['aver', /\baver\b/g, ' average '],
  ['under', /\bunder[\s-]+(\d+)s?\b/g, ' under$1 '],
  ['re-offend', /\bre-offend/g, ' reoffend'],
  ['time', /\bfirst[\s-]+time\b/g, ' firsttime '],
  ['feeding', /\bbreast[\s-]+feeding\b/g, ' breastfeeding '],
  // when a figure was counted says nothing about which indicator it is
  ['year', /\b(?:in the |during the )?(?:last|past|previous) (?:year|12 months)\b|\bin year\b/g, ' '],
  ['%', /%/g, ' percent '],
];

const STOP = new Set(
  (
    'a an and are as at be been by for from has have in into is it its of on or that the their there these this those ' +
    'to was were which who whose with within both all any each than per who'
  ).split(' '),
);

// Longest first: a rough stemmer good enough to join custody/custodial, placement/placements,
// bullied/bullying. [suffix, replacement]
const SUFFIXES: [string, string][] = [
  ['ational', ''],
  ['ations', ''],
  ['ation', ''],
  ['ments', ''],
  ['ment', ''],
  ['ings', ''],
  ['ing', ''],
  ['ness', ''],
  ['ies', 'y'],
  ['ied', 'y'],
  ['ial', ''],
  ['ed', ''],
  ['es', ''],
  ['s', ''],
  ['al', ''],
  ['y', ''],
  ['e', ''],
];

function stem(word: string): string {
  let w = word;
  for (let pass = 0; pass < 2; pass++) {
    const rule = SUFFIXES.find(([s, r]) => w.endsWith(s) && w.length - s.length + r.length >= 4);
    if (!rule) break;
    w = w.slice(0, w.length - rule[0].length) + rule[1];
  }
  return w;
}

/** The stemmed, stop-word-free tokens of a text. */
export function titleTokens(text: string): string[] {
  let t = ` ${text.toLowerCase().replace(/[\u2018\u2019']/g, '')} `;
  for (const [needs, re, to] of PHRASES)
    if (t.includes(needs)) t = t.replace(re, to as (...m: string[]) => string);
  const out: string[] = [];
  for (const raw of t.split(/[^a-z0-9*]+/)) {
    if (raw === '' || STOP.has(raw)) continue;
    out.push(/^\d/.test(raw) ? raw : stem(raw));
  }
  return out;
}

const CACHE_SIZE = 5000;
/**
 * Word weight a text needs before a full match counts fully: one common word
 * ("Be Healthy" -> health) is not evidence of an indicator, two rare ones are.
 */
const ENOUGH_EVIDENCE = 8;
const MAX_KEPT = 20;

export interface TitleEntry {
  code: string;
  /** title, short title, sub-indicator titles, officer wordings */
  texts: string[];
}

export interface TitleMatch {
  code: string;
  score: number;
}

/** Precomputed token sets and weights; `match` costs a few microseconds per call. */
export class TitleIndex {
  private readonly codes: string[] = [];
  /** the title's and short title's own tokens and weights, for the score's second part */
  private readonly titles: { tokens: Set<string>; weight: number }[][] = [];
  private readonly postings = new Map<string, number[]>();
  private readonly idf = new Map<string, number>();
  private readonly unknownIdf: number;
  // the same titles come back row after row; remember recent answers
  private readonly cache = new Map<string, TitleMatch[]>();
  private readonly weights: Float64Array;
  private readonly counts: Int32Array;

  constructor(entries: readonly TitleEntry[]) {
    entries.forEach((e, i) => {
      this.codes.push(e.code);
      const set = new Set<string>();
      for (const text of e.texts) for (const tok of titleTokens(text)) set.add(tok);
      this.titles.push(e.texts.slice(0, 2).map((t) => ({ tokens: new Set(titleTokens(t)), weight: 0 })));
      for (const tok of set) {
        const list = this.postings.get(tok);
        if (list) list.push(i);
        else this.postings.set(tok, [i]);
      }
    });
    const n = entries.length;
    for (const [tok, list] of this.postings) this.idf.set(tok, Math.log(1 + n / list.length));
    this.unknownIdf = Math.log(1 + n);
    for (const names of this.titles) {
      for (const name of names) for (const tok of name.tokens) name.weight += this.idf.get(tok) ?? 0;
    }
    this.weights = new Float64Array(n);
    this.counts = new Int32Array(n);
  }

  /**
   * Codes whose words fit the text, best first. Score 0..1: mostly how much of the
   * text's (weighted) words the definition contains, a little how close the text
   * is to the title or short title, so 1 means the same words as one of them.
   */
  match(text: string, limit = 5): TitleMatch[] {
    let all = this.cache.get(text);
    if (!all) {
      all = this.score(text);
      if (this.cache.size >= CACHE_SIZE) this.cache.clear();
      this.cache.set(text, all);
    }
    return all.slice(0, limit);
  }

  private score(text: string): TitleMatch[] {
    const query = [...new Set(titleTokens(text))];
    if (query.length === 0) return [];
    // scratch arrays reused across calls: no per-call maps
    const weights = this.weights;
    const counts = this.counts;
    const touched: number[] = [];
    let total = 0;
    const queryWeights: number[] = [];
    for (const tok of query) {
      const w = this.idf.get(tok) ?? this.unknownIdf;
      queryWeights.push(w);
      total += w;
      const list = this.postings.get(tok);
      if (!list) continue;
      for (const i of list) {
        if (counts[i] === 0) touched.push(i);
        weights[i] += w;
        counts[i]++;
      }
    }
    const scored: TitleMatch[] = [];
    for (const i of touched) {
      const coverage = (weights[i] / total) * Math.min(1, total / ENOUGH_EVIDENCE);
      // weighted so a title's own rare words the text lacks count against it
      let dice = 0;
      for (const name of this.titles[i]) {
        let shared = 0;
        for (let k = 0; k < query.length; k++) if (name.tokens.has(query[k])) shared += queryWeights[k];
        dice = Math.max(dice, (2 * shared) / (total + name.weight));
      }
      scored.push({ code: this.codes[i], score: Math.round((0.85 * coverage + 0.15 * dice) * 1000) / 1000 });
      weights[i] = 0;
      counts[i] = 0;
    }
    scored.sort((x, y) => y.score - x.score);
    return scored.slice(0, MAX_KEPT);
  }
}
