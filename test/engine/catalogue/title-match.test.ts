import { builtInCatalogue } from '../../../src/engine/catalogue/catalogue';
import { TitleIndex, titleTokens } from '../../../src/engine/catalogue/title-match';
import { SEED_ROWS } from './seed-rows';

const catalogue = builtInCatalogue();

describe('matchTitle on the reference plans', () => {
  it.each(SEED_ROWS)('%s: "%s" is NI %i', (_plan, text, ni) => {
    expect(catalogue.matchTitle(text, 3)[0]?.code).toBe(`NI ${ni}`);
  });

  it('covers every NI row of both plans', () => {
    expect(SEED_ROWS.filter(([p]) => p === 'bromley')).toHaveLength(26);
    expect(SEED_ROWS.filter(([p]) => p === 'oxfordshire')).toHaveLength(88);
  });
});

describe('matchTitle', () => {
  it.each([
    ['Obesity - Reception: percentage obese', 'NI 55'],
    ['Under-18 conceptions: rate per 1000', 'NI 112'],
    ['Percentage of custodial sentences', 'NI 43'],
    ['Children in care reaching level 4 in English at KS2', 'NI 99'],
    ['CLA achieving 5 A*-C GCSEs inc English and maths', 'NI 101'],
    ['CP plans lasting two years or more', 'NI 64'],
    ['Young people NEET', 'NI 117'],
    ['Teenage pregnancy', 'NI 112'],
    ['Key Stage 2 level 4 in English and maths', 'NI 73'],
  ])('"%s" -> %s', (text, code) => {
    expect(catalogue.matchTitle(text)[0]?.code).toBe(code);
  });

  it('scores the exact title 1 and ranks scores from best down', () => {
    const hits = catalogue.matchTitle('Secondary school persistent absence rate', 5);
    expect(hits[0]).toEqual({ code: 'NI 87', score: 1 });
    for (let i = 1; i < hits.length; i++) expect(hits[i].score).toBeLessThanOrEqual(hits[i - 1].score);
    expect(hits.every((h) => h.score > 0 && h.score <= 1)).toBe(true);
  });

  it('respects the limit and returns nothing for text without words', () => {
    expect(catalogue.matchTitle('children', 2)).toHaveLength(2);
    expect(catalogue.matchTitle('  --  ')).toEqual([]);
    expect(catalogue.matchTitle('zzz qqq')).toEqual([]);
  });

  it('gives a weak score to text that only shares common words', () => {
    const strong = catalogue.matchTitle('Under 18 conception rate')[0].score;
    const weak = catalogue.matchTitle('Percentage of children and young people in the area')[0].score;
    expect(weak).toBeLessThan(strong);
    expect(weak).toBeLessThan(0.8);
  });

  it('does not take an outcome heading or a single common word for an indicator', () => {
    for (const heading of ['Be Healthy', 'Staying Safe', 'Enjoy and Achieve', 'Academic Year']) {
      expect(catalogue.matchTitle(heading)[0]?.score ?? 0).toBeLessThan(0.6);
    }
  });
});

describe('titleTokens', () => {
  it('drops stop words and folds word endings together', () => {
    expect(titleTokens('Custodial sentences')).toEqual(titleTokens('custody sentenced'));
    expect(titleTokens('Children who have experienced bullying')).toContain(titleTokens('bullied')[0]);
    expect(titleTokens('the rate of the')).toEqual(['rate']);
  });

  it('treats the phrasings officers swap as the same word', () => {
    const same = (a: string, b: string) => expect(titleTokens(a).sort()).toEqual(titleTokens(b).sort());
    same('looked after children', 'children in care');
    same('CLA', 'CiC');
    same('KS2', 'Key Stage 2');
    same('KS 1-2', 'Key Stage 1 and Key Stage 2');
    same('CP plans', 'child protection plans');
    same('not in education, employment or training', 'NEET');
    same('free school meals gap', 'FSM gap');
  });
});

describe('TitleIndex', () => {
  it('ranks by rare shared words over common ones', () => {
    const index = new TitleIndex([
      { code: 'A', texts: ['children young people school attendance'] },
      { code: 'B', texts: ['children young people dental checks'] },
      { code: 'C', texts: ['children young people library visits'] },
    ]);
    expect(index.match('dental children')[0].code).toBe('B');
    expect(index.match('library', 1)).toEqual([{ code: 'C', score: expect.any(Number) }]);
  });
});
