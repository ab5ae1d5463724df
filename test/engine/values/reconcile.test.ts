import { parseValue } from '../../../src/engine/values/parse-value';
import { comparable, rowUnit } from '../../../src/engine/values/reconcile';
import type { NumericValue, ParsedValue } from '../../../src/engine/values/types';

const row = (...cells: (string | number)[]): ParsedValue[] => cells.map((value) => parseValue({ value }));

function numeric(value: string | number, format?: string): NumericValue {
  const v = parseValue({ value, format });
  if (v.kind !== 'number' && v.kind !== 'bound' && v.kind !== 'band' && v.kind !== 'dated') {
    throw new Error(`not numeric: ${String(value)}`);
  }
  return v;
}

describe('rowUnit', () => {
  it('is the unit most of the row typed (Bromley NI 55: actuals in %, targets bare)', () => {
    expect(rowUnit(row('new indicator', '6.94%', '8.4% (9.9%)', '7.3% (9.6%)', '8', '8', '8'))).toBe(
      'percent',
    );
  });

  it('leaves signed changes out when levels name a unit', () => {
    expect(rowUnit(row('10 points', '-2%', '-3%', '12 points'))).toBe('points');
  });

  it('uses signed changes when the row has nothing else (Oxfordshire NI 44a)', () => {
    expect(rowUnit(row('-4.4 ppts', '-6.0 ppts'))).toBe('ppts');
  });

  it('is null when no value names a unit (Bromley NI 114)', () => {
    expect(rowUnit(row('0.23 [101]', '0.13 [60]', 'N/A', '0.2 [90]'))).toBeNull();
  });

  it('breaks a tie towards the unit seen first', () => {
    expect(rowUnit(row('5 points', '5%', '6%', '6 points'))).toBe('points');
  });
});

describe('comparable', () => {
  it('reads a bare target beside percentages as percent, flagged as assumed', () => {
    expect(comparable(numeric('8'), 'percent')).toEqual({ value: 8, unit: 'percent', assumed: true });
  });

  it('keeps an explicit unit as typed, assumed false', () => {
    expect(comparable(numeric('7.3%'), 'percent')).toEqual({ value: 7.3, unit: 'percent', assumed: false });
    expect(comparable(numeric('16 points'), 'percent')).toEqual({
      value: 16,
      unit: 'points',
      assumed: false,
    });
  });

  it('does not rescale a percent-formatted fraction: 0.08 as "0%" and a typed 8 compare equal', () => {
    const formatted = comparable(numeric(0.08, '0%'), 'percent');
    const typed = comparable(numeric(8), 'percent');
    expect(formatted).toEqual({ value: 8, unit: 'percent', assumed: false });
    expect(typed.value).toBe(formatted.value);
  });

  it('does not assume percent for a count over 100 (Bromley NI 111: 392 beside -2%)', () => {
    expect(comparable(numeric('392'), 'percent')).toEqual({ value: 392, unit: null, assumed: false });
  });

  it('leaves bare numbers bare when the row has no unit', () => {
    expect(comparable(numeric('0.79'), null)).toEqual({ value: 0.79, unit: null, assumed: false });
  });

  it('compares a band at its midpoint and a bound at its limit', () => {
    expect(comparable(numeric('10-15'), 'percent')).toEqual({ value: 12.5, unit: 'percent', assumed: true });
    expect(comparable(numeric('<5%'), 'percent')).toEqual({ value: 5, unit: 'percent', assumed: false });
  });
});
