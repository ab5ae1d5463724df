/**
 * How we compare: Table A says Better / Similar / Worse than England for each rated
 * row of a table with an England column, polarity-aware, with "Similar" inside the
 * RAG tolerance taken of England's figure; Higher / Lower where polarity is unknown.
 */
import { buildTableA } from '../../../src/engine/report/table-a';
import type { TableAModel, TableARow } from '../../../src/engine/report/types';
import type { SheetSpec } from '../../fixtures/spec';
import { pct } from '../../fixtures/typed';
import { fixtureSheets, inputsFor } from './helpers';

const rows = (m: TableAModel): TableARow[] => m.groups.flatMap((g) => g.rows);

function against(m: TableAModel, code: string): string {
  const col = m.columns.find((c) => c.header === 'Against England');
  if (!col) throw new Error('no Against England column');
  const row = rows(m).find((r) => r.code === code);
  if (!row) throw new Error(`no row ${code}`);
  return row.cells[col.key] ?? '';
}

/** One plan with an England column; each row's 2009/10 actual against England's figure. */
function plan(lines: (string | number | ReturnType<typeof pct>)[][]): SheetSpec[] {
  return [
    {
      name: 'Plan',
      rows: [['NI', 'Indicator', '2008/09 Actual', '2009/10 Actual', '2009/10 Target', 'England'], ...lines],
    },
  ];
}

describe('Against England', () => {
  // NI 59 higher is better; NI 112 lower is better; NI 65 is a band (10-15%)
  const model = buildTableA(
    inputsFor(
      plan([
        ['NI 59', 'Initial assessments within 7 working days', pct(0.6), pct(0.7), pct(0.75, 0), pct(0.65)],
        ['NI 60', 'Core assessments within 35 days', pct(0.7), pct(0.78), pct(0.8, 0), pct(0.8)],
        ['NI 112', 'Under 18 conception rate', -10, -12, -15, -5],
        ['NI 65', 'Children becoming subject of a plan for a second time', pct(0.12), pct(0.13), pct(0.14, 0), pct(0.17)],
        ['NI 61', 'Timeliness of placements for adoption', pct(0.8), pct(0.9), pct(0.85, 0), 'n/a'],
      ]), // prettier-ignore
    ),
  );

  it('sits with the comparators, after England', () => {
    const headers = model.columns.filter((c) => c.band === 'Comparators').map((c) => c.header);
    expect(headers).toEqual(['England', 'Against England']);
  });

  it('says Better when the actual beats England the way that is better', () => {
    // 70% against 65%, higher is better: the gap (5 points) is past 5% of 65% (3.25 points)
    expect(against(model, 'NI 59')).toBe('Better');
  });

  it('says Similar within the RAG tolerance of England, even on the worse side', () => {
    // 78% against 80%: 2 points, inside 5% of 80% (4 points)
    expect(against(model, 'NI 60')).toBe('Similar');
  });

  it('turns the judgement round for lower-is-better indicators', () => {
    // a 12% fall against England's 5% fall: NI 112 is lower-is-better, so more negative is better
    expect(against(model, 'NI 112')).toBe('Better');
  });

  it('judges a band by distance from it: inside beats outside', () => {
    // 13% is inside 10-15%; England's 17% is 2 points above it
    expect(against(model, 'NI 65')).toBe('Better');
  });

  it('says nothing where England has no figure', () => {
    expect(against(model, 'NI 61')).toBe('');
  });

  it('explains its rule in the key, with the tolerance', () => {
    expect(model.legend.join('\n')).toMatch(
      /Against England: .*Similar when the gap is no more than the RAG tolerance, 5% of England's figure/,
    );
  });

  it('takes an absolute tolerance as points either side of England', () => {
    const wide = buildTableA(
      inputsFor(plan([['NI 59', 'Initial assessments', pct(0.6), pct(0.7), pct(0.75, 0), pct(0.65)]]), {
        tolerance: { kind: 'absolute', value: 6 },
      }),
    );
    expect(against(wide, 'NI 59')).toBe('Similar');
  });
});

describe('Against England on the Oxfordshire NIS table', () => {
  const model = buildTableA(inputsFor(fixtureSheets('oxfordshire-nis'), { asOf: '2010-06-30' }));

  it('reads the bare England figures in the row unit and judges by polarity', () => {
    // NI 43 custodial sentences, lower is better: 5.4% against England's 6.3
    expect(against(model, 'NI 43')).toBe('Better');
    // NI 50 emotional health, higher is better: 52.8% against 63.3
    expect(against(model, 'NI 50')).toBe('Worse');
    // NI 44a, band 0 to 0: -6.0 points is further from 0 than England's -2.1
    expect(against(model, 'NI 44a')).toBe('Worse');
  });

  it('leaves rows without a rated actual unjudged rather than guessing', () => {
    // NI 19's 2009/10 actual is "nya: July 2010"
    expect(against(model, 'NI 19')).toBe('');
  });
});

describe('No England column', () => {
  it('adds no Against England column', () => {
    const model = buildTableA(inputsFor(fixtureSheets('bromley-table-a')));
    expect(model.columns.some((c) => c.kind === 'comparison')).toBe(false);
    expect(model.legend.join('\n')).not.toContain('Against England');
  });
});
