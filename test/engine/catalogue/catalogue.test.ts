import { builtInCatalogue, catalogueEntries, withDefinitions } from '../../../src/engine/catalogue/catalogue';
import type { IndicatorDefinition } from '../../../src/engine/catalogue/types';

const catalogue = builtInCatalogue();

function def(code: string): IndicatorDefinition {
  const hit = catalogue.lookup(code);
  if (!hit) throw new Error(`${code} not in catalogue`);
  return hit.definition;
}

describe('the national catalogue', () => {
  it('holds NI 1 to NI 199 without NI 31: 198 indicators, each once', () => {
    const numbers = catalogue.national().map((d) => d.number);
    expect(numbers).toHaveLength(198);
    expect(new Set(numbers).size).toBe(198);
    expect(numbers).not.toContain(31);
    expect(Math.min(...(numbers as number[]))).toBe(1);
    expect(Math.max(...(numbers as number[]))).toBe(199);
  });

  it('records where every title, unit, polarity, period, outcome and status came from', () => {
    for (const d of catalogue.national()) {
      for (const field of ['title', 'unit', 'polarity', 'period', 'outcome', 'status'] as const) {
        const source = d.sources[field];
        expect({ code: d.code, field, from: source?.from }).toEqual({
          code: d.code,
          field,
          from: expect.stringMatching(
            /^(dataset-record|statistical-release|handbook|lg-inform|plan|unsourced)$/,
          ),
        });
        // a public record gives its address and a quote; a plan or a judgement says which and why
        if (/^(plan|unsourced)$/.test(source!.from)) expect(source?.note ?? '').not.toBe('');
        else
          expect(source).toMatchObject({
            url: expect.stringMatching(/^https?:\/\//),
            quote: expect.any(String),
          });
      }
    }
  });

  it('gives every national indicator a title, a short title and no local flag', () => {
    for (const d of catalogue.national()) {
      expect(d.code).toBe(`NI ${d.number}`);
      expect(d.title.length).toBeGreaterThan(5);
      expect(d.shortTitle.length).toBeGreaterThan(3);
      expect(d.shortTitle.length).toBeLessThanOrEqual(60);
      expect(d.local).toBe(false);
    }
  });

  it('puts the children and young people indicators under an Every Child Matters outcome', () => {
    const ecm = [
      'Be healthy',
      'Stay safe',
      'Enjoy and achieve',
      'Make a positive contribution',
      'Achieve economic well-being',
    ];
    const children = [19, 43, 44, 45, 46, 48, 147, 148, 199];
    for (let n = 50; n <= 118; n++) children.push(n);
    for (const n of children) expect([n, ecm.includes(def(`NI ${n}`).outcome ?? '')]).toEqual([n, true]);
    expect(ecm).not.toContain(def('NI 1').outcome);
    expect(def('NI 192').outcome).toBe('Environmental sustainability');
  });

  it('uses the Bromley Table A headings where Bromley groups the indicator', () => {
    expect(def('NI 111').outcome).toBe('Stay safe');
    expect(def('NI 111').sources.outcome).toMatchObject({
      from: 'plan',
      note: expect.stringContaining('Bromley'),
    });
    expect(def('NI 19').outcome).toBe('Make a positive contribution');
  });

  it.each([
    ['NI 112', 'lower'],
    ['NI 117', 'lower'],
    ['NI 62', 'lower'],
    ['NI 63', 'higher'],
    ['NI 64', 'lower'],
    ['NI 55', 'lower'],
    ['NI 56', 'lower'],
    ['NI 19', 'lower'],
    ['NI 43', 'lower'],
    ['NI 111', 'lower'],
    ['NI 114', 'lower'],
    ['NI 87', 'lower'],
    ['NI 92', 'lower'],
    ['NI 102', 'lower'],
    ['NI 104', 'lower'],
    ['NI 105', 'lower'],
    ['NI 106', 'lower'],
    ['NI 81', 'lower'],
    ['NI 70', 'lower'],
    ['NI 69', 'lower'],
    ['NI 115', 'lower'],
    ['NI 116', 'lower'],
    ['NI 76', 'lower'],
    ['NI 78', 'lower'],
    ['NI 89', 'lower'],
    ['NI 58', 'lower'],
    ['NI 73', 'higher'],
    ['NI 71', 'higher'],
    ['NI 82', 'higher'],
    ['NI 148', 'higher'],
  ])('%s: %s is better', (code, polarity) => {
    expect(def(code).polarity).toBe(polarity);
  });

  it('keeps NI 65 in its 10-15% band and NI 44 at no difference from the population', () => {
    expect(def('NI 65')).toMatchObject({ polarity: 'band', band: { low: 10, high: 15 }, unit: 'percent' });
    expect(def('NI 44')).toMatchObject({ polarity: 'band', band: { low: 0, high: 0 }, unit: 'ppts' });
  });

  it.each([
    ['NI 112', 'rate-per-1000'],
    ['NI 70', 'rate-per-10000'],
    ['NI 51', 'score'],
    ['NI 71', 'score'],
    ['NI 85', 'count'],
    ['NI 109', 'percent'], // the handbook: centres designated as a percentage of those required
    ['NI 111', 'count'],
    ['NI 102', 'ppts'],
    ['NI 55', 'percent'],
  ])('%s is measured in %s', (code, unit) => {
    expect(def(code).unit).toBe(unit);
  });

  it.each([
    ['NI 112', 'previous-calendar'],
    ['NI 91', 'calendar'],
    ['NI 86', 'calendar'],
    ['NI 73', 'academic'],
    ['NI 55', 'academic'],
    ['NI 62', 'financial'],
    ['NI 116', 'other'],
  ])('%s follows the Oxfordshire period: %s', (code, period) => {
    expect(def(code).period).toBe(period);
    expect(def(code).sources.period).toMatchObject({
      from: 'plan',
      note: expect.stringContaining('Oxfordshire'),
    });
  });

  it('quotes the seed plans where a title came from them', () => {
    const t = def('NI 55');
    expect(t.sources.title).toMatchObject({ from: 'plan', note: expect.stringContaining('Bromley') });
    expect(t.sources.title?.note).toContain(t.title);
  });
});

describe('lookup', () => {
  it('finds a national indicator however the code is spaced or padded', () => {
    for (const code of ['NI 55', 'NI55', 'NI 055', 'ni 55', ' NI 55 ']) {
      expect(catalogue.lookup(code)?.definition.title).toBe(
        'Obesity among primary school age children in Reception Year',
      );
    }
  });

  it('resolves a sub-indicator to its parent with the sub-indicator title', () => {
    const hit = catalogue.lookup('NI 56b');
    expect(hit?.definition.code).toBe('NI 56');
    expect(hit?.subTitle).toBe('Year 6: percentage measured');
    expect(catalogue.lookup('NI 52a')?.subTitle).toBe('Take up of school lunches - primary');
    expect(catalogue.lookup('NI 107e')?.subTitle).toBe('Chinese');
  });

  it('gives a sub-indicator its own polarity or unit where it differs from the parent', () => {
    expect(catalogue.lookup('NI 55a')?.definition.polarity).toBe('lower');
    expect(catalogue.lookup('NI 55b')?.definition.polarity).toBe('higher');
    expect(catalogue.lookup('NI 113a')?.definition.polarity).toBe('higher');
    expect(catalogue.lookup('NI 113b')?.definition.polarity).toBe('none');
    expect(catalogue.lookup('NI 89a')?.definition.unit).toBe('count');
    expect(catalogue.lookup('NI 89b')?.definition.unit).toBe('months');
  });

  it('knows the sub-indicators the plans use', () => {
    const letters = (code: string) => Object.keys(def(code).subIndicators ?? {}).join('');
    expect(letters('NI 44')).toBe('abcde');
    expect(letters('NI 52')).toBe('ab');
    expect(letters('NI 53')).toBe('ab');
    expect(letters('NI 85')).toBe('abc');
    expect(letters('NI 102')).toBe('ab');
    expect(letters('NI 103')).toBe('ab');
    expect(letters('NI 107')).toBe('abcde');
    expect(letters('NI 108')).toBe('abc');
    expect(letters('NI 113')).toBe('ab');
  });

  it('answers a letter it does not know with the parent and no sub-indicator title', () => {
    const hit = catalogue.lookup('NI 73c');
    expect(hit?.definition.code).toBe('NI 73');
    expect(hit?.subTitle).toBeUndefined();
  });

  it('knows nothing of NI 31, NI 0, NI 250 or text that is not a code', () => {
    for (const code of ['NI 31', 'NI 0', 'NI 250', 'CSC 014', 'Obesity', ''])
      expect(catalogue.lookup(code)).toBeNull();
  });

  it('is built once', () => {
    expect(builtInCatalogue()).toBe(catalogue);
  });
});

describe('withDefinitions', () => {
  const local: IndicatorDefinition = {
    code: 'CSC 014',
    number: null,
    title: 'Children in need visited within 10 days',
    shortTitle: 'Children in need visits',
    unit: 'percent',
    polarity: 'higher',
    period: 'financial',
    outcome: 'Stay safe',
    sources: { title: { from: 'workbook' }, polarity: { from: 'workbook' } },
    local: true,
  };
  const untitledCode: IndicatorDefinition = {
    ...local,
    code: 'Total absences in primary schools',
    title: 'Total absences in primary schools',
    shortTitle: 'Total absences in primary schools',
    polarity: 'lower',
  };
  const override: IndicatorDefinition = {
    code: 'NI 65',
    number: 65,
    title: '',
    shortTitle: '',
    unit: 'other',
    polarity: 'band',
    band: { low: 8, high: 12 },
    period: 'other',
    outcome: null,
    sources: { polarity: { from: 'workbook', note: 'C4' } },
    local: false,
    tolerance: { kind: 'absolute', value: 2 },
  };

  const extended = withDefinitions(catalogue, [local, untitledCode, override]);

  it('adds local indicators by code and by title, and their code prefixes', () => {
    expect(extended.lookup('CSC 014')?.definition.title).toBe('Children in need visited within 10 days');
    expect(extended.lookup('csc14')).toBeNull(); // CSC 14 and CSC 014 are different codes
    expect(extended.lookup('CSC014')?.definition.code).toBe('CSC 014');
    expect(extended.lookupLocalByTitle('Total absences in primary schools.')?.polarity).toBe('lower');
    expect(extended.lookupLocalByTitle('Total absences in secondary schools')).toBeNull();
    expect([...extended.localPrefixes()]).toEqual(['CSC']);
  });

  it('overrides only the fields the workbook stated', () => {
    const ni65 = extended.lookup('NI 65')?.definition;
    expect(ni65).toMatchObject({
      polarity: 'band',
      band: { low: 8, high: 12 },
      unit: 'percent',
      period: 'financial',
    });
    expect(ni65?.title).toBe(def('NI 65').title);
    expect(ni65?.sources.polarity).toEqual({ from: 'workbook', note: 'C4' });
    expect(ni65?.sources.unit?.from).toBe('lg-inform');
    expect(ni65?.tolerance).toEqual({ kind: 'absolute', value: 2 });
    expect(extended.national()).toHaveLength(198);
    expect(extended.national().find((d) => d.code === 'NI 65')?.band).toEqual({ low: 8, high: 12 });
  });

  it('leaves the built-in catalogue untouched', () => {
    expect(def('NI 65').band).toEqual({ low: 10, high: 15 });
    expect(catalogue.lookup('CSC 014')).toBeNull();
    expect(catalogue.localPrefixes().size).toBe(0);
  });

  it('applies a workbook row for one sub-indicator to that sub-indicator only', () => {
    const sub: IndicatorDefinition = {
      ...override,
      code: 'NI 113b',
      polarity: 'lower',
      band: undefined,
      tolerance: undefined,
    };
    const c = withDefinitions(catalogue, [sub]);
    expect(c.lookup('NI 113b')?.definition.polarity).toBe('lower');
    expect(c.lookup('NI 113b')?.subTitle).toBe('Prevalence of chlamydia');
    expect(c.lookup('NI 113a')?.definition.polarity).toBe('higher');
  });

  it('keeps earlier workbook definitions when extended again', () => {
    const again = withDefinitions(extended, [
      { ...local, code: 'LI 7', title: 'Library visits', shortTitle: 'Library visits' },
    ]);
    expect(again.lookup('CSC 014')).not.toBeNull();
    expect(again.lookup('LI 7')?.definition.title).toBe('Library visits');
    expect(new Set(again.localPrefixes())).toEqual(new Set(['CSC', 'LI']));
    expect(again.lookup('NI 65')?.definition.band).toEqual({ low: 8, high: 12 });
  });

  it('finds local indicators by their titles too', () => {
    expect(extended.matchTitle('Children in need visited within 10 days')[0]).toEqual({
      code: 'CSC 014',
      score: 1,
    });
  });
});

describe('sub-indicators as entries of their own', () => {
  const entries = catalogueEntries();
  const subs = entries.filter((e) => e.parent);

  it('each names a parent in the catalogue and carries its own sourced title, unit and polarity', () => {
    expect(subs.map((e) => e.code)).toEqual(
      expect.arrayContaining([
        'NI 44e',
        'NI 52b',
        'NI 53b',
        'NI 55b',
        'NI 56b',
        'NI 85c',
        'NI 89b',
        'NI 102b',
        'NI 103b',
        'NI 107e',
        'NI 108c',
        'NI 113b',
      ]),
    );
    for (const e of subs) {
      expect(entries.some((p) => p.code === e.parent && !p.parent)).toBe(true);
      expect(e.code.startsWith(e.parent!)).toBe(true);
      for (const f of ['title', 'unit', 'polarity', 'status'] as const) {
        const s = e.sources[f];
        expect([e.code, f, s?.from]).toEqual([e.code, f, expect.any(String)]);
        if (s!.from === 'plan' || s!.from === 'unsourced') expect(s!.note ?? '').not.toBe('');
        else expect(s).toMatchObject({ url: expect.any(String), quote: expect.any(String) });
      }
    }
  });

  it('lookup gives the sub-indicator its own title and the polarity its entry states', () => {
    for (const e of subs) {
      const hit = catalogue.lookup(e.code);
      expect([e.code, hit?.subTitle, hit?.definition.polarity]).toEqual([e.code, e.title, e.polarity]);
    }
  });
});
