import { contrastRatio, RAG_STYLES, NOTE_STYLE } from '../../../src/engine/render/styles';

describe('RAG colours', () => {
  it.each(Object.entries(RAG_STYLES))(
    '%s text is readable on its fill (contrast at least 4.5:1)',
    (_, style) => {
      expect(contrastRatio(style.fontColor!, style.fill!)).toBeGreaterThanOrEqual(4.5);
    },
  );

  it('the note is readable on a white sheet', () => {
    expect(contrastRatio(NOTE_STYLE.fontColor!, '#FFFFFF')).toBeGreaterThanOrEqual(4.5);
  });

  it('computes contrast as WCAG does', () => {
    expect(contrastRatio('#000000', '#FFFFFF')).toBeCloseTo(21, 6);
    expect(contrastRatio('#777777', '#FFFFFF')).toBeCloseTo(4.48, 2);
  });
});
