/**
 * A sheet with its own key shares what it can with the sheets without one: the key
 * changes how its tokens read, never how the other texts or any number read.
 */
import { ParseCaches } from '../../../src/engine/recognise/parse-cache';
import { sheetKeyOf } from '../../../src/engine/values/key-tokens';
import { parseValue } from '../../../src/engine/values/parse-value';

const keyX = sheetKeyOf([{ token: 'X', meaning: 'New Indicator', read: 'new', cell: 'A20' }]);
const keyProv = sheetKeyOf([{ token: '*', meaning: 'provisional', read: 'provisional', cell: 'A21' }]);

describe('parse caches under a sheet key', () => {
  it('reads the key token as its status and every other text as a sheet without a key does', () => {
    const caches = new ParseCaches();
    const keyed = caches.for(keyX);
    expect(keyed.parse('X', 'General')).toEqual({ kind: 'status', status: 'new' });
    expect(keyed.parse('x', 'General')).toEqual({ kind: 'status', status: 'new' });
    for (const text of ['7.3%', 'nya: July 2010', '8.4% (9.9%)', 'No target', 'Maintain at <10%', 'Xmas'])
      expect(keyed.parse(text, 'General')).toEqual(parseValue({ value: text, format: 'General' }));
    // the plain cache still reads "X" as text: the key is that sheet's only
    expect(caches.for(sheetKeyOf([])).parse('X', 'General')).toEqual(
      parseValue({ value: 'X', format: 'General' }),
    );
  });

  it('reads numbers the same under any key', () => {
    const caches = new ParseCaches();
    for (const format of ['General', '0.0%', '0'])
      for (const n of [0.073, 12, -0, 45.5])
        expect(caches.for(keyX).parse(n, format)).toEqual(parseValue({ value: n, format }));
  });

  it('keeps a provisional mark the key defines on figures, and texts with odd spaces ask the key', () => {
    const keyed = new ParseCaches().for(keyProv);
    const v = keyed.parse('72.1%*', 'General');
    expect(v).toMatchObject({ kind: 'number', provisional: true });
    const withX = new ParseCaches().for(keyX);
    expect(withX.parse('\u00a0X\u00a0', 'General')).toEqual({ kind: 'status', status: 'new' });
  });
});
