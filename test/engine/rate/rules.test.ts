/**
 * Each rating rule on rows taken from the reference plans (Oxfordshire's NIS table,
 * Bromley's Table A), with the arithmetic in the comments.
 */
import { builtInCatalogue } from '../../../src/engine/catalogue/catalogue';
import type { Catalogue } from '../../../src/engine/catalogue/types';
import { defaultSettings, type Settings } from '../../../src/engine/model/settings';
import { rateTable } from '../../../src/engine/rate/rate-table';
import type { Rating } from '../../../src/engine/rate/types';
import { BROMLEY_YEARS, OXFORDSHIRE_YEARS, buildTable, fakeCatalogue } from './table-builder';

const catalogue = builtInCatalogue();

function settings(over: Partial<Settings> = {}): Settings {
  return { ...defaultSettings('2010-06-01'), ...over };
}

/** One Oxfordshire row: [baseline 2008/09, 2009/10 actual, targets 2008/09, 2009/10, 2010/11, 2011/12]. */
function oxon(
  code: string | null,
  values: (string | null)[],
  s: Settings = settings(),
  cat: Catalogue = catalogue,
): Rating {
  return rateTable(buildTable(OXFORDSHIRE_YEARS, [{ code, values }]), cat, s)[0];
}

/** One Bromley row: [2005/06, 2006/07, 2007/08, 2008/09 actuals, targets 2008/09, 2009/10, 2010/11]. */
function bromley(
  code: string | null,
  values: (string | null)[],
  s: Settings = settings(),
  cat: Catalogue = catalogue,
): Rating {
  return rateTable(buildTable(BROMLEY_YEARS, [{ code, title: 'Local', values }]), cat, s)[0];
}

const y2008 = settings({ year: 2008 });

describe('bounds', () => {
  it('"<5%" is met strictly below 5% (NI 43, 2008/09 baseline 4.3%)', () => {
    const r = oxon('NI 43', ['4.3%', '5.4%', '<5%', '<5%', '<4%', '<4%'], y2008);
    expect(r.rag).toBe('Green');
    expect(r.reason).toBe('2008/09: 4.3% against a target of <5%: met, Green.');
  });

  it('"<5%" missed: 5.4% is 0.4 over, more than 5% of 5 (0.25): Red (NI 43, 2009/10)', () => {
    const r = oxon('NI 43', ['4.3%', '5.4%', '<5%', '<5%', '<4%', '<4%']);
    expect(r.ratedYear).toBe('2009/10');
    expect(r.rag).toBe('Red');
    expect(r.target).toBe(5);
  });

  it('sitting on a strict bound is a miss within tolerance: Amber', () => {
    expect(oxon('NI 43', ['4.3%', '5%', '<5%', '<5%', null, null]).rag).toBe('Amber');
  });

  it('"Maintain at <10%": 10.8% is 0.8 over, more than 0.5: Red; 8.5% the next year: Green (NI 64)', () => {
    const values = ['10.8%', '8.5%', 'Maintain at <10%', '<10%', '7%', '7%'];
    const r2008 = oxon('NI 64', values, y2008);
    expect(r2008.rag).toBe('Red');
    expect(r2008.targetText).toBe('Maintain at <10%');
    expect(oxon('NI 64', values).rag).toBe('Green');
  });

  it('a bound states its own direction, so it is rated even where polarity is unknown', () => {
    const cat = fakeCatalogue([{ code: 'NI 43', polarity: 'none' }]);
    expect(oxon('NI 43', ['4.3%', null, '<5%', null, null, null], y2008, cat).rag).toBe('Green');
  });
});

describe('bands', () => {
  const band = (actual: string) =>
    oxon('NI 65', [actual, null, '10-15% (top band)', null, null, null], y2008);

  it.each([
    // inside, edges included
    ['11.5%', 'Green'],
    ['10%', 'Green'],
    ['15%', 'Green'],
    // above by 0.5; 5% of the edge 15 = 0.75
    ['15.5%', 'Amber'],
    // below by 0.4; 5% of the edge 10 = 0.5
    ['9.6%', 'Amber'],
    // above by 3.2 (Oxfordshire's 2009/10 figure 18.2%)
    ['18.2%', 'Red'],
    // below by 1; more than 0.5
    ['9%', 'Red'],
  ])('%s against 10-15% is %s', (actual, rag) => {
    expect(band(actual).rag).toBe(rag);
  });

  it('names the band edge it missed', () => {
    const r = band('15.5%');
    expect(r.target).toBe(15);
    expect(r.reason).toBe(
      '2008/09: 15.5% against a target of 10-15%: missed by 0.5 percentage points,' +
        " within the tolerance of 0.75 percentage points (5% of the band's edge), Amber.",
    );
  });
});

