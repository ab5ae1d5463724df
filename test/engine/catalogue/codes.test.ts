/**
 * Codes as officers type them. In prose only the usual forms count ("NI 112", "(NI 56a)",
 * the typos N61 and N1 43); a cell that holds nothing but a code is read however it is cased
 * or lettered. Before, "NI 56A", "ni 56" and "NI 56(a)" in a code column were no code, or the
 * wrong one, and the row went unrated.
 */
import { findCode, readCodeCell } from '../../../src/engine/catalogue/codes';

describe('a cell holding only a code', () => {
  it.each([
    ['NI 112', 'NI 112'],
    ['ni 112', 'NI 112'],
    ['Ni112', 'NI 112'],
    ['NI 56A', 'NI 56a'],
    ['NI 56(a)', 'NI 56a'],
    ['NI 56 (b)', 'NI 56b'],
    ['n.i. 56', 'NI 56'],
    ['NI 056a', 'NI 56a'],
    ['N61', 'NI 61'],
    ['117', 'NI 117'],
  ])('reads "%s" as %s', (typed, code) => {
    expect(readCodeCell(typed)?.code).toBe(code);
  });

  it('reads no code in a cell of words or other codes', () => {
    for (const text of ['Nil', 'NICE', 'Mini 5', 'CSC 014', 'NI 56i'])
      expect(readCodeCell(text)?.code ?? null).toBeNull();
  });
});

describe('codes in prose', () => {
  it('keeps to the usual forms: lower case in a sentence is no code', () => {
    expect(findCode('Under 18 conception rate (NI 112)')?.code).toBe('NI 112');
    expect(findCode('see ni 112 below')).toBeNull();
  });
});
