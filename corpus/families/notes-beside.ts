/**
 * Notes, comments or a key beside a table (with or without a blank column between)
 * or below it.
 */
import type { Item } from '../layout';
import { stripOf } from '../layout';
import { FOOTNOTES } from '../texts';
import type { Family } from './types';

const NOTES = [
  '1. Data for 2009/10 is provisional',
  '2. Targets agreed with GOL in March 2009',
  '3. Local measure until the national definition is published',
  '4. NI 56 figures are for the academic year',
  '5. Small numbers: treat percentages with care',
];

const KEY: [string, string][] = [
  ['G', 'On or above target'],
  ['A', 'Within 5% of target'],
  ['R', 'More than 5% below target'],
];

export const notesBeside: Family = {
  name: 'notes-beside',
  summary: 'notes, comments or a key beside or below a table, with and without a gap',
  apply(plan, rng) {
    const spec = plan.main;
    const { sheet, index } = stripOf(plan, spec);
    const strip = sheet.strips[index];
    const where = rng.pick([
      'notes-column',
      'notes-column',
      'notes-block',
      'key-beside',
      'notes-below',
    ] as const);
    if (where === 'notes-column') {
      const header = rng.chance(0.7)
        ? rng.pick(['Notes', 'Officer comments', 'Comments', 'Commentary'])
        : null;
      // a header above the table's needs a row there
      const headerAbove = header !== null && sheet.startRow + index > 0 && rng.chance(0.25);
      spec.sideNotes = { gap: rng.int(0, 2), header, headerAbove, long: rng.chance(0.4) };
      return;
    }
    if (where === 'notes-block') {
      strip.items.push({ kind: 'lines', lines: ['Notes:', ...rng.sample(NOTES, rng.int(2, 4))] });
      strip.gapCols = rng.int(1, 2);
      return;
    }
    if (where === 'key-beside') {
      const key: Item = { kind: 'key', entries: rng.sample(KEY, 3), twoCols: rng.chance(0.5) };
      strip.items.push(key);
      strip.gapCols = rng.int(0, 2);
      return;
    }
    const gap = rng.int(0, 1);
    strip.gapRows = gap;
    sheet.strips.splice(index + 1, 0, {
      items: [{ kind: 'lines', lines: rng.sample(FOOTNOTES, rng.int(1, 3)) }],
      gapCols: 0,
      gapRows: 1,
    });
  },
};