describe('band indicators with a single-number target', () => {
  // NI 44: the catalogue's band is 0-0 ppts, so "0 ppts" is a point and a gap either side is a miss
  const ni44 = (actual: string, s: Settings = y2008) =>
    oxon('NI 44a', [actual, null, '0 ppts', '0 ppts', '0 ppts', '0 ppts'], s);

  it('meets a point target only on it', () => {
    expect(ni44('0 ppts').rag).toBe('Green');
  });

  it('counts a gap below the point as a miss, as well as one above', () => {
    // Oxfordshire's -4.4 ppts: 4.4 from 0, and 5% of 0 allows nothing
    const r = ni44('-4.4 ppts');
    expect(r.rag).toBe('Red');
    expect(r.reason).toBe(
      '2008/09: -4.4 ppts against a target of 0 ppts (a band indicator: a miss either side of 0 ppts counts):' +
        ' missed by 4.4 percentage points; 5% of a target of 0 allows no miss, Red.',
    );
    expect(ni44('+2.5 ppts').rag).toBe('Red');
  });

  it('allows an Amber either side with an absolute tolerance', () => {
    const abs = settings({ year: 2008, tolerance: { kind: 'absolute', value: 1 } });
    expect(ni44('-0.4 ppts', abs).rag).toBe('Amber');
    expect(ni44('+0.4 ppts', abs).rag).toBe('Amber');
  });
});

describe('polarity', () => {
  it('a plain target with unknown polarity is not rated, with the reason', () => {
    const cat = fakeCatalogue([{ code: 'NI 45', polarity: 'none' }]);
    const r = oxon('NI 45', ['70.12%', null, '70%', null, null, null], y2008, cat);
    expect(r.rag).toBeNull();
    expect(r.notRated).toBe('polarity unknown');
    // the actual and target are still reported so the pane can show them
    expect(r).toMatchObject({ actual: 70.12, target: 70 });
  });

  it('direction says Increasing / Decreasing when polarity is unknown', () => {
    const cat = fakeCatalogue([]);
    const r = bromley(null, ['6.02%', '6.05%', '5.47%', '5.3%', '4.74', '4.74', 'Not set'], settings(), cat);
    expect(r.direction).toBe('Decreasing');
    expect(r.trajectory).toBeNull();
  });

  it("a workbook definition's polarity rates a local indicator (total absences: lower is better)", () => {
    const cat = fakeCatalogue([{ code: 'Local', title: 'Local', local: true, polarity: 'lower' }]);
    // 5.3% against 4.74 (read as 4.74%): missed by 0.56; 5% of 4.74 = 0.237: Red
    const r = bromley(null, ['6.02%', '6.05%', '5.47%', '5.3%', '4.74', '4.74', 'Not set'], settings(), cat);
    expect(r.rag).toBe('Red');
    expect(r.direction).toBe('Improving');
    expect(r.assumedUnits).toBe(true);
  });
});

describe('zero targets', () => {
  const cat = fakeCatalogue([{ code: 'NI 89', polarity: 'lower', unit: 'count' }]);
  const row = (actual: string) => oxon('NI 89', ['1', actual, '0', '0', '0', '0'], settings(), cat);

  it('meeting a zero target exactly is Green', () => {
    expect(row('0').rag).toBe('Green');
  });

  it('with a relative tolerance any miss of a zero target is Red, and it says so', () => {
    const r = row('3');
    expect(r.rag).toBe('Red');
    expect(r.reason).toBe(
      '2009/10: 3 against a target of 0 (lower is better): missed by 3; 5% of a target of 0 allows no miss, Red.',
    );
  });

  it('an absolute tolerance still allows an Amber', () => {
    const r = oxon(
      'NI 89',
      ['1', '1', '0', '0', '0', '0'],
      settings({ tolerance: { kind: 'absolute', value: 1 } }),
      cat,
    );
    expect(r.rag).toBe('Amber');
  });
});

