/**
 * Two or three targets tables on one sheet, separated by a title, by footnotes, or
 * by a single blank row; or two tables side by side.
 */
import type { LayoutPlan, Strip } from '../layout';
import { stripOf } from '../layout';
import type { Rng } from '../prng';
import { baseTable, indicatorRows, type TableSpec } from '../spec';
import { FOOTNOTES, SECOND_TITLES } from '../texts';
import type { Family } from './types';

/**
 * Another table, in the main table's style (as officers copy a table) or its own. A copy of the header
 * after nothing but a blank row is how the seeds print a page break (the header repeated), so a table
 * set off by a blank row alone has a header of its own (`copyAllowed` false).
 */
export function anotherTable(plan: LayoutPlan, rng: Rng, n: number, copyAllowed = true): TableSpec {
  const fresh = baseTable(rng, plan.pool, `T${n}`);
  if (!copyAllowed || rng.chance(0.5)) return fresh;
  const main = plan.main;
  return {
    ...fresh,
    columns: main.columns.map((c) => ({ ...c })),
    header: {
      ...main.header,
      patterns: { ...main.header.patterns },
      bandWords: { ...main.header.bandWords },
    },
    codeForms: [...main.codeForms],
    codePos: [...main.codePos],
    rows: indicatorRows(plan.pool, rng.int(3, 7), rng),
    values: main.values,
    listObject: main.listObject ? { ...main.listObject, name: `${main.listObject.name}${n}` } : null,
  };
}

function separator(kind: 'title' | 'footnotes' | 'blank', rng: Rng): Strip[] {
  if (kind === 'title')
    return [
      { items: [{ kind: 'lines', lines: [rng.pick(SECOND_TITLES)] }], gapCols: 0, gapRows: rng.int(0, 1) },
    ];
  if (kind === 'footnotes')
    return [
      {
        items: [{ kind: 'lines', lines: rng.sample(FOOTNOTES, rng.int(1, 3)) }],
        gapCols: 0,
        gapRows: rng.int(0, 2),
      },
    ];
  return [];
}

export const multiTable: Family = {
  name: 'multi-table',
  summary:
    'two or three tables on a sheet, separated by a title, footnotes or a single blank row, or side by side',
  apply(plan, rng) {
    const { sheet, index } = stripOf(plan, plan.main);
    const strip = sheet.strips[index];
    if (rng.chance(0.25)) {
      strip.items.push({ kind: 'table', spec: anotherTable(plan, rng, 2) });
      strip.gapCols = rng.int(1, 2);
      return;
    }
    const more: Strip[] = [];
    let prev = strip;
    const count = rng.int(2, 3);
    for (let n = 2; n <= count; n++) {
      const kind = rng.pick(['title', 'footnotes', 'blank'] as const);
      prev.gapRows = kind === 'blank' ? 1 : rng.int(0, 1);
      more.push(...separator(kind, rng));
      const spec = anotherTable(plan, rng, n, kind !== 'blank');
      prev = { items: [{ kind: 'table', spec }], gapCols: 1, gapRows: 1 };
      more.push(prev);
    }
    sheet.strips.splice(index + 1, 0, ...more);
  },
};
