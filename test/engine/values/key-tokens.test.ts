/**
 * Values read under a sheet's own key: the token means what the key says, on that
 * sheet; without a key the parser reads as it always has.
 */
import {
  keyMeaning,
  sheetKeyOf,
  type KeyEntry,
  type KeyMeaning,
} from '../../../src/engine/values/key-tokens';
import { parseValue } from '../../../src/engine/values/parse-value';
import { N, P, ST } from './helpers';

const entry = (token: string, read: KeyMeaning): KeyEntry => ({ token, meaning: '', read, cell: 'A1' });

const KEY = sheetKeyOf([
  entry('X', 'new'),
  entry('*', 'provisional'),
  entry('P', 'provisional'),
  entry('-', 'not-applicable'),
]);

const read = (value: string | number) => parseValue({ value }, KEY);

describe('keyMeaning', () => {
  it.each<[string, KeyMeaning | null]>([
    ['New Indicator', 'new'],
    ['New indicator - no data', 'new'],
    ['New measure', 'new'],
    ['no data', 'no-data'],
    ['not applicable', 'not-applicable'],
    ['Not yet available', 'not-yet-available'],
    ['Suppressed (fewer than 5)', 'too-small'],
    ['provisional', 'provisional'],
    ['Provisional data', 'provisional'],
    ['figures are provisional', 'provisional'],
    ['Target missed by more than 5%', null],
    ['Local Area Agreement', null],
    ['Red', null],
  ])('reads %s as %s', (meaning, expected) => {
    expect(keyMeaning(meaning)).toBe(expected);
  });
});

describe('parseValue with a sheet key', () => {
  it('reads a token the key defines as its status, in any case and with a mark after it', () => {
    expect(read('X')).toEqual(ST('new'));
    expect(read('x')).toEqual(ST('new'));
    expect(read(' X ')).toEqual(ST('new'));
    expect(read('X*')).toEqual(ST('new'));
  });

  it('lets the key override what a token means by default', () => {
    expect(parseValue({ value: '-' })).toEqual(ST('no-data'));
    expect(read('-')).toEqual(ST('not-applicable'));
  });

  it('still reads a figure with a provisional token after it, and marks it provisional', () => {
    expect(read('72.1%*')).toEqual(P(72.1, { footnote: '*', provisional: true }));
    expect(read('72.1% (P)')).toEqual(P(72.1, { qualifier: 'P', provisional: true }));
    expect(read('45 P')).toEqual(N(45, { footnote: 'P', provisional: true }));
    expect(read('45P')).toEqual(N(45, { provisional: true }));
  });

  it('leaves everything else as the parser reads it without a key', () => {
    for (const value of ['7.3%', '8.4% (9.9%)', '86% ¹', 'nya: July 2010', 'No target', 'Y', '72.1%†', 8]) {
      expect(read(value)).toEqual(parseValue({ value }));
    }
    // without a key "X" is prose, reported rather than guessed
    expect(parseValue({ value: 'X' })).toEqual({ kind: 'text', text: 'X' });
  });
});
