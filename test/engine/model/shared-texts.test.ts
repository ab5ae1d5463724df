import { SharedTexts } from '../../../src/engine/model/shared-texts';
import { describeValue } from '../../../src/engine/values/value-words';
import { parseValue } from '../../../src/engine/values/parse-value';

describe('SharedTexts', () => {
  it('gives back the first string seen for equal texts, so a table holds one copy', () => {
    const texts = new SharedTexts();
    const first = texts.text(['On track', '(expected 7.9%)'].join(' '));
    const again = texts.text(['On track', '(expected 7.9%)'].join(' '));
    expect(again).toBe('On track (expected 7.9%)');
    expect(Object.is(again, first)).toBe(true);
    expect(texts.text('Red')).toBe('Red');
  });

  it('describes a reading as describeValue does, once per reading', () => {
    const texts = new SharedTexts();
    const p = parseValue({ value: 0.073, format: '0.0%' });
    expect(texts.described(p)).toBe(describeValue(p));
    expect(texts.described(p)).toBe(texts.described(p));
  });

  it('shares one one-cell row per text for values ops', () => {
    const texts = new SharedTexts();
    const green = texts.row('Green');
    expect(green).toEqual(['Green']);
    expect(texts.row('Green')).toBe(green);
    expect(texts.row('Amber')).toEqual(['Amber']);
    expect(texts.row('Amber')).not.toBe(green);
  });
});