describe('percentages and points', () => {
  it('an absolute tolerance on a % indicator is in percentage points', () => {
    const abs = settings({ tolerance: { kind: 'absolute', value: 1 } });
    // 15.9% vs 15%: 0.9 over. Relative: 5% of 15 = 0.75 -> Red. Absolute: 1 point -> Amber.
    const values = ['new indicator', '12.84%', '15.5%', '15.9%', '15', '15', '15'];
    expect(bromley('NI 56', values).rag).toBe('Red');
    const r = bromley('NI 56', values, abs);
    expect(r.rag).toBe('Amber');
    expect(r.reason).toMatch(/within the tolerance of 1 percentage point \(1 percentage point\)/);
  });

  it('a per-indicator tolerance from the definitions sheet wins over the workbook one', () => {
    const cat = fakeCatalogue([
      { code: 'NI 56', polarity: 'lower', tolerance: { kind: 'relative', value: 10 } },
    ]);
    // 0.9 over; 10% of 15 = 1.5
    const r = bromley(
      'NI 56',
      ['new indicator', '12.84%', '15.5%', '15.9%', '15', '15', '15'],
      settings(),
      cat,
    );
    expect(r.rag).toBe('Amber');
    expect(r.tolerance).toEqual({ kind: 'relative', value: 10 });
  });

  it('gaps in ppts compare with targets in ppts (NI 81: 33.8 against 29, lower is better)', () => {
    const cat = fakeCatalogue([{ code: 'NI 81', polarity: 'lower', unit: 'ppts' }]);
    const r = oxon('NI 81', ['33.8 ppts', null, '29 ppts', '28 ppts', '25 ppts', null], y2008, cat);
    expect(r.rag).toBe('Red');
    expect(r.reason).toMatch(/33.8 ppts against a target of 29 ppts/);
  });

  it('figures in different units are not compared', () => {
    const r = bromley('NI 112', [
      '31.0 per 1000',
      '36.2 per 1000',
      '31.0 per 1000',
      '3.4%',
      '23.9 per 1000',
      null,
      null,
    ]);
    expect(r.rag).toBeNull();
    expect(r.notRated).toBe('units differ');
  });
});

describe('statuses', () => {
  it('"No target" is not rated (NI 19, Oxfordshire 2008/09)', () => {
    const r = oxon('NI 19', ['0.79', 'nya: July 2010', 'No target', 'No target', '0.7', '0.7'], y2008);
    expect(r.rag).toBeNull();
    expect(r.notRated).toBe('No target');
    expect(r.reason).toBe("2008/09: not rated, because the target is 'No target'.");
  });

  it('"nya" actuals are not rated (NI 51, 2009/10)', () => {
    const r = oxon(
      'NI 51',
      ['16 points', 'nya: June 2010', '16 points', '16 points', '16 points', '16 points'],
      settings({ year: 2009 }),
    );
    expect(r.notRated).toBe('actual nya: June 2010');
  });
});

