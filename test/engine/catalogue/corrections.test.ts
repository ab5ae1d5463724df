/**
 * What the corrected and new catalogue facts change for an officer: the RAG a sub-indicator
 * row gets (NI 56a against 56b), what the catalogue says of NI 54, NI 58, NI 88, NI 65 and NI 117,
 * and the one line a board paper dated after March 2011 carries.
 */
import { builtInCatalogue } from '../../../src/engine/catalogue/catalogue';
import { NIS_ENDED_NOTE, nisEndedNote } from '../../../src/engine/catalogue/status';
import { defaultSettings } from '../../../src/engine/model/settings';
import type { IndicatorTable } from '../../../src/engine/model/tables';
import { rateTable } from '../../../src/engine/rate/rate-table';
import { buildTableA } from '../../../src/engine/report/table-a';
import { OXFORDSHIRE_YEARS, buildTable } from '../rate/table-builder';
import { fixtureSheets, inputsFor } from '../report/helpers';

const catalogue = builtInCatalogue();
const y2009 = { ...defaultSettings('2010-06-01'), year: 2009 };

/** One Oxfordshire row: [baseline 2008/09, 2009/10 actual, targets 2008/09 .. 2011/12]. */
const rate = (code: string, title: string, values: (string | null)[]) =>
  rateTable(buildTable(OXFORDSHIRE_YEARS, [{ code, title, values }]), catalogue, y2009)[0];

describe('sub-indicators are rated with their own polarity', () => {
  // Oxfordshire's Year 6 rows: 88.3% measured against an 85% target; 15.8% obese against 15.3%
  it('NI 56b (percentage measured, higher is better): 88.3% against 85% is Green', () => {
    const r = rate('NI 56b', 'Obesity - Year 6: percentage measured', [
      '88.3%',
      '88.3%',
      '85%',
      '85%',
      '85%',
      null,
    ]);
    expect([r.rag, r.reason]).toEqual(['Green', expect.stringContaining('higher is better')]);
  });

  it('the same figures coded NI 56a (percentage obese, lower is better) are no longer Green', () => {
    const r = rate('NI 56a', 'Obesity - Year 6: percentage obese', [
      '88.3%',
      '88.3%',
      '85%',
      '85%',
      '85%',
      null,
    ]);
    // lower is better: missed by 3.3 points, within the tolerance of 4.25 (5% of 85)
    expect(r.rag).toBe('Amber');
    expect(r.reason).toContain('lower is better');
  });

  it('NI 56a: 15.8% obese against a 15.3% target is Amber (missed by 0.5, within 0.765)', () => {
    const r = rate('NI 56a', 'Obesity - Year 6: percentage obese', [
      '15.8%',
      '15.8%',
      '15.4%',
      '15.3%',
      '15.2%',
      null,
    ]);
    expect(r.rag).toBe('Amber');
  });
});

describe('facts corrected from public records', () => {
  const def = (code: string) => catalogue.lookup(code)!.definition;

  it('NI 58 takes the dataset record title; NI 88 is a percentage of schools, as its unit always said', () => {
    expect(def('NI 58').title).toBe('Emotional and behavioural health of looked after children');
    expect(def('NI 58').sources.title).toMatchObject({
      from: 'dataset-record',
      url: expect.stringContaining('ni_058'),
    });
    expect(def('NI 88')).toMatchObject({
      title: 'Percentage of schools providing access to extended services',
      unit: 'percent',
    });
  });

  it('NI 54 is a parental-experience score (0-100 points), not a percentage', () => {
    expect(def('NI 54').unit).toBe('score');
    expect(def('NI 54').sources.unit?.quote).toContain('between 0 and 100');
  });

  it('NI 117 is the November-January average, not a financial year', () => {
    expect(def('NI 117')).toMatchObject({
      period: 'other',
      collection: 'average of the snapshots at the end of November, December and January',
    });
  });

  it("NI 65 keeps the 10-15% band its record describes, with both of the record's statements quoted", () => {
    const d = def('NI 65');
    expect(d).toMatchObject({ polarity: 'band', band: { low: 10, high: 15 } });
    expect(d.sources.polarity).toMatchObject({
      from: 'lg-inform',
      url: 'http://id.esd.org.uk/metricType/100',
    });
    expect(d.sources.polarity?.quote).toContain('a low value is good');
    expect(d.sources.polarity?.quote).toContain('between 10% and 15%');
  });
});

describe('the set ended on 31 March 2011', () => {
  const sheets = fixtureSheets('bromley-table-a');

  it('a Table A dated after then says so once, under the table', () => {
    const model = buildTableA(inputsFor(sheets, { asOf: '2026-11-22' }));
    expect(model.legend.filter((l) => l === NIS_ENDED_NOTE)).toHaveLength(1);
  });

  it('a Table A dated while the set ran says nothing of it', () => {
    expect(buildTableA(inputsFor(sheets, { asOf: '2010-03-31' })).legend).not.toContain(NIS_ENDED_NOTE);
  });

  it('nor does one that reports no NI at all', () => {
    const tables = inputsFor(sheets, { asOf: '2026-11-22' }).tables.filter(
      (t): t is IndicatorTable => t.kind === 'targets',
    );
    const locals = tables.map((t) => ({ ...t, rows: t.rows.map((r) => ({ ...r, code: 'CSC 014' })) }));
    expect(nisEndedNote('2026-11-22', locals)).toEqual([]);
    expect(nisEndedNote('2026-11-22', tables)).toEqual([NIS_ENDED_NOTE]);
  });
});
