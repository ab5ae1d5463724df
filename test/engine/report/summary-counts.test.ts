/**
 * The summary's counts on real fixture analyses, checked against the ratings the
 * rating stage gave (not against the Table A cells the counts are read from), and
 * the direction words read back from each direction cell's text.
 */
import { parseA1 } from '../../../src/engine/model/a1';
import type { IndicatorTable } from '../../../src/engine/model/tables';
import {
  DIRECTION_ORDER,
  NO_DIRECTION,
  RAG_ORDER,
  directionOf,
  summaryCounts,
  tallyWords,
  type DirectionKey,
} from '../../../src/engine/report/summary-counts';
import { buildTableA } from '../../../src/engine/report/table-a';
import type { TableARow } from '../../../src/engine/report/types';
import { fixtureSheets, inputsFor, type Inputs } from './helpers';

/** Every rating the rating stage gave, keyed by its source sheet and row. */
function ratingsBySourceRow(inputs: Inputs) {
  const out = new Map<string, { rag: string; direction: DirectionKey }>();
  for (const [table, ratings] of inputs.ratings) {
    for (const r of ratings) {
      out.set(`${(table as IndicatorTable).sheet}!${r.row}`, {
        rag: r.rag ?? 'Not rated',
        direction: r.direction ?? NO_DIRECTION,
      });
    }
  }
  return out;
}

/** The source row a Table A row links to, numbered as the ratings number rows (from 0). */
const rowNumber = (row: TableARow) => parseA1(row.source.cell).row;

describe.each([
  ['Bromley Table A', ['bromley-table-a']],
  ['Bromley and Oxfordshire NIS together', ['bromley-table-a', 'oxfordshire-nis']],
])('summary counts: %s', (_name, fixtures) => {
  const inputs = inputsFor(fixtureSheets(...fixtures));
  const model = buildTableA(inputs);
  const counts = summaryCounts(model);
  const rated = ratingsBySourceRow(inputs);
  const rows = model.groups.flatMap((g) => g.rows);

  it('has one tally per outcome group, in Table A order, adding up to every row', () => {
    expect(counts.groups.map((g) => g.title)).toEqual(model.groups.map((g) => g.title));
    counts.groups.forEach((g, i) => {
      expect(g.rag.total).toBe(model.groups[i].rows.length);
      expect(RAG_ORDER.reduce((s, k) => s + g.rag[k], 0)).toBe(g.rag.total);
    });
    expect(counts.all.total).toBe(rows.length);
    expect(rows.length).toBeGreaterThan(10);
  });

  it('counts each RAG as the rating stage gave it', () => {
    const expected = { Green: 0, Amber: 0, Red: 0, 'Not rated': 0 } as Record<string, number>;
    for (const row of rows)
      expected[rated.get(`${row.source.sheet}!${rowNumber(row)}`)?.rag ?? 'Not rated']++;
    expect({
      Green: counts.all.Green,
      Amber: counts.all.Amber,
      Red: counts.all.Red,
      'Not rated': counts.all['Not rated'],
    }).toEqual(expected);
    // a fixture with every colour shows the counts are not all in one bucket
    expect(counts.all.Green).toBeGreaterThan(0);
    expect(counts.all.Red).toBeGreaterThan(0);
  });

  it('reads each direction from the words in its cell, matching the rating stage', () => {
    for (const row of rows) {
      const want = rated.get(`${row.source.sheet}!${rowNumber(row)}`)?.direction ?? NO_DIRECTION;
      expect([row.code, directionOf(row)]).toEqual([row.code, want]);
    }
    expect(counts.direction.map((d) => d.key)).toEqual(DIRECTION_ORDER);
    expect(counts.direction.reduce((s, d) => s + d.count, 0)).toBe(rows.length);
    expect(counts.direction.find((d) => d.key === 'Improving')!.count).toBeGreaterThan(0);
  });
});

describe('summary counts in words', () => {
  it('names every colour, zeros included', () => {
    expect(tallyWords({ Green: 25, Amber: 0, Red: 1030, 'Not rated': 74, total: 1129 })).toBe(
      '25 Green, 0 Amber, 1,030 Red, 74 not rated',
    );
  });

  it('never guesses a direction from text it does not know', () => {
    const row = (direction: string) => ({ cells: { direction }, rag: null }) as unknown as TableARow;
    expect(directionOf(row('▲ Improving'))).toBe('Improving');
    expect(directionOf(row('► No change'))).toBe('No change');
    expect(directionOf(row(''))).toBe(NO_DIRECTION);
    expect(directionOf(row('Improving a lot'))).toBe(NO_DIRECTION);
  });
});
