/**
 * The sourcing claims of issue 16, read through the listing `ni-targets catalogue --json` prints.
 * What is sourced is checked for shape (an address always has a quote, a plan or judgement never
 * pretends to an address); how much is sourced is held at the figures reached so far, so a lost
 * record fails CI. The issue's own target (180 titles, every children's services NI) is not yet
 * met: it stands as a todo, and docs/catalogue-sources.md says which NIs are missing.
 */
import { listCatalogue, type ListedIndicator } from '../../../src/engine/catalogue/listing';

const items = listCatalogue();
const national = items.filter((e) => e.parent === null);

/** NI 19, 43-46, 50-120, 147, 148: the children's services indicators the issue names. */
const CHILDREN = [19, 43, 44, 45, 46, 147, 148, ...Array.from({ length: 71 }, (_, i) => 50 + i)];

const withUrl = (e: ListedIndicator, f: 'title' | 'unit' | 'polarity') => !!e.sources[f]?.url;
const complete = (e: ListedIndicator) => withUrl(e, 'title') && withUrl(e, 'unit') && withUrl(e, 'polarity');

describe('the catalogue listing, as `catalogue --json` gives it', () => {
  it('holds the 198 NIs and, after each, its sub-indicators', () => {
    expect(national.map((e) => e.code)).toEqual(
      Array.from({ length: 199 }, (_, i) => i + 1)
        .filter((n) => n !== 31)
        .map((n) => `NI ${n}`),
    );
    const subs = items.filter((e) => e.parent !== null);
    expect(subs.length).toBeGreaterThanOrEqual(32);
    for (const s of subs) {
      expect(s.code.startsWith(`${s.parent}`)).toBe(true);
      expect(s.code).toMatch(/^NI \d+[a-h]$/);
    }
  });

  it('gives every fact with an address a quote, and no address to a plan or a judgement', () => {
    for (const e of items) {
      for (const [field, s] of Object.entries(e.sources)) {
        const fact = { code: e.code, field, kind: s.kind };
        if (s.url !== null) {
          expect({ ...fact, url: s.url }).toEqual({
            ...fact,
            url: expect.stringMatching(/^https?:\/\/\S+$/),
          });
          expect({ ...fact, quote: (s.quote ?? '').length > 10 }).toEqual({ ...fact, quote: true });
          expect(['plan', 'unsourced']).not.toContain(s.kind);
        } else {
          expect({ ...fact, note: (s.note ?? '').length > 0 }).toEqual({ ...fact, note: true });
        }
      }
    }
  });

  it('quotes, in each title source, the NI number the record names it by', () => {
    // "NI 058", "NI 65", "NI 157b", "National Indicator 56"; NI 88's statistical release names
    // the measure ("Schools providing access to extended services") but not the number
    const byMeasureOnly = new Set(['NI 88']);
    for (const e of national.filter((x) => withUrl(x, 'title') && !byMeasureOnly.has(x.code))) {
      const n = Number(e.code.slice(3));
      // "National Indicators 171 and 172" names both of a pair
      const names = new RegExp(`\\b(NI ?0*${n}|National Indicators? (\\d+ and )?${n})[a-h]?\\b`, 'i');
      expect({ code: e.code, names: names.test(e.sources.title!.quote!) }).toEqual({
        code: e.code,
        names: true,
      });
    }
  });

  it("keeps at least the titles and children's services NIs sourced so far (a lost record fails)", () => {
    const titled = national.filter((e) => withUrl(e, 'title')).map((e) => e.code);
    expect(titled.length).toBeGreaterThanOrEqual(60);
    const childrenComplete = national
      .filter((e) => CHILDREN.includes(Number(e.code.slice(3))) && complete(e))
      .map((e) => e.code);
    expect(childrenComplete).toEqual(
      expect.arrayContaining([
        ...['NI 44', 'NI 50', 'NI 52', 'NI 54', 'NI 56', 'NI 58', 'NI 65', 'NI 88', 'NI 92'],
        ...['NI 107', 'NI 108', 'NI 110', 'NI 115'],
      ]),
    );
  });

  it('rates NI 192, 193 and 154 the way their records say good performance goes', () => {
    const byCode = new Map(national.map((e) => [e.code, e]));
    expect(byCode.get('NI 192')).toMatchObject({
      polarity: 'higher',
      sources: { polarity: { kind: 'lg-inform', quote: expect.stringContaining('a high value is good') } },
    });
    expect(byCode.get('NI 193')).toMatchObject({
      polarity: 'lower',
      sources: { polarity: { quote: expect.stringContaining('away from landfill') } },
    });
    expect(byCode.get('NI 154')).toMatchObject({
      polarity: 'higher',
      goodPerformance: 'Good performance is typified by an increase in numbers of net additional homes.',
    });
  });

  it('takes the direction of NI 110, 115, 18 and 52 from the words of the records that state one', () => {
    const byCode = new Map(national.map((e) => [e.code, e]));
    const said = (code: string, polarity: string, words: string) =>
      expect(byCode.get(code)).toMatchObject({
        polarity,
        sources: { polarity: { url: expect.any(String), quote: expect.stringContaining(words) } },
      });
    said('NI 110', 'higher', 'NI 110: More participation in positive activities');
    said('NI 115', 'lower', 'NI 115: Reduce the proportion of young people');
    said('NI 18', 'lower', 'targets to reduce reoffending: National Indicator 18');
    said('NI 52', 'higher', 'Good performance would be above those levels');
    // a record that names the measure but states no direction leaves the polarity to the plan
    expect(byCode.get('NI 69')!.sources.polarity).toMatchObject({ kind: 'plan', url: null });
  });

  it("gives NI 109 the handbook's unit, a percentage of the centres required, and logs the change", () => {
    const e = national.find((x) => x.code === 'NI 109')!;
    expect(e).toMatchObject({
      unit: 'percent',
      sources: {
        unit: { kind: 'handbook', quote: expect.stringContaining('as a percentage of the total number') },
      },
    });
    expect(e.corrections).toEqual([
      expect.objectContaining({ field: 'unit', before: 'count', after: 'percent' }),
    ]);
  });

  it('takes the unit of NI 49 and NI 136 from their records, rates per population, and logs each change', () => {
    const byCode = new Map(national.map((e) => [e.code, e]));
    expect(byCode.get('NI 49')).toMatchObject({
      unit: 'rate-per-100000',
      polarity: 'lower',
      sources: { unit: { quote: expect.stringContaining('primary fires per 100,000 population') } },
      corrections: [expect.objectContaining({ field: 'unit', before: 'count', after: 'rate-per-100000' })],
    });
    expect(byCode.get('NI 136')).toMatchObject({
      unit: 'rate-per-1000',
      sources: { unit: { quote: expect.stringContaining('per 1,000 population') } },
      corrections: [expect.objectContaining({ field: 'unit', before: 'percent', after: 'rate-per-1000' })],
    });
  });

  it.todo(
    "issue 16's target: at least 180 titles and every children's services NI (19, 43-46, 50-120, 147, 148) with title, unit and polarity from a public source",
  );
});