describe('signed change targets', () => {
  // Bromley NI 111 first-time entrants: counts, with "-2%" targets
  it('"-2%" against counts: the target is last year\'s 408 less 2% = 399.84', () => {
    // 400 misses 399.84 by 0.16; 5% of 399.84 = 19.99: Amber
    const r = bromley('NI 111', ['392', '533', '408', '400', '-2%', '-2%', '-2%']);
    expect(r.rag).toBe('Amber');
    expect(r.target).toBeCloseTo(399.84, 6);
    expect(r.reason).toMatch(/-2% on 2007\/08's 408, is 399.84/);
    expect(bromley('NI 111', ['392', '533', '408', '390', '-2%', '-2%', '-2%']).rag).toBe('Green');
  });

  it('"+8%" on a % indicator is read as 8 percentage points and flagged (NI 107b)', () => {
    // 2009/10 target +8% on the 2008/09 baseline 87.4% = 95.4%; 94% misses by 1.4; 5% of 95.4 = 4.77
    const r = oxon('NI 107b', ['87.4%', '94%', '+8%', '+8%', '67%', '79%']);
    expect(r.target).toBeCloseTo(95.4, 6);
    expect(r.rag).toBe('Amber');
    expect(r.assumedUnits).toBe(true);
    expect(r.reason).toMatch(/read as 8 percentage points up/);
  });

  it('a change with no earlier actual is not rated', () => {
    const r = bromley('NI 111', ['new indicator', null, null, '400', '-2%', '-2%', '-2%']);
    expect(r.notRated).toBe('no earlier actual');
  });

  it('signed figures in a row of signed actuals are levels, not changes (Bromley post-16 gap)', () => {
    const cat = fakeCatalogue([
      { code: 'Local', title: 'Local', local: true, polarity: 'higher', unit: 'score' },
    ]);
    // -24.6 against a level of -2: missed by 22.6
    const r = bromley(
      null,
      ['New indicator', '-7 [714.5]', '-14 [717.4]', '-24.6 [715.2]', '-2', '+2', 'Ceased'],
      settings(),
      cat,
    );
    expect(r.target).toBe(-2);
    expect(r.rag).toBe('Red');
    expect(r.direction).toBe('Worsening');
  });
});

describe('compound cells', () => {
  const cat = fakeCatalogue([{ code: 'Local', title: 'Local', local: true, polarity: 'higher' }]);

  it('rates each labelled part and takes the worse', () => {
    // English 86 vs 85: met; Maths 72 vs 83: 11 short, more than 4.15: Red
    const r = bromley(
      null,
      ['New indicator', null, null, 'English: 86% Maths: 72%', 'English: 85% Maths: 83%', null, null],
      settings(),
      cat,
    );
    expect(r.rag).toBe('Red');
    expect(r.actual).toBe(72);
    expect(r.reason).toMatch(
      /English 86% against 85%: met \(Green\); Maths 72% against 83%: missed by 11 percentage points/,
    );
    expect(r.reason).toMatch(/Red, the worse of the parts\.$/);
  });

  it('parts that do not match are not rated', () => {
    const r = bromley(
      null,
      ['New indicator', null, null, 'English: 86% Science: 72%', 'English: 85% Maths: 83%', null, null],
      settings(),
      cat,
    );
    expect(r.notRated).toBe('parts differ');
  });

  it('"9.6% LAA: 11.0%" is rated against its first figure, the council\'s own target (NI 62)', () => {
    // 10.9% vs 9.6%, lower is better: 1.3 over, more than 0.48: Red
    const r = oxon('NI 62', ['9.2%', '10.9%', '12.5%', '9.6% LAA: 11.0%', '8.5%', null]);
    expect(r.rag).toBe('Red');
    expect(r.target).toBe(9.6);
  });
});

describe('dated targets', () => {
  it('"5.6% by 2011" in the 2008/09 column is not this year\'s target (NI 76)', () => {
    const r = oxon('NI 76', ['8.9%', null, '5.6% by 2011', '5.6% by 2011', '5.6%', '2.6%'], y2008);
    expect(r.notRated).toBe('target is for 2011');
  });
});

describe('trajectory', () => {
  it('runs from an explicit baseline column to the final target (NI 59)', () => {
    // 60.8% (2008/09) to 80% (2011/12): 60.8 + 19.2 / 3 = 67.2 expected in 2009/10; 60% is 7.2 short, more than 3.36
    const r = oxon('NI 59', ['60.8%', '60%', '80%', '68%', '75%', '80%']);
    expect(r.baseline).toEqual({ year: '2008/09', value: 60.8 });
    expect(r.finalTarget).toEqual({ year: '2011/12', value: 80 });
    expect(r.expected).toBeCloseTo(67.2, 6);
    expect(r.trajectory).toBe('Off track');
    // and the RAG: 60% vs 68%: 8 short, more than 3.4
    expect(r.rag).toBe('Red');
  });

  it('is Near track when within the tolerance of the expected value', () => {
    // 66% vs 67.2 expected: 1.2 short; 5% of 67.2 = 3.36
    expect(oxon('NI 59', ['60.8%', '66%', '80%', '68%', '75%', '80%']).trajectory).toBe('Near track');
  });

  it('has no rating in the baseline year itself', () => {
    const r = oxon('NI 59', ['60.8%', '60%', '80%', '68%', '75%', '80%'], y2008);
    expect(r.trajectory).toBeNull();
    expect(r.trajectoryReason).toBe('No trajectory: 2008/09 is the baseline year.');
  });
});

describe('direction of travel', () => {
  it('a change under 1% of the earlier value is No change', () => {
    // 100% -> 99.5%: 0.5 is under 1% of 100
    const r = bromley('NI 67', ['100%', '100%', '100%', '99.5%', '100%', '100%', '100%']);
    expect(r.direction).toBe('No change');
    expect(r.directionReason).toMatch(/under 1% of the earlier value/);
  });

  it('the threshold is configurable', () => {
    const r = bromley(
      'NI 67',
      ['100%', '100%', '100%', '99.5%', '100%', '100%', '100%'],
      settings({ noChangePercent: 0.1 }),
    );
    expect(r.direction).toBe('Worsening');
  });

  it('skips a year without a figure to find the previous actual', () => {
    const r = bromley('NI 55', ['5%', '6.94%', 'nya', '7.3%', '8', '8', '8']);
    expect(r.previous).toEqual({ year: '2006/07', value: 6.94 });
    expect(r.direction).toBe('Worsening');
  });
});
