/**
 * Bromley's Table A rated for 2008/09: "2008/09 Actual Full Year" against
 * "2008/9 Target Full year", rows as printed in reference/seeds/bromley-cypp-2009-11.txt,
 * taken from the Table A fixture (test/fixtures/workbooks/bromley-table-a.ts).
 * Each expected colour is worked out by hand in the comment beside it, with the default
 * tolerance (5% of the target) and the built-in catalogue's polarities.
 */
import { builtInCatalogue } from '../../../src/engine/catalogue/catalogue';
import { defaultSettings } from '../../../src/engine/model/settings';
import { rateTable } from '../../../src/engine/rate/rate-table';
import { reportingYear } from '../../../src/engine/rate/rating-year';
import type { Rating } from '../../../src/engine/rate/types';
import { bromleyTableALine } from '../../fixtures/workbooks/bromley-table-a';
import { BROMLEY_YEARS, buildTable } from './table-builder';

/**
 * The rows rated, in this order (ratings[3] and the last row are read by index):
 * fixture rows by NI number, or a Local Indicator by the first words of its
 * description (see bromleyTableALine).
 */
const RATED = [
  'NI 55',
  'NI 56',
  'NI 112',
  'Adoptions orders and special',
  'NI 61',
  'NI 62',
  'NI 64',
  'NI 65',
  'NI 111',
  'NI 72',
  'NI 73',
  'NI 99',
  'NI 100',
  'NI 87',
  'NI 114',
  'NI 19',
  'NI 45',
  'NI 117',
  'The percentage of 11',
];

/**
 * Variant of the fixture's LAA reward row: its title without the trailing
 * " - Local Area Agreement Reward Target", as this test was written. Kept so the
 * title the catalogue's local lookup is asked about stays the same.
 */
const LAA_SUFFIX = / - Local Area Agreement Reward Target$/;

/** NI rows by code alone; local rows (no code) by title; '' is an empty cell. */
const ROWS: { code: string | null; title?: string; values: (string | null)[] }[] = RATED.map((ref) => {
  const { code, description, figures } = bromleyTableALine(ref);
  const values = figures.map((f) => (f === '' ? null : f));
  return code === 'Local Indicator'
    ? { code: null, title: description.replace(LAA_SUFFIX, ''), values }
    : { code, values };
});

const table = buildTable(BROMLEY_YEARS, ROWS);
const settings = defaultSettings('2010-01-01');
const ratings = rateTable(table, builtInCatalogue(), settings);
const byCode = (code: string): Rating => {
  const i = ROWS.findIndex((r) => r.code === code);
  return ratings[i];
};

describe('Bromley Table A, 2008/09', () => {
  it('rates the latest year with an actual: 2008/09', () => {
    expect(reportingYear(table, settings)).toBe(2008);
    expect(ratings.every((r) => r.ratedYear === '2008/09')).toBe(true);
  });

  it.each([
    // 7.3% vs a target typed as 8 beside % actuals, so 8%; lower is better; 7.3 <= 8: met
    ['NI 55', 'Green'],
    // 15.7% vs 15%: missed by 0.7 points; 5% of 15 = 0.75; 0.7 <= 0.75
    ['NI 56', 'Amber'],
    // 34.0 vs 23.9 per 1,000: missed by 10.1; 5% of 23.9 = 1.195; 10.1 > 1.195
    ['NI 112', 'Red'],
    // 6.3% vs 11%, lower is better: met
    ['NI 62', 'Green'],
    // 2.7% vs 5%, lower is better: met
    ['NI 64', 'Green'],
    // NI 65 is a band indicator (10-15%); Bromley's 14% is read as the top of the band,
    // so Green runs from 10% to 14%; 11.7% is inside
    ['NI 65', 'Green'],
    // 46% vs 53%, higher is better: missed by 7; 5% of 53 = 2.65; 7 > 2.65
    ['NI 72', 'Red'],
    // 71% vs 63%, higher is better: met
    ['NI 99', 'Green'],
    // 50% vs 81%: missed by 31; 5% of 81 = 4.05
    ['NI 100', 'Red'],
    // 0.15 vs 0.2 (no units on the row), lower is better: met
    ['NI 114', 'Green'],
    // 4.7% vs 4.7%, lower is better: equal meets the target
    ['NI 117', 'Green'],
  ])('%s is %s', (code, rag) => {
    expect(byCode(code).rag).toBe(rag);
  });

  it.each([
    ['NI 61', 'actual Numbers too small'],
    ['NI 111', 'actual N/A'],
    ['NI 19', 'actual N/A'],
    ['NI 45', 'actual TBC'],
    ['NI 73', 'target New'],
    ['NI 87', 'no 2008/09 actual'],
  ])('%s is not rated: %s', (code, why) => {
    const r = byCode(code);
    expect(r.rag).toBeNull();
    expect(r.notRated).toBe(why);
  });

  it('does not rate local indicators whose polarity nobody recorded', () => {
    const r = ratings[3];
    expect(r.rag).toBeNull();
    expect(r.notRated).toBe('polarity unknown');
    expect(r.reason).toMatch(/not known whether a higher or a lower value is better/);
  });

  it('explains a rating in one sentence with its inputs', () => {
    const r = byCode('NI 56');
    expect(r.reason).toBe(
      '2008/09: 15.7% against a target of 15% (typed as 15; lower is better): missed by 0.7 percentage points,' +
        ' within the tolerance of 0.75 percentage points (5% of the target), Amber.',
    );
    expect(r).toMatchObject({ actual: 15.7, target: 15, unit: 'percent', assumedUnits: true });
    expect(byCode('NI 55').reason).toBe(
      '2008/09: 7.3% against a target of 8% (typed as 8; lower is better): met, Green.',
    );
    expect(byCode('NI 112').reason).toMatch(
      /34 per 1,000 against a target of 23.9 per 1,000 .*more than the tolerance of 1.2 per 1,000/,
    );
    expect(byCode('NI 61').reason).toBe("2008/09: not rated, because the actual is 'Numbers too small'.");
  });

  it('reads the band indicator target in the sentence', () => {
    expect(byCode('NI 65').reason).toMatch(/a band indicator: read as 10-14%/);
  });

  it('gives directions of travel against 2007/08', () => {
    // NI 55: 8.4% -> 7.3%, lower is better
    expect(byCode('NI 55').direction).toBe('Improving');
    expect(byCode('NI 55').previous).toEqual({ year: '2007/08', value: 8.4 });
    // NI 56: 15.5% -> 15.7%: +0.2 is more than 1% of 15.5 (0.155)
    expect(byCode('NI 56').direction).toBe('Worsening');
    // NI 72: 48% -> 46%, higher is better
    expect(byCode('NI 72').direction).toBe('Worsening');
    // NI 65: 11.35% -> 11.7%, both inside the 10-15% band: neither better nor worse
    expect(byCode('NI 65').direction).toBe('Increasing');
    // NI 117: 4.8% -> 4.7%: -0.1 is more than 1% of 4.8 (0.048); lower is better
    expect(byCode('NI 117').direction).toBe('Improving');
    // NI 61 has no 2008/09 figure
    expect(byCode('NI 61').direction).toBeNull();
  });

  it('draws trajectories from the earliest actual to the 2010/11 target', () => {
    // NI 55: 6.94% (2006/07) to 8% (2010/11): 6.94 + 1.06 * 2/4 = 7.47 expected; 7.3 is lower: on track
    const r55 = byCode('NI 55');
    expect(r55.expected).toBeCloseTo(7.47, 6);
    expect(r55.trajectory).toBe('On track');
    expect(r55.baseline).toEqual({ year: '2006/07', value: 6.94 });
    // NI 112: 31.0 (2005/06) to 17.7 (2010/11): 31 - 13.3 * 3/5 = 23.02; 34 misses by 10.98 > 5% (1.15)
    const r112 = byCode('NI 112');
    expect(r112.expected).toBeCloseTo(23.02, 6);
    expect(r112.trajectory).toBe('Off track');
    expect(r112.trajectoryReason).toMatch(/^Off track: expected 23.02 per 1,000 in 2008\/09/);
  });

  it('does not rate the compound local row without a polarity, and says why', () => {
    const r = ratings[ROWS.length - 1];
    expect(r.notRated).toBe('polarity unknown');
  });
});
